/**
 * **Guarding input cells a rebuild overwrites** against co-authors. The plan is read, then
 * decided, then written: on Excel on the web that is seconds, and a rep may type into an
 * input cell in between. Where a layout change must rewrite input cells (input-moves.ts),
 * the commit request first takes a snapshot of them — read in the same request, before the
 * writes (Office.js runs a request's operations in order), or for large sheets copied onto a
 * hidden check sheet with `copyFrom`, which costs a few bytes whatever the size. After the
 * commit the snapshot is compared with what was read at the start: every difference is an
 * edit made in between, and {@link putBack} writes it where its key lives now (or to the
 * Archive), guarding that write the same way until no one interferes.
 */
import { cell, rectAddress } from '../workbook/a1';
import { inputKey, isFormula, type CellSpec, type CellValue, type InputValues, type SheetKey, type SheetSpec, type WorkbookSpec } from '../workbook/spec';
import { formatOfColumn, officeValue } from './cells';
import { plannerErrors } from './errors';
import { blockRect, inputBlocks } from './input-moves';
import { readInputs, RESPONSE_BYTES_PER_CELL } from './read-inputs';
import type { RoundTrips } from './round-trips';
import { buildSheetName } from './staging';

/** Up to this many cells a snapshot is read within the commit; beyond, it is copied aside (a smaller request). */
export const LOAD_CELLS = 20_000;
/** Rounds of putting edits back before giving up (each round is one request; only an edit racing every one needs more). */
const ROUNDS = 4;
const SMALL = 512;

interface Snapshot {
  sheet: SheetSpec;
  loads?: { block: number; range: Excel.Range }[];
  checkName?: string;
}

/** Edits found since the plan was read: input key → the value the cell holds now ("" when cleared). */
export type Edits = Map<string, CellValue>;

export class Guard {
  private readonly snapshots: Snapshot[] = [];

  constructor(
    private readonly trips: RoundTrips,
    private readonly buildId: string,
  ) {}

  get active(): boolean {
    return this.snapshots.length > 0;
  }

  /** Queues (in the commit, before any write to it) the snapshot of `previous`'s input blocks on `source`. */
  async snapshot(previous: SheetSpec, source: () => Excel.Worksheet): Promise<void> {
    const blocks = inputBlocks(previous);
    const cells = blocks.reduce((n, b) => n + b.cells.length * b.cells[0].length, 0);
    if (cells <= LOAD_CELLS) {
      const loads: Snapshot['loads'] = [];
      for (const [index, block] of blocks.entries()) {
        const address = rectAddress(blockRect(block));
        const size = block.cells.length * block.cells[0].length;
        await this.trips.queue(
          SMALL + address.length,
          () => loads.push({ block: index, range: source().getRange(address).load('values') }),
          size * RESPONSE_BYTES_PER_CELL,
        );
      }
      this.snapshots.push({ sheet: previous, loads });
      return;
    }
    const checkName = buildSheetName(this.buildId, `check ${previous.key}`);
    let check: Excel.Worksheet;
    await this.trips.queue(SMALL, () => {
      check = this.trips.context.workbook.worksheets.add(checkName);
      check.visibility = 'Hidden';
    });
    for (const block of blocks) {
      const address = rectAddress(blockRect(block));
      await this.trips.queue(SMALL + 2 * address.length, () => check.getRange(address).copyFrom(source().getRange(address), 'Values'));
    }
    this.snapshots.push({ sheet: previous, checkName });
  }

