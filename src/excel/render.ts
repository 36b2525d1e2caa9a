/**
 * **renderSpec**: applies a WorkbookSpec to the open workbook through Office.js, safely beside
 * co-authors and against requests that fail part-way (docs/ARCHITECTURE.md, "Commit protocol").
 *
 * - Writes only the cells the planner owns: the blocks of the earlier build are cleared
 *   (contents and formats, so a note typed on a plan sheet stays) and the new ones written.
 * - **Input cells**: where the layout keeps every input key in its cell, no earlier input cell
 *   is written at all; only cells that were never input cells (a hire's rows) are. Where the
 *   layout moves inputs, the commit snapshots them before rewriting, and what a co-author
 *   typed in between is put back where it belongs (input-moves.ts, guard.ts).
 * - **Append-only sheets** (Review, Change log, Archive) keep every row they have: new data
 *   rows are inserted below the last row read, never written over another writer's (appends.ts).
 * - **One commit request** holds the input cells a build rewrites, the rows it adds to the
 *   logs, the renames of a language switch and the caller's saved plan; what is too large to
 *   fit is written aside first and copied in with `copyFrom` (staging.ts). A build cut off
 *   before the commit changes no input and logs nothing; after it, the saved plan describes
 *   every input cell and the logs hold its decision; the rest can be written again by a refresh.
 * - Values, formulas, number formats, looks, widths, freeze panes, print setup, names (before
 *   the rules that read them), validation and conditional formats, then protection (only
 *   sheets that are protected are unprotected; every protected sheet is protected again).
 */
import { columnsAddress, rect, rectAddress } from '../workbook/a1';
import { PROTECTION } from '../workbook/look';
import { type BlockSpec, type CellRect, type SheetKey, type SheetSpec, type WorkbookSpec } from '../workbook/spec';
import { appendBytes, archiveEdits, isDataBlock, placeAppend, queueAppend, type Append } from './appends';
import { localSerial } from '../core/dates';
import { writeBlock } from './blocks';
import { Guard, putBack, type Edits, type StartReading } from './guard';
import { blockRect, planInputs, subBlock, type InputPlan } from './input-moves';
import { applyPrint, applyRowHeights } from './print';
import { queueProbe, type WorkbookFacts } from './probe';
import { RoundTrips, jsonSize } from './round-trips';
import { addConditionalFormat, addValidation } from './rules';
import { newBuildId, Stager, staleBuildSheets, stagedRects } from './staging';
import { columnWidthPoints } from './styles';

/** The protection of src/workbook/look.ts as Office.js options (selecting any cell is Office's default). */
export const OFFICE_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: PROTECTION.formatCells,
  allowFormatColumns: PROTECTION.formatColumns,
  allowFormatRows: PROTECTION.formatRows,
  allowInsertColumns: PROTECTION.insertColumns,
  allowInsertRows: PROTECTION.insertRows,
  allowInsertHyperlinks: PROTECTION.insertHyperlinks,
  allowDeleteColumns: PROTECTION.deleteColumns,
  allowDeleteRows: PROTECTION.deleteRows,
  allowSort: PROTECTION.sort,
  allowAutoFilter: PROTECTION.autoFilter,
  allowPivotTables: PROTECTION.pivotTables,
  allowEditObjects: PROTECTION.editObjects,
  allowEditScenarios: PROTECTION.editScenarios,
};

const SMALL = 512;

export interface RenderOptions {
  /** Facts read beforehand (saves a round trip); read here when absent, matching sheets by name. */
  facts?: WorkbookFacts;
  /** Only these sheets (e.g. Review for a snapshot); names and order are left alone. */
  only?: SheetKey[];
  /** The caller's round trips: what renderSpec queues last is left for the caller to flush. */
  trips?: RoundTrips;
  /** Queues the caller's part of the commit (the saved plan), in the commit request. */
  commit?: () => Promise<void>;
  /** About how many bytes `commit` queues, so that the commit request is planned to fit. */
  commitBytes?: number;
  /**
   * The spec the workbook was built from and the inputs read from it: with them, input cells in
   * place are never rewritten and edits made since the read are kept. Without, existing sheets
   * are taken to be of unknown layout and rewritten whole.
   */
  previous?: WorkbookSpec | null;
  inputs?: StartReading;
  /** This build's id (its staging sheets carry it) and clock. */
  buildId?: string;
  now?: Date;
}

