/**
 * Spec cells as Office.js writes them. Excel interprets what `range.values`/`formulas`
 * receive as if it were typed: `=…` (and `+…`, `-…`, `@…`) becomes a formula, `12` a number,
 * `TRUE` a boolean, `Mar 2026` a date. Text from users (names, teams) and labels must stay
 * text, so **every string value is written with a leading apostrophe** — Excel's own way to
 * say "this is text": the apostrophe is not stored in the value, which reads back unchanged.
 * The one exception is a cell formatted as Text (`@`), which takes any string verbatim (an
 * apostrophe there would be kept), so its format is written before its value.
 */
import { isFormula, type CellSpec } from '../workbook/spec';

export const TEXT_FORMAT = '@';

/** The value Office.js must receive for `cell` so that Excel stores exactly what the spec says. */
export function officeValue(cell: CellSpec, numberFormat: string | undefined): string | number | boolean {
  if (isFormula(cell)) return cell.formula;
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`${cell} is not a number a cell can hold`);
    return cell;
  }
  if (typeof cell === 'boolean') return cell;
  if (cell === '' || numberFormat === TEXT_FORMAT) return cell;
  return `'${cell}`;
}

/** The number format of column `index` of a block (one for all, or one per column). */
export function formatOfColumn(numberFormat: string | string[] | undefined, index: number): string | undefined {
  return Array.isArray(numberFormat) ? numberFormat[index] : numberFormat;
}
