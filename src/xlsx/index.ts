/** src/xlsx: the WorkbookSpec as an .xlsx file (ExcelJS), for the demo, the export and the LibreOffice oracle. */
export { renderXlsx, writeXlsxFile } from './render';
