/** A1 addresses of spec blocks as rectangles, for ranges and row chunks. */
import { cell, columnLetter } from '../workbook/a1';

export interface Rect {
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** `"B4"` → { top: 4, left: 2 }. A malformed address is a bug in the spec. */
export function parseCell(address: string): { top: number; left: number } {
  const match = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(address);
  if (!match) throw new Error(`Not a cell address: "${address}"`);
  const left = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(match[2]), left };
}

/** `"B4:D9"` for a rectangle (`"B4"` for one cell). */
export function rectAddress(rect: Rect): string {
  const first = cell(rect.left, rect.top);
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${cell(rect.left + rect.columns - 1, rect.top + rect.rows - 1)}`;
}

/** `"A"` or `"D:E"` → `"A:A"`, `"D:E"`: a whole-column range. */
export function columnsAddress(spec: string): string {
  return spec.includes(':') ? spec : `${spec}:${spec}`;
}

export { columnLetter };
