/**
 * **Model-based co-authoring test** (issue 9, item 2). fast-check runs random sequences of
 * what happens to a shared plan — builds, team and period changes, language switches,
 * refreshes, review snapshots, re-plans, a rep typing actuals, a user's own sheet and a
 * note — through the real operations of src/excel on the Excel double, while a second
 * person types between requests and one request of an operation fails in one of the ways
 * real Office.js requests fail (lost, answer lost, failed part-way).
 *
 * After every step it checks what a person sharing the workbook must be able to rely on:
 * 1. every value typed (by the user or the co-author) is in its place — where the plan now
 *    saved in the workbook puts its key — or in the Archive sheet; also when the operation
 *    it was typed during stopped with an error;
 * 2. Review and Change-log rows only grow: earlier rows are never changed or removed;
 * 3. a user's own sheet and a note typed on a plan sheet survive;
 * 4. an operation either succeeds or stops with a PlannerError, a DomainError (the plan's
 *    own rules, in the user's words) or the injected fault — nothing else.
 *
 * `FC_RUNS` sets the number of runs (default 12); `FC_SEED` replays a run; `FC_CHECK`
 * (e.g. `typed,logs`) checks only some of `typed`, `logs`, `userSheet`, `notes`, to see past
 * a known failure while the renderer is being fixed (all by default); `FC_FAULTS` (e.g.
 * `lost`, or `none`) limits the fault kinds injected (all three by default); `FC_COAUTHOR=off`
 * leaves the co-author out.
 */
import fc from 'fast-check';
import {
  buildPlanInWorkbook,
  PlannerError,
  refreshPlan,
  replanInWorkbook,
  stateFromXml,
  STATE_NAMESPACE,
  takeReviewSnapshot,
} from '../../src/excel';
import { previousSpec } from '../../src/excel/read-plan';
import type { PlanState } from '../../src/excel/state';
import { DomainError } from '../../src/core/errors';
import type { Locale } from '../../src/core/locale';
import { serialToIso, serialToYmd, ymdToSerial } from '../../src/core/dates';
import { parseCell } from '../../src/workbook/a1';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { ExcelDouble, type DocumentState, type FaultKind, type SheetState } from './double';
import { inputCells, type InputCell } from './support/inputs';
import { NOW } from './support/workbook';

const RUNS = Number(process.env.FC_RUNS ?? 12);
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const FAULT_KINDS = (process.env.FC_FAULTS ?? 'lost,answerLost,partial')
  .split(',')
  .filter((k): k is FaultKind => ['lost', 'answerLost', 'partial'].includes(k));
const NO_COAUTHOR = process.env.FC_COAUTHOR === 'off';
const CHECKS = new Set((process.env.FC_CHECK ?? 'typed,logs,userSheet,notes').split(','));
const JUN_30 = 46203;

// ---------------------------------------------------------------------------------------
// Commands

type TeamChange =
  | { change: 'addRep' }
  | { change: 'removeRep'; index: number }
  | { change: 'renameRep'; index: number }
  | { change: 'shiftStart' }
  | { change: 'toggleQuarters' }
  | { change: 'switchLanguage' };

/** Something a second person does while an operation is under way. */
interface Coauthor {
  /** Before which of the operation's syncs (1 = its first). */
  atSync: number;
  action: 'type' | 'note';
  /** Which actuals cell (modulo their number). */
  cell: number;
  value: number;
}

interface Fault {
  atSync: number;
  kind: FaultKind;
  applied: number;
}

type Operation = { op: 'build'; team: TeamChange } | { op: 'refresh' } | { op: 'snapshot'; day: number } | { op: 'replan'; factor: number };

type Command =
  | ({ kind: 'operation'; coauthor: Coauthor | null; fault: Fault | null } & Operation)
  | { kind: 'userTypes'; cell: number; value: number }
  | { kind: 'userSheet' }
  | { kind: 'userNote'; cell: number };

