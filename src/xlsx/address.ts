/**
 * A1 addresses of the WorkbookSpec (`"B4"`, `"B4:D9"`, column `"AA"`) as 1-based numbers.
 * Spec addresses have no sheet and no `$`; a malformed one is a bug in the spec, so it throws.
 */

export interface CellPosition {
  row: number;
  column: number;
}

/** `"A"` → 1, `"Z"` → 26, `"AA"` → 27 (bijective base 26). */
export function columnNumber(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) throw new Error(`Not a column: "${letters}"`);
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

/** 1 → `"A"`, 27 → `"AA"`. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** `"B4"` → { row: 4, column: 2 }. */
export function parseCell(address: string): CellPosition {
  const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: "${address}"`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** `"A"` or `"A:C"` → the 1-based column numbers it covers. */
export function parseColumns(spec: string): number[] {
  const [first, last = first] = spec.split(':');
  const from = columnNumber(first);
  const to = columnNumber(last);
  const columns: number[] = [];
  for (let column = Math.min(from, to); column <= Math.max(from, to); column++) columns.push(column);
  return columns;
}