export interface RenderSummary {
  /** Names of the sheets written. */
  sheets: string[];
  /** Append-only sheet name → rows appended. */
  appended: Record<string, number>;
  /** Cells a co-author typed while the plan was rebuilt, put back where they belong (or archived). */
  keptEdits: number;
  /** The ids of the sheets this build created, once its last request is sent. */
  createdIds: () => Partial<Record<SheetKey, string>>;
}

/** One part of the commit: written in it, or staged before it and copied in. */
type Item =
  | { kind: 'rewrite'; sheet: SheetSpec; plan: InputPlan; bytes: number }
  | { kind: 'fresh'; sheet: SheetSpec; blocks: BlockSpec[]; bytes: number }
  | { kind: 'append'; sheet: SheetSpec; append: Append; bytes: number };

export async function renderSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: RenderOptions = {}): Promise<RenderSummary> {
  const trips = options.trips ?? new RoundTrips(context);
  const facts = options.facts ?? (await probeByName(trips, spec));
  const render = new Render(trips, spec, facts, options);
  const summary = await render.run();
  if (!options.trips) await trips.flush();
  return summary;
}

class Render {
  private readonly sheets: SheetSpec[];
  private readonly handles = new Map<SheetKey, Excel.Worksheet>();
  private readonly unprotected = new Set<SheetKey>();
  private readonly stager: Stager;
  private readonly guard: Guard;
  private readonly now: Date;
  private readonly created = new Map<SheetKey, Excel.Worksheet>();
  private readonly summary: RenderSummary = {
    sheets: [],
    appended: {},
    keptEdits: 0,
    createdIds: () => Object.fromEntries([...this.created].map(([key, ws]) => [key, ws.id])),
  };

  constructor(
    private readonly trips: RoundTrips,
    private readonly spec: WorkbookSpec,
    private readonly facts: WorkbookFacts,
    private readonly options: RenderOptions,
  ) {
    this.sheets = spec.sheets.filter((s) => !options.only || options.only.includes(s.key));
    this.now = options.now ?? new Date();
    const id = options.buildId ?? newBuildId(this.now);
    this.stager = new Stager(trips, id);
    this.guard = new Guard(trips, id);
  }

  private exists = (sheet: SheetSpec) => this.facts.existing[sheet.key] !== undefined;
  private previousOf = (sheet: SheetSpec) => this.options.previous?.sheets.find((s) => s.key === sheet.key);
  private handle = (key: SheetKey) => () => this.handles.get(key)!;

  async run(): Promise<RenderSummary> {
    const { only } = this.options;
    // Sheets of earlier builds, by their current names (renamed in the commit).
    for (const sheet of this.sheets) {
      const current = this.facts.existing[sheet.key];
      if (current !== undefined) this.handles.set(sheet.key, this.trips.context.workbook.worksheets.getItem(current));
    }
    const items = this.commitItems();
    for (const sheet of this.sheets.filter((s) => this.exists(s) && s.appendOnly && !items.some((i) => i.sheet === s)))
      this.summary.appended[sheet.name] = 0;
    const staged = this.planStaging(items);

    // 1. Before the commit: sheets left by builds cut off long ago go; what is too large for
    //    the commit is written aside.
    if (!only) await this.removeStale();
    for (const item of staged) await this.stage(item);

    // 2. The commit, one request.
    //    Its order makes a failure part-way safe (recovery.ts): first the copy of every input
    //    cell it overwrites, sealed; then the inputs; the logs; the renames; the saved plan last.
    await this.trips.beginCommit('The change to the plan');
    for (const item of items) {
      if (item.kind === 'rewrite' && item.plan.kind === 'moving')
        await this.guard.snapshot(this.previousOf(item.sheet)!, this.handle(item.sheet.key));
    }
    await this.guard.seal();
    for (const item of items.filter((i) => i.kind !== 'append')) await this.commitItem(item, staged.includes(item));
    for (const item of items.filter((i) => i.kind === 'append')) await this.commitItem(item, staged.includes(item));
    if (!only) {
      for (const sheet of this.sheets.filter((s) => this.exists(s) && this.facts.existing[s.key] !== s.name)) {
        await this.trips.queue(SMALL, () => (this.handle(sheet.key)().name = sheet.name));
      }
      await this.options.commit?.();
    }
    this.trips.endCommit();

    // 3. After it: edits made meanwhile put back, then everything without inputs.
    if (this.guard.active) await this.keepEdits();
    await this.stager.discard();
    await this.writeRest(items);
    return this.summary;
  }

