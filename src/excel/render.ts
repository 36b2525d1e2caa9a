/**
 * **renderSpec**: applies a WorkbookSpec to the open workbook through Office.js.
 *
 * - Sheets are created when missing and put in the spec's order; a sheet of an earlier build
 *   is found by key (renamed if the language changed).
 * - Ordinary sheets are rewritten: unprotected, cleared (contents, formats, rules), written.
 * - **Append-only sheets** (Review, Change log, Archive) that exist keep every row they have:
 *   only their *data rows* are written, below the last used row. Data rows are the blocks of
 *   role `value`; the other blocks (title, note, header) are the sheet's frame, written when
 *   the sheet is created (buildPlan's logs.ts puts the frame above the data, as spec.ts says).
 * - Values, formulas and number formats exactly as the spec says (text stays text: cells.ts),
 *   role looks (styles.ts), column widths, row heights and page setup (print.ts), freeze panes,
 *   tab colours, validation and conditional formats (rules.ts), defined names (updated when
 *   they exist), and protection without a password (unprotect before writing, protect after).
 * - Everything is packed into few requests under the 5 MB limit (round-trips.ts), with one
 *   commit request that holds the input sheets' new content, the rows added to the logs and
 *   the saved plan, so that a build cut off half-way loses no input and no Change-log entry
 *   (see writeSheets).
 */
import { columnsAddress, rect, rectAddress } from '../workbook/a1';
import { MAX_SHEET_NAME } from '../workbook/excel-limits';
import { PROTECTION } from '../workbook/look';
import type { SheetKey, SheetSpec, WorkbookSpec } from '../workbook/spec';
import { writeBlock } from './blocks';
import { applyPrint, applyRowHeights } from './print';
import { queueProbe, type WorkbookFacts } from './probe';
import { RoundTrips, jsonSize } from './round-trips';
import { addConditionalFormat, addValidation } from './rules';
import { columnWidthPoints } from './styles';

/** The protection of src/workbook/look.ts as Office.js options (selecting any cell is Office's default). */
const OFFICE_PROTECTION: Excel.WorksheetProtectionOptions = {
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
  /**
   * The caller's round trips: what renderSpec queues is left for the caller to flush with its
   * own last operations. Without it, renderSpec syncs at the end itself.
   */
  trips?: RoundTrips;
  /**
   * Queues the caller's part of the commit (the saved plan): it goes in the one request that
   * rewrites or swaps in the input sheets, so that the saved plan always describes the input cells.
   */
  commit?: () => Promise<void>;
  /** About how many bytes `commit` queues, so that the commit request is planned to fit. */
  commitBytes?: number;
}

export interface RenderSummary {
  /** Names of the sheets written. */
  sheets: string[];
  /** Append-only sheet name → rows appended. */
  appended: Record<string, number>;
}

/** Rows of data an append-only sheet's spec brings (its `value` blocks). */
export const isDataBlock = (role: string) => role === 'value';

export async function renderSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: RenderOptions = {}): Promise<RenderSummary> {
  const trips = options.trips ?? new RoundTrips(context);
  const facts = options.facts ?? (await probeByName(trips, spec));
  const sheets = spec.sheets.filter((s) => !options.only || options.only.includes(s.key));
  const handles = new Map<SheetKey, Excel.Worksheet>();
  const summary: RenderSummary = { sheets: [], appended: {} };

  try {
    await writeSheets(trips, spec, sheets, facts, handles, summary, options);
  } catch (error) {
    // With the caller's round trips, the caller flushes last and so recovers itself.
    if (!options.trips) await protectAfterFailure(context, spec, options.only);
    throw error;
  }
  return summary;
}

