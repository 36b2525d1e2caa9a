/**
 * Rectangles for the Excel double. Addresses are read and written by src/workbook/a1.ts
 * (`parseRange` takes what `worksheet.getRange(address)` accepts: `B4`, `B4:D9`, `$B$4`, `A:C`,
 * `5:9`, `Sheet1!B4`), so the double and the renderers cannot disagree on an address.
 */
import { quoteSheet } from '../../../src/workbook/a1';
import type { CellRect } from '../../../src/workbook/spec';

export function rows(rect: CellRect): number {
  return rect.bottom - rect.top + 1;
}

export function columns(rect: CellRect): number {
  return rect.right - rect.left + 1;
}

export function intersects(a: CellRect, b: CellRect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: CellRect, inner: CellRect): boolean {
  return outer.left <= inner.left && inner.right <= outer.right && outer.top <= inner.top && inner.bottom <= outer.bottom;
}

/** A sheet name as Excel prints it in an address: quoted when it is not a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quoteSheet(name);
}