  /** What the commit holds: input sheets whose input cells change, and rows added to logs. */
  private commitItems(): Item[] {
    const items: Item[] = [];
    for (const sheet of this.sheets.filter(this.exists)) {
      if (sheet.appendOnly) {
        const append = placeAppend(sheet, this.facts.lastRows[sheet.key] ?? 0);
        if (append) items.push({ kind: 'append', sheet, append, bytes: appendBytes(append) });
        continue;
      }
      if (this.options.only || !sheet.blocks.some((b) => b.inputKeys)) continue;
      const plan = planInputs(this.previousOf(sheet), sheet);
      if (plan.kind === 'inPlace') {
        const blocks = plan.fresh.flatMap(({ block, rects }) => rects.map((r) => subBlock(block, r)));
        if (blocks.length > 0) items.push({ kind: 'fresh', sheet, blocks, bytes: blocksBytes(blocks) });
      } else {
        items.push({ kind: 'rewrite', sheet, plan, bytes: writeBytes(sheet) });
      }
    }
    return items;
  }

  /** The largest parts are staged until the rest, with the saved plan, fit comfortably in one request. */
  private planStaging(items: Item[]): Item[] {
    let total = COMMIT_OVERHEAD + (this.options.commitBytes ?? 0) + items.reduce((n, i) => n + i.bytes, 0);
    const staged: Item[] = [];
    for (const item of [...items].sort((a, b) => b.bytes - a.bytes)) {
      if (total <= this.trips.budget * 0.75) break;
      staged.push(item);
      total -= item.bytes - STAGED_COPY_BYTES;
    }
    return staged;
  }

  private async removeStale(): Promise<void> {
    const own = this.options.buildId ?? '';
    for (const name of staleBuildSheets(this.facts.sheetNames, this.now, own)) {
      // A check sheet holds cells typed during a build that was cut off: shown, never deleted.
      await this.trips.queue(SMALL, () => {
        const sheet = this.trips.context.workbook.worksheets.getItem(name);
        if (/ check /.test(name)) sheet.visibility = 'Visible';
        else sheet.delete();
      });
    }
  }

  private async stage(item: Item): Promise<void> {
    if (item.kind === 'append') await this.stager.stage(item.sheet.key, item.append.blocks);
    else if (item.kind === 'fresh')
      await this.stager.stage(
        item.sheet.key,
        item.blocks.map((block) => ({ block })),
      );
    else
      await this.stager.stage(
        item.sheet.key,
        nonEmpty(item.sheet.blocks).map((block) => ({ block })),
      );
  }

  private async commitItem(item: Item, staged: boolean): Promise<void> {
    const { sheet } = item;
    const ws = this.handle(sheet.key);
    await this.unprotect(sheet);
    if (item.kind === 'append') {
      await queueAppend(this.trips, item.append, ws, staged ? this.stager : undefined);
      this.summary.appended[sheet.name] = item.append.count;
      return;
    }
    if (item.kind === 'rewrite') await this.clear(sheet, this.footprint(sheet));
    const blocks = item.kind === 'fresh' ? item.blocks : nonEmpty(sheet.blocks);
    if (staged) await this.stager.copyInto(sheet.key, ws, stagedRects(blocks.map((block) => ({ block }))));
    else for (const block of blocks) await writeBlock(this.trips, ws, block, block.at.row);
  }

  /** Puts back what co-authors typed into rewritten input cells between the read and the commit. */
  private async keepEdits(): Promise<void> {
    const edits = await this.guard.edits(this.options.inputs ?? { values: {} });
    if (edits.size === 0) return;
    const homeless = await putBack(this.trips, this.spec, edits, (key) => this.handles.get(key)!);
    this.summary.keptEdits = edits.size;
    this.homeless = homeless;
  }

  private homeless: Edits = new Map();

