/**
 * **Appending to a log** (Review, Change log, Archive) without ever overwriting another
 * writer's rows. The last used row is read at the start; a co-author's snapshot or re-plan
 * may append below it before this build's commit lands. So the new rows are *inserted*
 * there (`Range.insert('Down')`, whole rows) and written into the inserted rows: whatever
 * anyone appended in between moves down, intact. In the usual case nothing is below and
 * the insert changes nothing else.
 */
import { rect, rowsAddress } from '../workbook/a1';
import { isFormula, type BlockSpec, type CellRect, type CellSpec, type SheetSpec } from '../workbook/spec';
import { splitKey, type ArchivedInput } from '../workbook/input-placer';
import { archiveDataBlock } from '../workbook/sheets/logs';
import { writeBlock } from './blocks';
import { jsonSize, type RoundTrips } from './round-trips';
import { stagedRects, type Stager } from './staging';

const SMALL = 512;

/** Rows of data an append-only sheet's spec brings (its `value` blocks). */
export const isDataBlock = (role: string) => role === 'value';

/** A log's new rows, placed below `lastRow`. */
export interface Append {
  sheet: SheetSpec;
  /** Each data block with the row it goes to. */
  blocks: { block: BlockSpec; top: number }[];
  /** The rows inserted for them, and the cells they cover. */
  rows: [number, number];
  area: CellRect;
  count: number;
}

/** The data rows of `sheet` placed below `lastRow` (null when it brings none). */
export function placeAppend(sheet: SheetSpec, lastRow: number): Append | null {
  const data = sheet.blocks.filter((b) => isDataBlock(b.role) && b.cells.length > 0 && b.cells[0].length > 0);
  if (data.length === 0) return null;
  const firstTop = Math.min(...data.map((b) => b.at.row));
  const shift = Math.max(0, lastRow + 1 - firstTop);
  const blocks = data.map((block) => ({ block, top: block.at.row + shift }));
  const rects = stagedRects(blocks);
  const area = rect(
    Math.min(...rects.map((r) => r.left)),
    Math.min(...rects.map((r) => r.top)),
    Math.max(...rects.map((r) => r.right)),
    Math.max(...rects.map((r) => r.bottom)),
  );
  const count = data.reduce((n, b) => n + b.cells.length, 0);
  return { sheet, blocks, rows: [area.top, area.bottom], area, count };
}

/** What an append sends, generously (values and formats). */
export const appendBytes = (append: Append) => append.blocks.reduce((n, { block }) => n + 2 * jsonSize(block.cells) + SMALL, 0);

/** Queues the insert and the rows (written here, or copied from where `stager` staged them). */
export async function queueAppend(trips: RoundTrips, append: Append, ws: () => Excel.Worksheet, stager?: Stager): Promise<void> {
  const [top, bottom] = append.rows;
  await trips.queue(SMALL, () => ws().getRange(rowsAddress(top, bottom)).insert('Down'));
  if (stager) await stager.copyInto(append.sheet.key, ws, [append.area]);
  else for (const { block, top: at } of append.blocks) await writeBlock(trips, ws, block, at);
}

/** Appends `edits` (input key → what the cell held) to the Archive below `lastRow`, dated `archivedOn`. */
export async function archiveEdits(
  trips: RoundTrips,
  edits: Map<string, CellSpec>,
  archivedOn: number,
  lastRow: number,
  ws: () => Excel.Worksheet,
): Promise<void> {
  const archived: ArchivedInput[] = [...edits].map(([key, held]) => ({
    ...splitKey(key),
    value: isFormula(held) ? (held.value ?? null) : held,
    ...(isFormula(held) ? { formula: held.formula } : {}),
  }));
  if (archived.length === 0) return;
  const block = archiveDataBlock(archived, archivedOn);
  const append = placeAppend(
    { key: 'archive', name: '', blocks: [block], columns: [], protected: false, validations: [], conditionalFormats: [] },
    lastRow,
  );
  if (append) await queueAppend(trips, append, ws);
}
