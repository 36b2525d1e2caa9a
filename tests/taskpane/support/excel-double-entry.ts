/**
 * Browser entry of the Excel double (bundled by esbuild, see pane-browser.ts): the built pane
 * finds `Excel.run` as it would in Excel, and the test reaches the same workbook through
 * `window.__excelDouble` (document state, selection, sync log).
 */
import { ExcelDouble } from '../../excel/double';

const excel = new ExcelDouble();
const page = window as unknown as { Excel: { run: ExcelDouble['run'] }; __excelDouble: ExcelDouble };
page.Excel = { run: excel.run };
page.__excelDouble = excel;
