/** Where a spec's input cells are, by key: to type into them and to find them after a rebuild. */
import { inputKey, type SheetKey, type WorkbookSpec } from '../../../src/workbook/spec';
import { cell, parseRange } from '../../../src/workbook/a1';
import type { ExcelDouble } from '../double';

export interface InputCell {
  key: string;
  sheet: string;
  row: string;
  column: string;
  address: string;
}

export function inputCells(spec: WorkbookSpec, only?: SheetKey): InputCell[] {
  const out: InputCell[] = [];
  for (const sheet of spec.sheets) {
    if (only && sheet.key !== only) continue;
    for (const block of sheet.blocks) {
      if (!block.inputKeys) continue;
      block.inputKeys.rows.forEach((row, r) =>
        block.inputKeys!.columns.forEach((column, c) =>
          out.push({
            key: inputKey(sheet.key, row, column),
            sheet: sheet.name,
            row,
            column,
            address: cell(block.at.column + c, block.at.row + r),
          }),
        ),
      );
    }
  }
  return out;
}

/** Types values into cells through Office.js, as reps would (one request). */
export async function typeAll(excel: ExcelDouble, entries: { sheet: string; address: string; value: unknown }[]): Promise<void> {
  await excel.run(async (context) => {
    for (const { sheet, address, value } of entries) context.workbook.worksheets.getItem(sheet).getRange(address).values = [[value]];
    await context.sync();
  });
}

/** The Archive sheet's data rows (below its header), as [sheet, row key, column key, value]. */
export function archiveRows(excel: ExcelDouble, archiveName = 'Archive'): unknown[][] {
  const sheet = excel.document.sheet(archiveName);
  const rows: unknown[][] = [];
  for (let r = 5; sheet.cellAt(r, 2)?.value != null; r++) rows.push([2, 3, 4, 5].map((c) => sheet.cellAt(r, c)?.value ?? null));
  return rows;
}

/** Values of a rectangle of the double, row by row. */
export function valuesOf(excel: ExcelDouble, sheetName: string, address: string): unknown[][] {
  const sheet = excel.document.sheet(sheetName);
  const rect = parseRange(address);
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(sheet.cellAt(r, c)?.value ?? null);
    out.push(row);
  }
  return out;
}
