/**
 * Puts values into a string table's `{name}` placeholders: `fill('Row {row}', { row: 3 })`.
 * Word order differs between languages, so sentences are whole templates, never concatenated.
 * A placeholder without a value stays as it is, so a mistake shows instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names in a template, sorted (the i18n test compares them across locales). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
