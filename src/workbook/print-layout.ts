/**
 * **How each sheet prints** (or saves as PDF), renderer-neutral: finance reads these sheets on
 * paper, and text must print at 8 pt or more. So every sheet prints at a fixed scale, never
 * "fit to page" (which shrinks a wide sheet's text to whatever it takes): 100 % when the sheet
 * fits one page wide, less down to {@link MIN_PRINT_SCALE} % when that makes it fit, and
 * {@link MIN_PRINT_SCALE} % for a wider sheet (the Dashboard's 30-odd columns), whose columns
 * then split into groups across pages. Its key columns (the frozen ones: Rep ID and Name)
 * repeat at the left of every page and its title and header rows (the frozen rows) at the top;
 * pages go across before down, so the pages about the same reps follow each other.
 *
 * The page is US Letter landscape with Excel's "Narrow" margins: A4 landscape is wider, so what
 * fits one page wide on Letter fits on A4 too. The paper itself is left to the printer.
 *
 * A sheet's width is reckoned at 7 pt a character. Excel measures a character as the digit of
 * Calibri 11, 7 px (5.25 pt); LibreOffice, where Calibri is missing, measures it with the font
 * it shows instead (DejaVu Sans: 7 pt), so the same sheet is a third wider there. The wider
 * reckoning keeps a sheet on one page in both; a fixed scale keeps the text size in both.
 */
import { columnWidths, lastColumn } from './column-widths';
import type { PageMargins, PrintSpec, SheetSpec } from './spec';

/** Excel's "Narrow" margins, in inches. */
export const NARROW_MARGINS: PageMargins = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Points across a page: US Letter landscape (11 in) less the left and right margins. */
export const PRINTABLE_WIDTH = (11 - NARROW_MARGINS.left - NARROW_MARGINS.right) * 72;

/** Points a character of column width may take on paper at 100 % (see above). */
const POINTS_PER_CHARACTER = 7;

/** The workbook's body text (the default font, Calibri 11) and the smallest it may print. */
const BODY_POINTS = 11;
const MIN_PRINTED_POINTS = 8;

/** The smallest print scale, in percent: 11 pt text prints at 8.25 pt, the round scale just above 8 pt. */
export const MIN_PRINT_SCALE = 75;
if (BODY_POINTS * MIN_PRINT_SCALE < MIN_PRINTED_POINTS * 100) throw new Error('MIN_PRINT_SCALE prints text below 8 pt');

/** Points across a sheet's printed columns at 100 %, at most: every column up to the last one with cells. */
export function sheetWidthPoints(sheet: Pick<SheetSpec, 'blocks' | 'columns'>): number {
  return columnWidths(sheet, lastColumn(sheet)).reduce((sum, width) => sum + width * POINTS_PER_CHARACTER, 0);
}

/**
 * The scale a sheet prints at: the largest multiple of 5 % up to 100 % at which it fits one
 * page wide, but never below {@link MIN_PRINT_SCALE} %.
 *
 * @example
 * printScale(500); // => 100
 * printScale(900); // => 80 (900 pt at 80 % is 720 pt, within the page's 756)
 * printScale(3000); // => 75 (split across pages)
 */
export function printScale(widthPoints: number): number {
  const fitting = Math.floor((100 * PRINTABLE_WIDTH) / widthPoints / 5) * 5;
  return Math.max(MIN_PRINT_SCALE, Math.min(100, fitting));
}

/**
 * The print setup of a sheet: landscape, narrow margins, {@link printScale}, pages across
 * before down; the frozen rows and columns repeat on every page.
 */
export function printLayout(sheet: Pick<SheetSpec, 'blocks' | 'columns' | 'freeze'>): PrintSpec {
  const { rows = 0, columns = 0 } = sheet.freeze ?? {};
  return {
    orientation: 'landscape',
    scale: printScale(sheetWidthPoints(sheet)),
    margins: { ...NARROW_MARGINS },
    ...(rows > 0 ? { repeatRows: rows } : {}),
    ...(columns > 0 ? { repeatColumns: columns } : {}),
    pageOrder: 'overThenDown',
  };
}