const teamChange: fc.Arbitrary<TeamChange> = fc.oneof(
  fc.constant({ change: 'addRep' as const }),
  fc.record({ change: fc.constant('removeRep' as const), index: fc.nat(9) }),
  fc.record({ change: fc.constant('renameRep' as const), index: fc.nat(9) }),
  fc.constant({ change: 'shiftStart' as const }),
  fc.constant({ change: 'toggleQuarters' as const }),
  fc.constant({ change: 'switchLanguage' as const }),
);

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('build' as const), team: teamChange }),
  fc.constant({ op: 'refresh' as const }),
  fc.record({ op: fc.constant('snapshot' as const), day: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ op: fc.constant('replan' as const), factor: fc.integer({ min: 60, max: 140 }) }),
);

const value = fc.integer({ min: 1, max: 99_999 });

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        operation,
        NO_COAUTHOR
          ? fc.constant(null)
          : fc.option(
              fc.record({
                atSync: fc.integer({ min: 1, max: 6 }),
                action: fc.constantFrom('type' as const, 'note' as const),
                cell: fc.nat(200),
                value,
              }),
              { freq: 2 },
            ),
        FAULT_KINDS.length === 0
          ? fc.constant(null)
          : fc.option(
              fc.record({
                atSync: fc.integer({ min: 1, max: 6 }),
                kind: fc.constantFrom<FaultKind>(...FAULT_KINDS),
                applied: fc.nat(40),
              }),
              { freq: 2 },
            ),
      )
      .map(([o, coauthor, fault]) => ({ kind: 'operation' as const, coauthor, fault, ...o })),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('userTypes' as const), cell: fc.nat(200), value }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'userSheet' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('userNote' as const), cell: fc.nat(200) }) },
);

const start = fc.record({
  reps: fc.integer({ min: 2, max: 5 }),
  locale: fc.constantFrom<Locale>('en-US', 'zh-CN'),
  quarters: fc.boolean(),
  /** As of the day before the plan starts: no period has started, so the periods may change. */
  early: fc.boolean(),
});

function describeCommand(c: Command): string {
  switch (c.kind) {
    case 'userTypes':
      return `user types ${c.value} into actuals cell #${c.cell}`;
    case 'userSheet':
      return 'user adds a sheet of their own';
    case 'userNote':
      return `user puts a note on actuals cell #${c.cell}`;
    case 'operation': {
      const what =
        c.op === 'build'
          ? `build (${Object.entries(c.team)
              .map(([k, v]) => (k === 'change' ? v : `${k} ${v}`))
              .join(' ')})`
          : c.op === 'snapshot'
            ? `snapshot (day +${c.day})`
            : c.op === 'replan'
              ? `re-plan to ${c.factor}% of the target`
              : 'refresh';
      const co = c.coauthor
        ? `; co-author ${c.coauthor.action === 'type' ? `types ${c.coauthor.value} into` : 'notes'} actuals cell #${c.coauthor.cell} before sync ${c.coauthor.atSync}`
        : '';
      const fault = c.fault
        ? `; sync ${c.fault.atSync} ${c.fault.kind}${c.fault.kind === 'partial' ? ` after ${c.fault.applied} operations` : ''}`
        : '';
      return `${what}${co}${fault}`;
    }
  }
}

// ---------------------------------------------------------------------------------------
// Reading the workbook as a person (and the checks) would

function savedState(doc: DocumentState): PlanState | null {
  const parts = doc.parts.filter((p) => p.namespaceUri === STATE_NAMESPACE);
  if (parts.length === 0) return null;
  // Of several saved plans (a half-finished save), the newest counts, as readPlan decides.
  const states = parts.map((p) => stateFromXml(p.xml)).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  return states[states.length - 1];
}

function savedSpec(doc: DocumentState): WorkbookSpec | null {
  const state = savedState(doc);
  return state ? previousSpec(state) : null;
}

function actualsCells(doc: DocumentState): InputCell[] {
  const spec = savedSpec(doc);
  return spec ? inputCells(spec, 'actuals') : [];
}

