import { absLines, rowsAddress } from '../workbook/a1';
import type { PrintSpec, RowHeightSpec } from '../workbook/spec';

/**
 * Page setup (ExcelApi 1.9): orientation, the scale (a percentage; a zoom of a scale also ends
 * an earlier build's fit to page), margins, page order, and the title rows and columns
 * repeated on every page. Each build writes every setting again (a sheet's frozen rows and
 * columns, hence its title rows and columns, are the same from build to build), so none is
 * left over.
 */
export function applyPrint(sheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { scale: print.scale };
  layout.setPrintMargins('Inches', { ...print.margins });
  layout.printOrder = print.pageOrder === 'overThenDown' ? 'OverThenDown' : 'DownThenOver';
  if (print.repeatRows) layout.setPrintTitleRows(absLines('rows', 1, print.repeatRows));
  if (print.repeatColumns) layout.setPrintTitleColumns(absLines('columns', 1, print.repeatColumns));
}

/** Row heights in points (`format.rowHeight`, ExcelApi 1.2), one row at a time: a sheet has a few. */
export function applyRowHeights(sheet: Excel.Worksheet, heights: readonly RowHeightSpec[]): void {
  for (const { row, height } of heights) sheet.getRange(rowsAddress(row)).format.rowHeight = height;
}
