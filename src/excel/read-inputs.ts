/**
 * Reading user inputs back: every input block of the spec the workbook was built from
 * (`inputKeys` on the block says which row and column key each cell has) is read as values
 * and turned into `InputValues` — the keys `buildPlan` places them by. Blank cells are
 * nothing to keep. Reads are packed like writes, so a 5,000-rep plan's 780,000 input cells
 * take a few requests, each answer under the 5 MB limit.
 */
import { rectAddress, rectAt } from '../workbook/a1';
import { inputKey, type BlockSpec, type InputValues, type SheetSpec, type WorkbookSpec } from '../workbook/spec';
import type { RoundTrips } from './round-trips';

/** Expected answer size per cell read: a number or short text as JSON, generously. */
export const RESPONSE_BYTES_PER_CELL = 16;
/** Rows per read, so that one range's answer stays a small part of a request's budget. */
const MAX_CELLS_PER_READ = 50_000;

interface PendingRead {
  sheet: SheetSpec;
  block: BlockSpec;
  firstRow: number;
  range: Excel.Range;
}

/**
 * Queues reads of every input block on sheets in `present` (all when undefined), syncing as
 * the answers fill a response; `onFirstRequest` queues other reads into the first request
 * (the probe). Returns the values after the last sync.
 */
export async function readInputs(
  trips: RoundTrips,
  spec: WorkbookSpec,
  present: Set<string> | undefined,
  onFirstRequest: () => void,
): Promise<InputValues> {
  onFirstRequest();
  const reads: PendingRead[] = [];
  for (const sheet of spec.sheets) {
    if (present && !present.has(sheet.name.toLowerCase())) continue;
    for (const block of sheet.blocks) {
      if (!block.inputKeys || block.cells.length === 0) continue;
      const columns = block.cells[0].length;
      const rowsPerRead = Math.max(1, Math.floor(MAX_CELLS_PER_READ / columns));
      for (let first = 0; first < block.cells.length; first += rowsPerRead) {
        const rows = Math.min(rowsPerRead, block.cells.length - first);
        const address = rectAddress(rectAt({ row: block.at.row + first, column: block.at.column }, rows, columns));
        await trips.queue(
          address.length + sheet.name.length,
          () => {
            const range = trips.context.workbook.worksheets.getItem(sheet.name).getRange(address).load('values');
            reads.push({ sheet, block, firstRow: first, range });
          },
          rows * columns * RESPONSE_BYTES_PER_CELL,
        );
      }
    }
  }
  await trips.sync(); // the last request (also the first, for a small plan)
  const inputs: InputValues = {};
  for (const { sheet, block, firstRow, range } of reads) {
    const keys = block.inputKeys!;
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        inputs[inputKey(sheet.key, keys.rows[firstRow + r], keys.columns[c])] = value as string | number | boolean;
      }),
    );
  }
  return inputs;
}
