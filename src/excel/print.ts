import type { PrintSpec } from '../workbook/spec';

/**
 * Page setup (ExcelApi 1.9): orientation, one page wide, title rows repeated on every page.
 * `verticalFitToPages: 0` is "as many pages tall as needed", as `fitToHeight="0"` in the file.
 */
export function applyPrint(sheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$1:$${print.repeatRows}`);
}
