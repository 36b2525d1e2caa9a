/**
 * **Guarding input cells a rebuild overwrites** against co-authors and cut-off requests. The
 * plan is read, then decided, then written: on Excel on the web that is seconds, and a rep
 * may type into an input cell in between. Where a layout change must rewrite input cells
 * (input-moves.ts), the commit request first copies them, server-side with `copyFrom`
 * (ExcelApi 1.9; a few bytes whatever the size), onto a hidden check sheet of this build's,
 * then marks the copy complete ({@link Guard.seal}), and only then overwrites them.
 *
 * - After the commit, the copy is compared with what was read at the start: every difference
 *   is an edit made in between, and {@link putBack} writes it where its key lives now.
 * - If the commit fails part-way, the sealed copy is what the cells held before it: recovery.ts
 *   puts it back, so the plan saved before still describes every input cell.
 */
import { cell, rectAddress } from '../workbook/a1';
import {
  inputKey,
  isFormula,
  type CellSpec,
  type CellValue,
  type InputValues,
  type SheetKey,
  type SheetSpec,
  type WorkbookSpec,
} from '../workbook/spec';
import { formatOfColumn, officeValue } from './cells';
import { plannerErrors } from './errors';
import { blockRect, inputBlocks } from './input-moves';
import { readInputs, RESPONSE_BYTES_PER_CELL } from './read-inputs';
import type { RoundTrips } from './round-trips';
import { buildSheetName } from './staging';

/** Rounds of putting edits back before giving up (each round is one request; only an edit racing every one needs more). */
const ROUNDS = 4;
const SMALL = 512;
/** Where a check sheet says its copy is complete (row 1 is a title row on every plan sheet: never an input cell). */
export const SEAL_CELL = 'A1';
export const SEAL = 'complete';

/** The name of build `id`'s check sheet for the sheet `key`. */
export const checkSheetName = (id: string, key: SheetKey) => buildSheetName(id, `check ${key}`);

/** Edits found since the plan was read: input key → what the cell holds now ("" when cleared; a formula as `{ formula }`). */
export type Edits = Map<string, CellSpec>;

/** What was read at the start: values, and the formulas typed into input cells. */
export interface StartReading {
  values: InputValues;
  formulas?: Record<string, string>;
}

export class Guard {
  private readonly checks: { sheet: SheetSpec; name: string; handle: Excel.Worksheet }[] = [];

  constructor(
    private readonly trips: RoundTrips,
    private readonly buildId: string,
  ) {}

  get active(): boolean {
    return this.checks.length > 0;
  }

  /** Queues (in the commit, before any write to it) the copy of `previous`'s input blocks on `source`. */
  async snapshot(previous: SheetSpec, source: () => Excel.Worksheet): Promise<void> {
    const name = checkSheetName(this.buildId, previous.key);
    let check!: Excel.Worksheet;
    await this.trips.queue(SMALL, () => {
      check = this.trips.context.workbook.worksheets.add(name);
      check.visibility = 'Hidden';
    });
    for (const block of inputBlocks(previous)) {
      const address = rectAddress(blockRect(block));
      // Formulas as formulas: at the same address they read the same, and restore exactly.
      await this.trips.queue(SMALL + 2 * address.length, () => check.getRange(address).copyFrom(source().getRange(address), 'Formulas'));
    }
    this.checks.push({ sheet: previous, name, handle: check });
  }

  /** Queues the marks that every copy is complete: from here on the commit may overwrite. */
  async seal(): Promise<void> {
    for (const { handle } of this.checks) await this.trips.queue(SMALL, () => (handle.getRange(SEAL_CELL).values = [[SEAL]]));
  }

  /** After the commit: what changed in the guarded cells since `inputs` were read; the check sheets are deleted. */
  async edits(inputs: StartReading): Promise<Edits> {
    const edits = await editsOn(this.trips, this.checks, inputs);
    for (const { handle } of this.checks) await this.trips.queue(SMALL, () => handle.delete());
    return edits;
  }
}

/** The input cells of each `sheet` (an earlier build's) whose copy on `name` differs from `inputs`. */
export async function editsOn(trips: RoundTrips, checks: { sheet: SheetSpec; name: string }[], inputs: StartReading): Promise<Edits> {
  const spec: WorkbookSpec = { locale: 'en-US', names: [], sheets: checks.map((c) => ({ ...c.sheet, name: c.name })) };
  const now = await readInputs(trips, spec, undefined, () => undefined);
  // A formula compares by its text (its value on the check copy is not what it showed).
  const held = (reading: StartReading, key: string): CellSpec =>
    reading.formulas?.[key] !== undefined ? { formula: reading.formulas[key] } : (reading.values[key] ?? null);
  const edits: Edits = new Map();
  for (const { sheet } of checks)
    for (const block of inputBlocks(sheet)) {
      const keys = block.inputKeys!;
      for (const row of keys.rows)
        for (const column of keys.columns) {
          const key = inputKey(sheet.key, row, column);
          const before = held(inputs, key);
          const after = held(now, key);
          if (!same(text(after), text(before))) edits.set(key, after ?? '');
        }
    }
  return edits;
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
export async function putBack(
  trips: RoundTrips,
  spec: WorkbookSpec,
  edits: Edits,
  sheetOf: (key: SheetKey) => Excel.Worksheet,
): Promise<Edits> {
  const places = placesOf(spec);
  const homeless: Edits = new Map();
  let pending = [...edits].flatMap(([key, value]) => {
    const place = places.get(key);
    if (!place) {
      if (!isBlank(value)) homeless.set(key, value);
      return [];
    }
    return [{ ...place, value, expected: text(place.wrote) }];
  });
  for (let round = 0; pending.length > 0; round++) {
    if (round === ROUNDS) throw plannerErrors.coauthorBusy(pending.length);
    const reads: { range: Excel.Range }[] = [];
    for (const p of pending) {
      const address = cell(p.column, p.row);
      await trips.queue(
        SMALL + String(p.value).length,
        () => {
          // The read is queued before the write, so it answers what the cell held just before.
          reads.push({ range: sheetOf(p.sheet).getRange(address).load('formulas') });
          sheetOf(p.sheet).getRange(address).values = [[officeValue(p.value, p.format)]];
        },
        RESPONSE_BYTES_PER_CELL,
      );
    }
    await trips.sync();
    pending = pending.flatMap((p, i) => {
      const before = reads[i].range.formulas[0][0] as CellValue;
      const held: CellSpec = typeof before === 'string' && before.startsWith('=') ? { formula: before } : before;
      return same(before, p.expected) ? [] : [{ ...p, value: held, expected: text(p.value) }];
    });
  }
  return homeless;
}

/** A cell as `range.formulas` reads it: a formula's text, else the value. */
const text = (cell: CellSpec): CellValue => (isFormula(cell) ? cell.formula : cell);
const isBlank = (value: unknown) => value === '' || value === null || value === undefined;
export const same = (a: unknown, b: unknown) => (isBlank(a) && isBlank(b)) || a === b;