function sheetOf(doc: DocumentState, name: string): SheetState | undefined {
  return doc.findSheet(name);
}

function valueAt(doc: DocumentState, cell: InputCell): unknown {
  const sheet = sheetOf(doc, cell.sheet);
  if (!sheet) return undefined;
  const { row, column } = parseCell(cell.address);
  return sheet.cellAt(row, column)?.value ?? null;
}

/** Data rows of an append-only sheet (from row 5 while column A has something). */
function logRows(doc: DocumentState, key: 'review' | 'changeLog' | 'archive'): unknown[][] {
  const spec = savedSpec(doc);
  const name = spec?.sheets.find((s) => s.key === key)?.name;
  const sheet = name ? sheetOf(doc, name) : undefined;
  if (!sheet) return [];
  const width = Math.max(1, ...spec!.sheets.find((s) => s.key === key)!.columns.map((c) => c.column));
  const rows: unknown[][] = [];
  for (let r = 5; sheet.cellAt(r, 1)?.value != null; r++) {
    rows.push(Array.from({ length: width }, (_, c) => sheet.cellAt(r, c + 1)?.value ?? null));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// The model

interface Typed {
  key: string;
  value: number;
  by: 'user' | 'co-author';
  step: number;
}

interface Note {
  sheetId: string;
  text: string;
}

class World {
  readonly excel = new ExcelDouble();
  setup: PlanSetup;
  reps: Rep[];
  locale: Locale;
  /** The latest value typed per input key. */
  readonly typed = new Map<string, Typed>();
  readonly notes: Note[] = [];
  userSheet: { id: string; value: string } | null = null;
  private nextRep = 9000;
  private readonly monthly: number[];
  private now = NOW.getTime();
  step = 0;

  constructor(reps: number, locale: Locale, quarters: boolean, early: boolean) {
    const sample = sampleInputs({ reps, locale });
    this.monthly = sample.setup.seasonality;
    const setup = early ? { ...sample.setup, asOf: sample.setup.periodStart - 1 } : sample.setup;
    this.setup = quarters ? this.periods(setup, 'quarter') : setup;
    this.reps = sample.reps;
    this.locale = locale;
  }

  options() {
    this.now += 60_000; // each operation a minute later: saved plans are ordered by time
    const at = new Date(this.now);
    return { run: this.excel.run, now: () => at };
  }

  /** Months or quarters, with the seasonality weights summed per quarter (as the pane's form does). */
  private periods(setup: PlanSetup, granularity: PlanSetup['granularity']): PlanSetup {
    if (granularity === 'month') return { ...setup, granularity, periodCount: 12, seasonality: [...this.monthly] };
    const seasonality = [0, 3, 6, 9].map((m) => this.monthly.slice(m, m + 3).reduce((a, b) => a + b, 0));
    return { ...setup, granularity, periodCount: 4, seasonality };
  }

  /** What the manager asks for: the next setup, team and language. */
  applyTeamChange(change: TeamChange): void {
    switch (change.change) {
      case 'addRep': {
        const id = `R${this.nextRep++}`;
        this.reps = [...this.reps, { ...this.reps[0], id, name: `New ${id}` }];
        break;
      }
      case 'removeRep':
        if (this.reps.length > 1) this.reps = this.reps.filter((_, i) => i !== change.index % this.reps.length);
        break;
      case 'renameRep': {
        const i = change.index % this.reps.length;
        this.reps = this.reps.map((r, j) => (j === i ? { ...r, id: `R${this.nextRep++}` } : r));
        break;
      }
      case 'shiftStart': {
        const { year, month } = serialToYmd(this.setup.periodStart);
        this.setup = { ...this.setup, periodStart: ymdToSerial(year, month + 1, 1) };
        break;
      }
      case 'toggleQuarters':
        this.setup = this.periods(this.setup, this.setup.granularity === 'month' ? 'quarter' : 'month');
        break;
      case 'switchLanguage':
        this.locale = this.locale === 'en-US' ? 'zh-CN' : 'en-US';
        break;
    }
  }

  /** Types into actuals cell `index` (modulo) where the saved plan puts it; false when it cannot. */
  typeInto(index: number, value: number, by: Typed['by']): boolean {
    const cells = actualsCells(this.excel.document);
    if (cells.length === 0) return false;
    const cell = cells[index % cells.length];
    const sheet = sheetOf(this.excel.document, cell.sheet);
    const { row, column } = parseCell(cell.address);
    if (!sheet || !sheet.canType(row, column)) return false;
    sheet.typeAsCoauthor(row, column, value);
    this.typed.set(cell.key, { key: cell.key, value, by, step: this.step });
    return true;
  }

  noteOn(index: number, text: string): boolean {
    const cells = actualsCells(this.excel.document);
    if (cells.length === 0) return false;
    const cell = cells[index % cells.length];
    const sheet = sheetOf(this.excel.document, cell.sheet);
    if (!sheet) return false;
    const { row, column } = parseCell(cell.address);
    sheet.setNote(row, column, text);
    this.notes.push({ sheetId: sheet.id, text });
    return true;
  }
}

type Outcome = 'done' | string;

async function runOperation(world: World, c: Extract<Command, { kind: 'operation' }>): Promise<Outcome> {
  const { excel } = world;
  const first = excel.syncs.length + 1;
  excel.faults.syncs = c.fault ? [{ syncNumber: first + c.fault.atSync - 1, kind: c.fault.kind, applied: c.fault.applied }] : [];
  const co = c.coauthor;
  excel.coauthor = co
    ? (_doc, syncNumber) => {
        if (syncNumber !== first + co.atSync - 1) return;
        if (co.action === 'type') world.typeInto(co.cell, co.value, 'co-author');
        else world.noteOn(co.cell, `co-author note ${world.step}`);
      }
    : null;
  const options = world.options();
  try {
    if (c.op === 'build') {
      world.applyTeamChange(c.team);
      await buildPlanInWorkbook(world.setup, world.reps, world.locale, { ...options, author: { who: 'Ann', why: `step ${world.step}` } });
    } else if (c.op === 'refresh') {
      await refreshPlan(options);
    } else if (c.op === 'snapshot') {
      await takeReviewSnapshot(JUN_30 + c.day, options);
    } else {
      const saved = savedState(excel.document);
      const target = Math.round(((saved?.setup.target ?? world.setup.target) * c.factor) / 100);
      await replanInWorkbook({ newTarget: target, at: JUN_30 + 0.5 + world.step, who: 'Bo', why: `step ${world.step}` }, options);
    }
    return 'done';
  } catch (error) {
    const injected = excel.syncs.some((s, i) => i + 1 >= first && s.fault !== undefined);
    if (error instanceof PlannerError) return `stopped: ${error.code}`;
    // The plan's own rules (core's DomainError, with the user's words), e.g. no period change once one started.
    if (error instanceof DomainError) return `refused: ${error.message}`;
    if (injected && (error as { code?: string }).code === 'GeneralException') return 'fault';
    throw new Error(
      `the operation failed with something other than a readable stop or the injected fault: ${String((error as Error)?.stack ?? error)}`,
    );
  } finally {
    excel.faults.syncs = [];
    excel.faults.failSyncNumber = null;
    excel.coauthor = null;
  }
}

/** The invariants; returns what is wrong, in words (empty when all hold). */
function violations(world: World, before: { review: unknown[][]; changeLog: unknown[][] }): string[] {
  const doc = world.excel.document;
  const problems: string[] = [];
  const spec = savedSpec(doc);
  const places = new Map((spec ? inputCells(spec) : []).map((cell) => [cell.key, cell]));
  const archive = logRows(doc, 'archive');
  for (const t of CHECKS.has('typed') ? world.typed.values() : []) {
    const cell = places.get(t.key);
    const here = cell ? valueAt(doc, cell) : undefined;
    if (here === t.value) continue;
    const [, rowKey, columnKey] = t.key.split('!');
    if (archive.some((row) => row[2] === rowKey && row[3] === columnKey && row[4] === t.value)) continue;
    problems.push(
      `${t.by}'s ${t.value} for ${t.key} (typed at step ${t.step}) is lost: ${cell ? `${cell.sheet}!${cell.address} holds ${JSON.stringify(here)}` : 'the saved plan has no place for it'} and the Archive does not have it`,
    );
  }
  for (const key of CHECKS.has('logs') ? (['review', 'changeLog'] as const) : []) {
    const now = logRows(doc, key);
    const earlier = before[key];
    const changed = earlier.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(now[i]));
    if (changed >= 0)
      problems.push(`${key} row ${changed + 1} was ${JSON.stringify(earlier[changed])}, now ${JSON.stringify(now[changed] ?? 'gone')}`);
  }
  if (world.userSheet && CHECKS.has('userSheet')) {
    const sheet = doc.sheets.find((s) => s.id === world.userSheet!.id);
    if (!sheet) problems.push('the user’s own sheet is gone');
    else if (sheet.cellAt(1, 1)?.value !== world.userSheet.value)
      problems.push(`the user’s own sheet lost its A1 (${JSON.stringify(sheet.cellAt(1, 1)?.value)})`);
  }
  for (const note of CHECKS.has('notes') ? world.notes : []) {
    const sheet = doc.sheets.find((s) => s.id === note.sheetId);
    if (!sheet || ![...sheet.notes.values()].includes(note.text)) {
      problems.push(`the note “${note.text}” is gone${sheet ? ` from ${sheet.name}` : ' with its sheet'}`);
    }
  }
  return problems;
}

async function play(startWith: { reps: number; locale: Locale; quarters: boolean; early: boolean }, commands: Command[]): Promise<void> {
  const world = new World(startWith.reps, startWith.locale, startWith.quarters, startWith.early);
  const when = startWith.early ? 'before the plan starts' : `as of ${serialToIso(world.setup.asOf)}`;
  const story: string[] = [
    `start: ${startWith.reps} reps, ${startWith.locale}, ${startWith.quarters ? 'quarters' : 'months'}, ${when}; build`,
  ];
  await buildPlanInWorkbook(world.setup, world.reps, world.locale, world.options());
  for (const c of commands) {
    world.step++;
    const before = { review: logRows(world.excel.document, 'review'), changeLog: logRows(world.excel.document, 'changeLog') };
    let outcome = '';
    if (c.kind === 'operation') outcome = await runOperation(world, c);
    else if (c.kind === 'userTypes') outcome = world.typeInto(c.cell, c.value, 'user') ? 'typed' : 'no cell to type into';
    else if (c.kind === 'userNote') outcome = world.noteOn(c.cell, `user note ${world.step}`) ? 'noted' : 'no cell';
    else if (!world.userSheet) {
      const sheet = world.excel.document.addSheet('My forecast');
      sheet.typeAsCoauthor(1, 1, 'mine');
      world.userSheet = { id: sheet.id, value: 'mine' };
      outcome = 'added';
    }
    story.push(`${world.step}. ${describeCommand(c)} → ${outcome}`);
    const problems = violations(world, before);
    if (problems.length > 0) {
      throw new Error(`after step ${world.step}:\n  - ${problems.join('\n  - ')}\nsteps:\n  ${story.join('\n  ')}`);
    }
  }
}

describe('co-authoring: random sequences of operations, typing, a co-author and faults', () => {
  it('keeps every typed value in place or archived, logs append-only, user sheets and notes intact', async () => {
    await fc.assert(
      fc.asyncProperty(start, fc.array(command, { minLength: 1, maxLength: 8 }), (s, commands) => play(s, commands)),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), endOnFailure: false },
    );
  });
});
