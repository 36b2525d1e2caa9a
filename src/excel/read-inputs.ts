/**
 * Reading user inputs back: every input block of the spec the workbook was built from
 * (`inputKeys` on the block says which row and column key each cell has) is read and turned
 * into `InputValues` — the keys `buildPlan` places them by — and `InputFormulas`, the text of
 * any formula typed into an input cell. Blank cells are nothing to keep. Reads are packed like
 * writes, so a 5,000-rep plan's 780,000 input cells take a few requests, each answer under
 * the 5 MB limit.
 */
import { rectAddress, rectAt } from '../workbook/a1';
import type { InputFormulas } from '../workbook/input-placer';
import { inputKey, type BlockSpec, type InputValues, type SheetSpec, type WorkbookSpec } from '../workbook/spec';
import type { RoundTrips } from './round-trips';

/**
 * Expected answer size per cell read: a number or short text as JSON, generously (16 bytes),
 * twice — `values` and `formulas` both come back, and for a cell without a formula Office.js
 * answers `formulas` with its value again.
 */
export const RESPONSE_BYTES_PER_CELL = 2 * 16;
/** Rows per read, so that one range's answer stays a small part of a request's budget. */
const MAX_CELLS_PER_READ = 50_000;

interface PendingRead {
  sheet: SheetSpec;
  block: BlockSpec;
  firstRow: number;
  range: Excel.Range;
}

/** What the input cells hold: the values Excel shows (for the models) and the formulas typed. */
export interface InputReading {
  values: InputValues;
  formulas: InputFormulas;
}

/**
 * Queues reads of every input block on sheets in `present` (all when undefined), syncing as
 * the answers fill a response; `onFirstRequest` queues other reads into the first request
 * (the probe). Returns the values and formulas after the last sync.
 */
export async function readInputs(
  trips: RoundTrips,
  spec: WorkbookSpec,
  present: Set<string> | undefined,
  onFirstRequest: () => void,
): Promise<InputReading> {
  onFirstRequest();
  const reads: PendingRead[] = [];
  for (const sheet of spec.sheets) {
    if (present && !present.has(sheet.name.toLowerCase())) continue;
    for (const block of sheet.blocks) {
      if (!block.inputKeys || block.cells.length === 0) continue;
      const columns = block.cells[0].length;
      // A quarter of a response at most, so that reads of several blocks share one request.
      const cellsPerRead = Math.min(MAX_CELLS_PER_READ, Math.floor(trips.budget / 4 / RESPONSE_BYTES_PER_CELL));
      const rowsPerRead = Math.max(1, Math.floor(cellsPerRead / columns));
      for (let first = 0; first < block.cells.length; first += rowsPerRead) {
        const rows = Math.min(rowsPerRead, block.cells.length - first);
        const address = rectAddress(rectAt({ row: block.at.row + first, column: block.at.column }, rows, columns));
        await trips.queue(
          address.length + sheet.name.length,
          () => {
            const range = trips.context.workbook.worksheets.getItem(sheet.name).getRange(address).load(['values', 'formulas']);
            reads.push({ sheet, block, firstRow: first, range });
          },
          rows * columns * RESPONSE_BYTES_PER_CELL,
        );
      }
    }
  }
  await trips.sync(); // the last request (also the first, for a small plan)
  const values: InputValues = {};
  const formulas: InputFormulas = {};
  for (const { sheet, block, firstRow, range } of reads) {
    const keys = block.inputKeys!;
    const shown = range.values;
    range.formulas.forEach((row, r) =>
      row.forEach((typed, c) => {
        const key = inputKey(sheet.key, keys.rows[firstRow + r], keys.columns[c]);
        const value = shown[r][c];
        if (isFormula(typed, value)) formulas[key] = typed;
        if (value === '' || value === null || value === undefined) return;
        values[key] = value as string | number | boolean;
      }),
    );
  }
  return { values, formulas };
}

/**
 * A cell holds a formula when `formulas` answers text starting with `=` that is not its value:
 * a text constant `=abc` (typed as `'=abc`) comes back the same through both.
 */
function isFormula(typed: unknown, value: unknown): typed is string {
  return typeof typed === 'string' && typed.startsWith('=') && typed !== value;
}
