/**
 * **Staging**: what is too large to go in the commit request is written beforehand on a
 * hidden sheet of this build's own, then copied into place inside the commit with one small
 * `Range.copyFrom` per block (ExcelApi 1.9), so the commit stays one request of any size and
 * the target sheet is never deleted (formulas and charts of the user's that point at
 * Actuals keep pointing at it).
 *
 * Each build has an id ({@link newBuildId}: its start time and a random part) that its
 * sheets carry (`~sp <id> actuals`). A build deletes only its own sheets, and those of builds
 * that started more than {@link STALE_AFTER_MS} ago (a build never takes that long, so they
 * were left by one that was cut off): never a co-author's live build, never a sheet of the
 * user's that merely looks alike.
 */
import { MAX_SHEET_NAME } from '../workbook/excel-limits';
import type { BlockSpec, CellRect, SheetKey } from '../workbook/spec';
import { rectAddress } from '../workbook/a1';
import { writeBlock } from './blocks';
import { blockRect } from './input-moves';
import type { RoundTrips } from './round-trips';

const PREFIX = '~sp ';
export const STALE_AFTER_MS = 60 * 60 * 1000;
const SMALL = 512;

/** A build id: base-36 milliseconds since 1970 and four random base-36 characters. */
export function newBuildId(now: Date, random: () => number = Math.random): string {
  const tail = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${now.getTime().toString(36)}${tail}`;
}

/** The name of build `id`'s sheet for `purpose` (a sheet key, or `check …`). */
export const buildSheetName = (id: string, purpose: string) => `${PREFIX}${id} ${purpose}`.slice(0, MAX_SHEET_NAME);

/** Sheets left by builds that started long enough before `now` to be dead (never this build's). */
export function staleBuildSheets(sheetNames: readonly string[], now: Date, ownId: string): string[] {
  return sheetNames.filter((name) => {
    const match = /^~sp ([0-9a-z]+) /.exec(name);
    if (!match || match[1] === ownId) return false;
    const started = parseInt(match[1].slice(0, -4), 36);
    return Number.isFinite(started) && now.getTime() - started > STALE_AFTER_MS;
  });
}

/** Blocks written aside on hidden sheets before the commit, copied into place in it. */
export class Stager {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(
    private readonly trips: RoundTrips,
    private readonly buildId: string,
  ) {}

  /** Writes `blocks` on this build's hidden sheet for `key`, at the rows given (`top` per block; default its own). */
  async stage(key: SheetKey | string, blocks: { block: BlockSpec; top?: number }[]): Promise<void> {
    const sheet = await this.sheet(key);
    for (const { block, top } of blocks) await writeBlock(this.trips, () => sheet, block, top ?? block.at.row);
  }

  /** Queues (in the commit) the copy of each staged rectangle onto the same cells of `target`. */
  async copyInto(key: SheetKey | string, target: () => Excel.Worksheet, rects: CellRect[]): Promise<void> {
    const sheet = this.sheets.get(key);
    if (!sheet) throw new Error(`Nothing staged for ${key}`);
    for (const rect of rects) {
      const address = rectAddress(rect);
      await this.trips.queue(SMALL + address.length * 2, () => target().getRange(address).copyFrom(sheet.getRange(address), 'All'));
    }
  }

  /** Queues the deletion of this build's staging sheets. */
  async discard(): Promise<void> {
    for (const sheet of this.sheets.values()) await this.trips.queue(SMALL, () => sheet.delete());
    this.sheets.clear();
  }

  private async sheet(key: string): Promise<Excel.Worksheet> {
    let sheet = this.sheets.get(key);
    if (!sheet) {
      await this.trips.queue(SMALL, () => {
        sheet = this.trips.context.workbook.worksheets.add(buildSheetName(this.buildId, key));
        sheet.visibility = 'Hidden';
      });
      this.sheets.set(key, sheet!);
    }
    return sheet!;
  }
}

/** The rectangles of `blocks` at their tops (what {@link Stager.stage} wrote). */
export const stagedRects = (blocks: { block: BlockSpec; top?: number }[]): CellRect[] =>
  blocks.map(({ block, top }) => {
    const rect = blockRect(block);
    const shift = (top ?? block.at.row) - block.at.row;
    return { ...rect, top: rect.top + shift, bottom: rect.bottom + shift };
  });
