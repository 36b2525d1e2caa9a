/**
 * A1 addressing for the spec builder: column letters, cell and range addresses, and
 * sheet-qualified references. Every formula that reaches another sheet goes through
 * {@link sheetRef}, so sheet names (which follow the UI language and may hold spaces or
 * CJK characters) are always quoted the way Excel and LibreOffice expect.
 */

/** Column number (1 = A) → letters (`1 → A`, `27 → AA`). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Relative cell address, e.g. `cell(3, 5)` → `C5`. */
export function cell(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Absolute cell address, e.g. `absCell(3, 5)` → `$C$5`. */
export function absCell(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** Relative range `C5:F9`. */
export function range(col1: number, row1: number, col2: number, row2: number): string {
  return `${cell(col1, row1)}:${cell(col2, row2)}`;
}

/** Absolute range `$C$5:$F$9`. */
export function absRange(col1: number, row1: number, col2: number, row2: number): string {
  return `${absCell(col1, row1)}:${absCell(col2, row2)}`;
}

/** A sheet name quoted for a formula: `'目标分解'`, `'Change log'`, `'O''Brien'`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference into another sheet: `sheetRef('目标分解', 'B5')` → `'目标分解'!B5`. */
export function sheetRef(sheetName: string, address: string): string {
  return `${quoteSheet(sheetName)}!${address}`;
}

/** A string literal for a formula: `"On track"`, with inner quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