async function writeSheets(
  trips: RoundTrips,
  spec: WorkbookSpec,
  sheets: SheetSpec[],
  facts: WorkbookFacts,
  handles: Map<SheetKey, Excel.Worksheet>,
  summary: RenderSummary,
  options: RenderOptions,
): Promise<void> {
  const handle = (key: SheetKey) => () => handles.get(key)!;
  const writeWhole = async (sheet: SheetSpec) => {
    for (const block of sheet.blocks) await writeBlock(trips, handle(sheet.key), block, block.at.row);
    await sheetSettings(trips, sheet, handle(sheet.key));
  };
  const rewritesInputs = (s: SheetSpec) => !options.only && facts.existing[s.key] !== undefined && !s.appendOnly && hasInputs(s);
  // The rows a build adds to an existing log (a Change-log entry, archived inputs) record its
  // decision: they go in the commit with the saved plan, unless too large to fit beside it.
  const appendsInCommit = (s: SheetSpec) =>
    !options.only && s.appendOnly === true && facts.existing[s.key] !== undefined && appendBytes(s) <= APPEND_IN_COMMIT;
  const appended = sheets.filter(appendsInCommit);
  const commitBytes = (options.commitBytes ?? 0) + appended.reduce((n, s) => n + appendBytes(s), 0);
  const { staged, inPlace } = planCommit(sheets.filter(rewritesInputs), commitBytes, trips.budget);

  // 1. Input sheets too large to rewrite within the commit request are written aside first
  //    (after removing what a failed build may have left aside: it was never committed).
  const leftovers = spec.sheets.map(stagingName).filter((name) => facts.sheetNames.some((n) => n.toLowerCase() === name.toLowerCase()));
  if (!options.only) for (const name of leftovers) await trips.queue(SMALL, () => trips.context.workbook.worksheets.getItem(name).delete());
  for (const sheet of staged) {
    await stageSheet(trips, sheet, handles);
    await writeWhole(sheet);
  }
  // 2. The commit, one request: staged sheets swapped in, the other input sheets cleared and
  //    rewritten, the rows added to the logs, and the caller's saved plan. A connection lost
  //    before it changes no input and logs nothing; after it, the saved plan describes every
  //    input cell and the logs hold its decision.
  if (!options.only) {
    await trips.reserve(COMMIT_OVERHEAD + commitBytes + inPlace.reduce((n, s) => n + writeBytes(s), 0));
    for (const sheet of staged) await trips.queue(SMALL, () => swapIn(trips.context, facts.existing[sheet.key]!, sheet, handles));
    for (const sheet of inPlace) {
      await prepareSheet(trips, sheet, facts.existing[sheet.key], handles);
      await writeWhole(sheet);
    }
    for (const sheet of appended) {
      await prepareSheet(trips, sheet, facts.existing[sheet.key], handles);
      summary.appended[sheet.name] = await appendData(trips, sheet, facts.lastRows[sheet.key] ?? 0, handle(sheet.key));
    }
    await options.commit?.();
  }
  // 3. Everything else (no inputs there: a failure from here on loses nothing a refresh cannot write again).
  for (const sheet of sheets.filter((s) => !staged.includes(s) && !inPlace.includes(s) && !appended.includes(s))) {
    await prepareSheet(trips, sheet, facts.existing[sheet.key], handles);
    if (sheet.appendOnly && facts.existing[sheet.key] !== undefined) {
      summary.appended[sheet.name] = await appendData(trips, sheet, facts.lastRows[sheet.key] ?? 0, handle(sheet.key));
    } else {
      await writeWhole(sheet);
      if (sheet.appendOnly) summary.appended[sheet.name] = dataRows(sheet);
    }
  }
  summary.sheets.push(...sheets.map((s) => s.name));
  if (!options.only) {
    for (const [index, sheet] of sheets.entries()) await trips.queue(SMALL, () => (handles.get(sheet.key)!.position = index));
    await writeNames(trips, spec, facts.names);
  }
  for (const sheet of sheets) {
    if (sheet.protected) await trips.queue(SMALL, () => handles.get(sheet.key)!.protection.protect(OFFICE_PROTECTION));
  }
  if (!options.trips) await trips.flush();
}

/**
 * A build that fails half-way (a lost connection, a request Excel refuses) must not leave
 * the reps' sheets open to accidental edits: every sheet the spec protects is protected
 * again, one request each, so that a sheet that was never unprotected (protecting twice
 * fails) or never created does not stop the others. What was written stays; a refresh
 * rewrites it.
 */
export async function protectAfterFailure(context: Excel.RequestContext, spec: WorkbookSpec, only?: SheetKey[]): Promise<void> {
  for (const sheet of spec.sheets) {
    if (!sheet.protected || (only && !only.includes(sheet.key))) continue;
    try {
      // By the spec's name: a sheet renamed before the failure has it; one not yet renamed or
      // created is simply not found.
      context.workbook.worksheets.getItem(sheet.name).protection.protect(OFFICE_PROTECTION);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per sheet, on purpose (above)
      await context.sync();
    } catch {
      // already protected, or not there: nothing to do for this sheet
    }
  }
}

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
  const appendOnly = spec.sheets.filter((s) => s.appendOnly && existing[s.key]).map((s) => ({ key: s.key, name: existing[s.key]! }));
  const probe = queueProbe(trips.context, appendOnly);
  await trips.sync();
  return { ...probe.facts(), existing };
}

async function prepareSheet(trips: RoundTrips, sheet: SheetSpec, current: string | undefined, handles: Map<SheetKey, Excel.Worksheet>) {
  const worksheets = trips.context.workbook.worksheets;
  await trips.queue(SMALL, () => {
    if (current === undefined) {
      handles.set(sheet.key, worksheets.add(sheet.name));
      return;
    }
    const ws = worksheets.getItem(current);
    handles.set(sheet.key, ws);
    ws.protection.unprotect();
    if (current !== sheet.name) ws.name = sheet.name;
    if (!sheet.appendOnly) {
      const all = ws.getRange();
      all.clear('All');
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.columnHidden = false;
      ws.freezePanes.unfreeze();
    }
  });
}

