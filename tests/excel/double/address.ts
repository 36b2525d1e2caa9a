/**
 * A1 addresses for the Excel double: what `worksheet.getRange(address)` accepts
 * (`B4`, `B4:D9`, `$B$4`, `A:C`, `5:9`, `Sheet1!B4`), as 1-based rectangles.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function part(text: string): { row?: number; column?: number } {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]*)$/.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) throw new Error(`bad part ${text}`);
  return { column: m[1] ? columnNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
}

/** Parses an address (a sheet prefix is ignored); throws `InvalidArgument` text on nonsense. */
export function parseRange(address: string): Rect {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = local.split(':');
  let first: { row?: number; column?: number };
  let last: { row?: number; column?: number };
  try {
    first = part(a);
    last = part(b);
  } catch {
    throw new Error(`The address "${address}" is not valid.`);
  }
  const rect: Rect = {
    top: first.row ?? 1,
    left: first.column ?? 1,
    bottom: last.row ?? (first.row === undefined ? MAX_ROWS : first.row),
    right: last.column ?? (first.column === undefined ? MAX_COLUMNS : first.column),
  };
  if (first.row === undefined && last.row === undefined) rect.bottom = MAX_ROWS;
  if (first.column === undefined && last.column === undefined) rect.right = MAX_COLUMNS;
  const norm: Rect = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 1 || norm.bottom > MAX_ROWS || norm.left < 1 || norm.right > MAX_COLUMNS) {
    throw new Error(`The address "${address}" is outside the sheet.`);
  }
  return norm;
}

export function formatRect(rect: Rect): string {
  const tl = `${columnLetters(rect.left)}${rect.top}`;
  const br = `${columnLetters(rect.right)}${rect.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export function rows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.left <= inner.left && inner.right <= outer.right && outer.top <= inner.top && inner.bottom <= outer.bottom;
}

/** A sheet name as Excel prints it in an address: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