  /** Step 3: new sheets, names, every sheet's content outside the commit, settings, order, protection. */
  private async writeRest(items: Item[]): Promise<void> {
    const { only } = this.options;
    const worksheets = this.trips.context.workbook.worksheets;
    const created = this.sheets.filter((s) => !this.exists(s));
    for (const sheet of created) {
      await this.trips.queue(SMALL, () => {
        const ws = worksheets.add(sheet.name);
        ws.load('id'); // for the saved plan: the sheet is known by its id from now on
        this.handles.set(sheet.key, ws);
        this.created.set(sheet.key, ws);
      });
    }
    if (!only) await this.writeNames();
    for (const sheet of this.sheets) {
      const ws = this.handle(sheet.key);
      const item = items.find((i) => i.sheet === sheet);
      if (!this.exists(sheet)) {
        for (const block of nonEmpty(sheet.blocks)) await writeBlock(this.trips, ws, block, block.at.row);
        if (sheet.appendOnly) this.summary.appended[sheet.name] = dataRows(sheet);
        await this.settings(sheet, false);
        continue;
      }
      if (sheet.appendOnly) continue;
      await this.unprotect(sheet);
      if (item?.kind !== 'rewrite') {
        const inputs = nonEmpty(sheet.blocks).filter((b) => b.inputKeys);
        await this.clear(sheet, this.footprint(sheet, false));
        for (const block of nonEmpty(sheet.blocks).filter((b) => !b.inputKeys)) await writeBlock(this.trips, ws, block, block.at.row);
        for (const block of inputs) await this.refreshLook(sheet, block, ws);
      }
      await this.settings(sheet, true);
    }
    if (this.homeless.size > 0) await this.archiveHomeless();
    this.summary.sheets.push(...this.sheets.map((s) => s.name));
    if (!only) {
      for (const [index, sheet] of this.sheets.entries()) await this.trips.queue(SMALL, () => (this.handle(sheet.key)().position = index));
    }
    // Every sheet is unprotected by now (or never was): protect the ones the spec protects.
    for (const sheet of this.sheets.filter((s) => s.protected)) {
      await this.unprotect(sheet);
      await this.trips.queue(SMALL, () => this.handle(sheet.key)().protection.protect(OFFICE_PROTECTION));
    }
  }

  /** The cells of the earlier build to clear: its blocks (only those without inputs, unless `inputs`); all cells when unknown. */
  private footprint(sheet: SheetSpec, inputs = true): CellRect[] | 'all' {
    const previous = this.previousOf(sheet);
    if (!previous) return 'all';
    return nonEmpty(previous.blocks)
      .filter((b) => inputs || !b.inputKeys)
      .map(blockRect);
  }

  private async clear(sheet: SheetSpec, footprint: CellRect[] | 'all'): Promise<void> {
    const ws = this.handle(sheet.key);
    // Contents and formats, not 'All': a note someone typed on the sheet stays.
    if (footprint === 'all') {
      await this.trips.queue(SMALL, () => {
        const all = ws().getRange();
        all.clear('Contents');
        all.clear('Formats');
      });
      return;
    }
    for (const area of footprint) {
      await this.trips.queue(SMALL, () => {
        const range = ws().getRange(rectAddress(area));
        range.clear('Contents');
        range.clear('Formats');
      });
    }
  }

  /** An input block left in place: its look again, and its number formats only if they changed (no value is written). */
  private async refreshLook(sheet: SheetSpec, block: BlockSpec, ws: () => Excel.Worksheet): Promise<void> {
    const before = this.previousOf(sheet)?.blocks.find((b) => b.inputKeys && b.at.row === block.at.row && b.at.column === block.at.column);
    const formatsChanged = !before || JSON.stringify(before.numberFormat) !== JSON.stringify(block.numberFormat);
    await writeBlock(this.trips, ws, block, block.at.row, { values: false, formats: formatsChanged });
  }

  /** Unprotects an earlier build's sheet once, unless the probe found it unprotected. */
  private async unprotect(sheet: SheetSpec): Promise<void> {
    if (this.unprotected.has(sheet.key) || !this.exists(sheet)) return;
    this.unprotected.add(sheet.key);
    if (this.facts.unprotectedSheets.has(this.facts.existing[sheet.key]!.toLowerCase())) return;
    await this.trips.queue(SMALL, () => this.handle(sheet.key)().protection.unprotect());
  }

  /** Rules, validation, widths, freeze panes, tab colour, row heights, page setup; an existing sheet's earlier ones cleared first. */
  private async settings(sheet: SheetSpec, existing: boolean): Promise<void> {
    const ws = this.handle(sheet.key);
    if (existing) {
      await this.trips.queue(SMALL, () => {
        const all = ws().getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.columnHidden = false;
        ws().freezePanes.unfreeze();
      });
    }
    await sheetSettings(this.trips, sheet, ws);
  }