const hasInputs = (sheet: SheetSpec) => sheet.blocks.some((b) => b.role === 'input');

/** Bytes of the small operations a commit adds (swaps, clears, looks, settings). */
const COMMIT_OVERHEAD = 64_000;

/**
 * Log rows up to this size are appended inside the commit. A Change-log entry is a few
 * hundred bytes; a large Archive (a whole team removed) is appended after the commit instead,
 * so that the commit still fits one request.
 */
const APPEND_IN_COMMIT = 256_000;

/** What appending a log sheet's data rows sends, generously (values and formats). */
function appendBytes(sheet: SheetSpec): number {
  return sheet.blocks.filter((b) => isDataBlock(b.role)).reduce((n, b) => n + 2 * jsonSize(b.cells) + SMALL, 0);
}

/**
 * What writing a sheet sends, generously: its cells' JSON twice (values, and number formats
 * as large again) and a look per block. Used only to decide what fits the commit request.
 */
function writeBytes(sheet: SheetSpec): number {
  return (
    sheet.blocks.reduce((n, b) => n + 2 * jsonSize(b.cells) + 8_000, 0) +
    4_000 * (sheet.validations.length + sheet.conditionalFormats.length + 4)
  );
}

/**
 * Which existing input sheets are rewritten inside the commit request and which are staged
 * (written aside on a hidden sheet, then swapped in): the largest are staged until the rest,
 * with the caller's saved plan, fit comfortably in one request.
 */
function planCommit(inputSheets: SheetSpec[], commitBytes: number, budget: number): { staged: SheetSpec[]; inPlace: SheetSpec[] } {
  const inPlace = [...inputSheets].sort((a, b) => writeBytes(a) - writeBytes(b));
  const staged: SheetSpec[] = [];
  const total = () => COMMIT_OVERHEAD + commitBytes + inPlace.reduce((n, s) => n + writeBytes(s), 0);
  while (inPlace.length > 0 && total() > budget * 0.75) staged.push(inPlace.pop()!);
  return { staged, inPlace };
}

/** A hidden sheet beside the old one, where the new content is written before the commit. */
async function stageSheet(trips: RoundTrips, sheet: SheetSpec, handles: Map<SheetKey, Excel.Worksheet>) {
  await trips.queue(SMALL, () => {
    const ws = trips.context.workbook.worksheets.add(stagingName(sheet));
    ws.visibility = 'Hidden';
    handles.set(sheet.key, ws);
  });
}

const stagingName = (sheet: SheetSpec) => `~building ${sheet.key}`.slice(0, MAX_SHEET_NAME);

/**
 * The commit of a staged sheet: the old one goes and the staged one takes its name. Formulas
 * on other sheets that pointed at the old one are rewritten after this (step 3), so they
 * point at the new one.
 */
function swapIn(context: Excel.RequestContext, current: string, sheet: SheetSpec, handles: Map<SheetKey, Excel.Worksheet>) {
  context.workbook.worksheets.getItem(current).delete();
  const ws = handles.get(sheet.key)!;
  ws.name = sheet.name;
  ws.visibility = 'Visible';
}

function dataRows(sheet: SheetSpec): number {
  return sheet.blocks.filter((b) => isDataBlock(b.role)).reduce((n, b) => n + b.cells.length, 0);
}

/** Writes the sheet's data blocks below `lastRow`, keeping their relative placement. */
async function appendData(trips: RoundTrips, sheet: SheetSpec, lastRow: number, ws: () => Excel.Worksheet): Promise<number> {
  const data = sheet.blocks.filter((b) => isDataBlock(b.role) && b.cells.length > 0);
  if (data.length === 0) return 0;
  const firstTop = Math.min(...data.map((b) => b.at.row));
  const shift = Math.max(0, lastRow + 1 - firstTop);
  for (const block of data) await writeBlock(trips, ws, block, block.at.row + shift);
  return dataRows(sheet);
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

/** Adds the spec's names, or points the existing ones at the spec's references. */
async function writeNames(trips: RoundTrips, spec: WorkbookSpec, existing: Set<string>): Promise<void> {
  const names = trips.context.workbook.names;
  for (const name of spec.names) {
    await trips.queue(SMALL + name.ref.length, () => {
      if (existing.has(name.name.toLowerCase())) names.getItem(name.name).formula = `=${name.ref}`;
      else names.add(name.name, `=${name.ref}`, name.comment);
    });
  }
}
