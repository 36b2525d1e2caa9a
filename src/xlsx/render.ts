/**
 * Renders a WorkbookSpec to an .xlsx file with ExcelJS's streaming writer: rows go to the zip as
 * they are made, so a 5,000-rep × 12-month plan (≈1.2 million cells) renders in seconds in a few
 * hundred MB. Everything the spec says is written; nothing is added to it.
 *
 * @example
 *   const buffer = await renderXlsx(buildPlan(setup, reps, inputs, 'en-US'));
 *   await writeXlsxFile(spec, 'demo/sales-plan.xlsx');
 */
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import { columnsAddress, rowsAddress } from '../workbook/a1';
import { PROTECTION } from '../workbook/look';
import type { PrintSpec, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { writeBlocks } from './cells';
import { addRules } from './rules';
import { argb, StyleBook } from './styles';

/**
 * The protection of src/workbook/look.ts as ExcelJS options (selecting any cell is the file
 * format's default). Objects and scenarios stay at the file format's default, unlocked, as the
 * export has always written them: the plan's sheets have neither, and locking them as Office.js
 * does would add `objects="1" scenarios="1"` to every sheet.
 */
const FILE_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  formatCells: PROTECTION.formatCells,
  formatColumns: PROTECTION.formatColumns,
  formatRows: PROTECTION.formatRows,
  insertColumns: PROTECTION.insertColumns,
  insertRows: PROTECTION.insertRows,
  insertHyperlinks: PROTECTION.insertHyperlinks,
  deleteColumns: PROTECTION.deleteColumns,
  deleteRows: PROTECTION.deleteRows,
  sort: PROTECTION.sort,
  autoFilter: PROTECTION.autoFilter,
  pivotTables: PROTECTION.pivotTables,
};

function sheetOptions(spec: SheetSpec): Partial<ExcelJS.AddWorksheetOptions> {
  const frozen = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0);
  return {
    ...(spec.tabColor ? { properties: { tabColor: { argb: argb(spec.tabColor) } } } : {}),
    views: frozen ? [{ state: 'frozen', xSplit: spec.freeze!.columns, ySplit: spec.freeze!.rows }] : [{ state: 'normal' }],
    ...(spec.print ? { pageSetup: pageSetup(spec.print) } : {}),
  };
}

function pageSetup(print: PrintSpec): Partial<ExcelJS.PageSetup> {
  return {
    orientation: print.orientation,
    fitToPage: false,
    scale: print.scale,
    margins: { ...print.margins },
    pageOrder: print.pageOrder,
    ...(print.repeatRows ? { printTitlesRow: rowsAddress(1, print.repeatRows) } : {}),
    ...(print.repeatColumns ? { printTitlesColumn: columnsAddress(1, print.repeatColumns) } : {}),
  };
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec, styles: StyleBook) {
  const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec));
  // Columns go out with the first row, so they are set before any row.
  for (const column of spec.columns) {
    for (let number = column.column; number <= (column.through ?? column.column); number++) {
      const target = sheet.getColumn(number);
      target.width = column.width;
      if (column.hidden) target.hidden = true;
    }
  }
  // Append-only sheets (Review, Change log, Archive): a new file has no earlier rows to keep,
  // so their blocks are written as they are.
  writeBlocks(sheet, spec, styles);
  addRules(sheet, spec.validations, spec.conditionalFormats);
  if (spec.protected) await sheet.protect('', FILE_PROTECTION);
  sheet.commit();
}

async function writeWorkbook(spec: WorkbookSpec, options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ ...options, useStyles: true, useSharedStrings: true });
  workbook.creator = 'Sales Planner for Excel';
  const styles = new StyleBook();
  for (const sheet of spec.sheets) await writeSheet(workbook, sheet, styles);
  for (const name of spec.names) workbook.definedNames.add(name.ref, name.name);
  await workbook.commit();
}

/** The spec as the bytes of an .xlsx file. */
export async function renderXlsx(spec: WorkbookSpec): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeWorkbook(spec, { stream }); // the zip ends the stream when it is finalised
  await ended;
  return Buffer.concat(chunks);
}

/** The spec written to `path` as an .xlsx file, streaming (nothing held in memory at the end). */
export async function writeXlsxFile(spec: WorkbookSpec, path: string): Promise<void> {
  await writeWorkbook(spec, { filename: path });
}