  /** After the commit: what changed in the guarded cells since `inputs` were read (check sheets are deleted). */
  async edits(inputs: InputValues): Promise<Edits> {
    const now: InputValues = {};
    const checks = this.snapshots.filter((s) => s.checkName);
    if (checks.length > 0) {
      const spec: WorkbookSpec = { locale: 'en-US', names: [], sheets: checks.map((s) => ({ ...s.sheet, name: s.checkName! })) };
      Object.assign(now, await readInputs(this.trips, spec, undefined, () => undefined));
      for (const s of checks) await this.trips.queue(SMALL, () => this.trips.context.workbook.worksheets.getItem(s.checkName!).delete());
    }
    for (const { sheet, loads } of this.snapshots) {
      const blocks = inputBlocks(sheet);
      for (const { block: index, range } of loads ?? []) {
        const keys = blocks[index].inputKeys!;
        range.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (!isBlank(value)) now[inputKey(sheet.key, keys.rows[r], keys.columns[c])] = value as CellValue;
          }),
        );
      }
    }
    const edits: Edits = new Map();
    for (const { sheet } of this.snapshots) {
      for (const block of inputBlocks(sheet)) {
        const keys = block.inputKeys!;
        for (const row of keys.rows)
          for (const column of keys.columns) {
            const key = inputKey(sheet.key, row, column);
            if (!same(now[key], inputs[key])) edits.set(key, now[key] ?? '');
          }
      }
    }
    return edits;
  }
}

/** Where each input key lives in `spec`, with what the commit wrote there and the cell's number format. */
function placesOf(spec: WorkbookSpec): Map<string, { sheet: SheetKey; row: number; column: number; wrote: CellSpec; format?: string }> {
  const places = new Map<string, { sheet: SheetKey; row: number; column: number; wrote: CellSpec; format?: string }>();
  for (const sheet of spec.sheets)
    for (const block of inputBlocks(sheet)) {
      const keys = block.inputKeys!;
      keys.rows.forEach((row, r) =>
        keys.columns.forEach((column, c) =>
          places.set(inputKey(sheet.key, row, column), {
            sheet: sheet.key,
            row: block.at.row + r,
            column: block.at.column + c,
            wrote: block.cells[r][c],
            format: formatOfColumn(block.numberFormat, c),
          }),
        ),
      );
    }
  return places;
}

/**
 * Puts each edit where its key lives in `spec` (the plan just committed): each write is
 * preceded, in its request, by a read of the cell; if that read shows the cell changed after
 * the commit (someone typed there too), the newer value is put back in the next round. Edits
 * whose key has no place any more are returned, for the Archive.
 *
 * @throws {PlannerError} `coauthorBusy` if the cells are still being changed after {@link ROUNDS} rounds
 */
export async function putBack(trips: RoundTrips, spec: WorkbookSpec, edits: Edits, sheetOf: (key: SheetKey) => Excel.Worksheet): Promise<Edits> {
  const places = placesOf(spec);
  const homeless: Edits = new Map();
  let pending = [...edits].flatMap(([key, value]) => {
    const place = places.get(key);
    if (!place) {
      if (!isBlank(value)) homeless.set(key, value);
      return [];
    }
    const wrote = isFormula(place.wrote) ? (place.wrote.value ?? null) : place.wrote;
    return [{ ...place, value, expected: wrote as CellValue }];
  });
  for (let round = 0; pending.length > 0; round++) {
    if (round === ROUNDS) throw plannerErrors.coauthorBusy(pending.length);
    const reads: { range: Excel.Range }[] = [];
    for (const p of pending) {
      const address = cell(p.column, p.row);
      await trips.queue(
        SMALL + String(p.value).length,
        () => {
          const range = sheetOf(p.sheet).getRange(address);
          reads.push({ range: range.load('values') });
          range.values = [[officeValue(p.value, p.format)]];
        },
        RESPONSE_BYTES_PER_CELL,
      );
    }
    await trips.sync();
    pending = pending.flatMap((p, i) => {
      const before = reads[i].range.values[0][0] as CellValue;
      return same(before, p.expected) ? [] : [{ ...p, value: before, expected: p.value }];
    });
  }
  return homeless;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;
const same = (a: unknown, b: unknown) => (isBlank(a) && isBlank(b)) || a === b;

