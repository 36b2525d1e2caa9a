/**
 * A1 addressing, in one place: column letters ↔ numbers, cell and range addresses for
 * formulas, sheet-qualified references, the spec's numeric positions ({@link pos},
 * {@link rect}) and their addresses for the renderers, and parsing an address back (what
 * the Excel double needs; the spec itself holds numbers, so the renderers never parse).
 *
 * Every formula that reaches another sheet goes through {@link sheetRef}, so sheet names
 * (which follow the UI language and may hold spaces or CJK characters) are always quoted
 * the way Excel and LibreOffice expect.
 */
import { MAX_COLUMNS, MAX_ROWS } from './excel-limits';
import type { CellPosition, CellRect } from './spec';

/**
 * **Column letters** of a column number, bijective base 26.
 *
 * @example
 * columnLetter(1); // => 'A'
 * columnLetter(27); // => 'AA'
 */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * **Column number** of column letters (either case); the inverse of {@link columnLetter}.
 *
 * @example
 * columnNumber('AA'); // => 27
 * @throws {Error} for anything but one to three letters
 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new Error(`Not a column: "${letters}"`);
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
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

/**
 * The sheet of a sheet-qualified address, as Office.js's `Range.address` gives it
 * (`Sheet1!B2:C9`, `'Change log'!A1`, `'O''Brien'!A:A`): the inverse of {@link sheetRef}.
 * @throws {Error} for an address without a sheet
 */
export function sheetOfAddress(address: string): string {
  const bang = address.lastIndexOf('!'); // the local part has none; a sheet name may
  if (bang <= 0) throw new Error(`No sheet in the address "${address}"`);
  const name = address.slice(0, bang);
  return name.length >= 2 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** A string literal for a formula: `"On track"`, with inner quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A spec position, in the argument order of {@link cell}: `pos(3, 5)` is C5. */
export function pos(column: number, row: number): CellPosition {
  return { row, column };
}

/** A spec rectangle, in the argument order of {@link range}: `rect(3, 5, 6, 9)` is C5:F9; `rect(3, 5)` is C5. */
export function rect(col1: number, row1: number, col2 = col1, row2 = row1): CellRect {
  return { top: Math.min(row1, row2), left: Math.min(col1, col2), bottom: Math.max(row1, row2), right: Math.max(col1, col2) };
}

/** The rectangle of `rows` × `columns` cells whose top-left cell is `at` (a block's cells, say). */
export function rectAt(at: CellPosition, rows: number, columns: number): CellRect {
  return { top: at.row, left: at.column, bottom: at.row + rows - 1, right: at.column + columns - 1 };
}

/** The address of a rectangle: `B4:D9`, or `B4` for one cell. */
export function rectAddress(area: CellRect): string {
  const first = cell(area.left, area.top);
  return area.bottom === area.top && area.right === area.left ? first : `${first}:${cell(area.right, area.bottom)}`;
}

/** A whole-column range: `columnsAddress(4)` → `D:D`, `columnsAddress(4, 5)` → `D:E`. */
export function columnsAddress(first: number, last = first): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** A whole-row range: `rowsAddress(4)` → `4:4`, `rowsAddress(1, 4)` → `1:4`. */
export function rowsAddress(first: number, last = first): string {
  return `${first}:${last}`;
}

/** Whole rows or columns, absolute, as print titles are written: `$1:$4`, `$A:$B`. */
export function absLines(lines: 'rows' | 'columns', first: number, last = first): string {
  const name = lines === 'rows' ? String : columnLetter;
  return `$${name(first)}:$${name(last)}`;
}

/** `B4` → `{ row: 4, column: 2 }` (`$` signs allowed). @throws {Error} for anything else */
export function parseCell(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: "${address}"`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/**
 * **Parse a range address** as `worksheet.getRange` takes it — `B4`, `B4:D9`, `$B$4`, whole
 * columns `A:C`, whole rows `5:9`, a sheet prefix (ignored) — into a rectangle; ends may come
 * in either order.
 *
 * @example
 * parseRange("'Plan'!D:E"); // => { top: 1, left: 4, bottom: 1048576, right: 5 }
 * @throws {Error} for an address that is not valid or lies outside the sheet
 */
export function parseRange(address: string): CellRect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const ends = local.split(':');
  const parts = ends.length <= 2 ? ends.map((end) => /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(end)) : [];
  if (parts.length === 0 || parts.some((m) => !m || (m[1] === '' && m[2] === '')))
    throw new Error(`The address "${address}" is not valid.`);
  const [first, last = first] = parts.map((m) => ({
    column: m![1] ? columnNumber(m![1]) : undefined,
    row: m![2] ? Number(m![2]) : undefined,
  }));
  // A missing row (`A:C`) spans every row; a missing column (`5:9`) every column.
  const area = rect(first.column ?? 1, first.row ?? 1, last.column ?? first.column ?? MAX_COLUMNS, last.row ?? first.row ?? MAX_ROWS);
  if (first.row === undefined && last.row === undefined) area.bottom = MAX_ROWS;
  if (first.column === undefined && last.column === undefined) area.right = MAX_COLUMNS;
  if (area.top < 1 || area.bottom > MAX_ROWS || area.left < 1 || area.right > MAX_COLUMNS) {
    throw new Error(`The address "${address}" is outside the sheet.`);
  }
  return area;
}
