/** Helpers for the src/excel tests: a plan in the Excel double, and reading the double's state. */
import { buildPlanInWorkbook, type OperationOptions } from '../../../src/excel';
import { sampleInputs } from '../../../src/workbook/sample-actuals';
import type { Locale } from '../../../src/core/locale';
import { parseCell } from '../../../src/workbook/a1';
import type { CellPosition } from '../../../src/workbook/spec';
import { ExcelDouble, type Cell, type SheetState } from '../double';

/** A fixed clock: 2026-07-01 09:00 local. */
export const NOW = new Date(2026, 6, 1, 9, 0, 0);

export function options(excel: ExcelDouble, now: Date = NOW): OperationOptions {
  return { run: excel.run, now: () => now };
}

export async function builtSample(reps = 25, locale: Locale = 'en-US') {
  const excel = new ExcelDouble();
  const sample = sampleInputs({ reps, locale });
  await buildPlanInWorkbook(sample.setup, sample.reps, locale, options(excel));
  return { excel, sample };
}

/** The double's cell at an address (`B4`) or a spec position. */
export function cellOf(sheet: SheetState, at: string | CellPosition): Cell | undefined {
  const { row, column } = typeof at === 'string' ? parseCell(at) : at;
  return sheet.cellAt(row, column);
}

/** Types `value` into a cell as a rep would, through Office.js (protection applies). */
export async function typeInto(excel: ExcelDouble, sheetName: string, address: string, value: unknown): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheetName).getRange(address).values = [[value]];
    await context.sync();
  });
}