  private async writeNames(): Promise<void> {
    const names = this.trips.context.workbook.names;
    for (const name of this.spec.names) {
      await this.trips.queue(SMALL + name.ref.length, () => {
        if (this.facts.names.has(name.name.toLowerCase())) names.getItem(name.name).formula = `=${name.ref}`;
        else names.add(name.name, `=${name.ref}`, name.comment);
      });
    }
  }

  /** Edits whose key has no place any more (their rep or period left during the build): to the Archive. */
  private async archiveHomeless(): Promise<void> {
    const archive = this.sheets.find((s) => s.key === 'archive');
    if (!archive) return;
    await this.unprotect(archive);
    // Below what is there: the rows read and those this build appended, or the new sheet's blocks.
    const lastRow = this.exists(archive)
      ? (this.facts.lastRows.archive ?? 0) + (this.summary.appended[archive.name] ?? 0)
      : Math.max(0, ...nonEmpty(archive.blocks).map((b) => blockRect(b).bottom));
    await archiveEdits(this.trips, this.homeless, Math.floor(localSerial(this.now)), lastRow, this.handle('archive'));
  }
}

const nonEmpty = (blocks: BlockSpec[]) => blocks.filter((b) => b.cells.length > 0 && b.cells[0].length > 0);

/** Standalone use: sheets with the spec's names are taken to be the plan's own. */
async function probeByName(trips: RoundTrips, spec: WorkbookSpec): Promise<WorkbookFacts> {
  const names = trips.context.workbook.worksheets.load('items/name');
  await trips.sync();
  const present = new Map(names.items.map((s) => [s.name.toLowerCase(), s.name]));
  const existing: WorkbookFacts['existing'] = {};
  for (const sheet of spec.sheets) {
    const found = present.get(sheet.name.toLowerCase());
    if (found) existing[sheet.key] = found;
  }
  const ours = spec.sheets
    .filter((s) => existing[s.key])
    .map((s) => ({ key: s.key, name: existing[s.key]!, appendOnly: s.appendOnly === true }));
  const probe = queueProbe(trips.context, ours);
  await trips.sync();
  return { ...probe.facts(), existing };
}

function dataRows(sheet: SheetSpec): number {
  return sheet.blocks.filter((b) => isDataBlock(b.role)).reduce((n, b) => n + b.cells.length, 0);
}

/** Bytes of the small operations a commit adds (inserts, clears, renames, looks). */
const COMMIT_OVERHEAD = 64_000;
/** What copying one staged part into place adds to the commit. */
const STAGED_COPY_BYTES = 4_000;

const blocksBytes = (blocks: BlockSpec[]) => blocks.reduce((n, b) => n + 2 * jsonSize(b.cells) + 8_000, 0);

/** What rewriting a sheet sends, generously: its cells' JSON twice (values, formats) and a look per block. */
function writeBytes(sheet: SheetSpec): number {
  return blocksBytes(sheet.blocks) + 4_000 * (sheet.validations.length + sheet.conditionalFormats.length + 4);
}

async function sheetSettings(trips: RoundTrips, sheet: SheetSpec, ws: () => Excel.Worksheet): Promise<void> {
  for (const column of sheet.columns) {
    await trips.queue(SMALL, () => {
      const range = ws().getRange(columnsAddress(column.column, column.through));
      range.format.columnWidth = columnWidthPoints(column.width);
      if (column.hidden) range.columnHidden = true;
    });
  }
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await trips.queue(SMALL, () => {
      const panes = ws().freezePanes;
      if (freeze.columns === 0) panes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
      else panes.freezeAt(rectAddress(rect(1, 1, freeze.columns, freeze.rows)));
    });
  }
  if (sheet.tabColor) await trips.queue(SMALL, () => (ws().tabColor = sheet.tabColor!));
  if (sheet.rowHeights) await trips.queue(SMALL, () => applyRowHeights(ws(), sheet.rowHeights!));
  if (sheet.print) await trips.queue(SMALL, () => applyPrint(ws(), sheet.print!));
  for (const validation of sheet.validations) await trips.queue(SMALL + validation.message.length, () => addValidation(ws(), validation));
  for (const format of sheet.conditionalFormats)
    await trips.queue(SMALL + rectAddress(format.range).length * 2, () => addConditionalFormat(ws(), format));
}
