/**
 * **What the task pane calls.** Each operation is one `Excel.run`: read the saved plan and
 * every input back, decide the new plan (pure, in src/workbook), render it, save the plan.
 * Inputs are keyed by Rep ID and column, so adding, removing or reordering reps or changing
 * the period loses nothing: what has no place any more goes to the Archive sheet.
 *
 * @example
 *   const summary = await buildPlanInWorkbook(setup, reps, 'en-US');
 *   // { sheets: ['Setup', …], inputsKept: 1800, archived: 0, syncs: 3, bytes: 412345, … }
 */
import { localSerial } from '../core/dates';
import { buildPlan, type BuildOptions } from '../workbook/build-plan';
import type { PlanSetup, Rep } from '../workbook/plan';
import { effectiveSetupInputs } from '../workbook/input-numbers';
import { planQuotas } from '../workbook/quotas';
import { replan, type ReplanRequest } from '../workbook/replan';
import { reviewSnapshot } from '../workbook/review-snapshot';
import { changeTeam } from '../workbook/team-change';
import type { Locale } from '../core/locale';
import type { SheetKey } from '../workbook/spec';
import { plannerErrors } from './errors';
import { matchSheets } from './probe';
import { readPlan, type PlanReading } from './read-plan';
import { recoverBuild, type FailedBuild } from './recovery';
import { renderSpec } from './render';
import { newBuildId } from './staging';
import { REQUEST_BUDGET, RoundTrips, jsonSize } from './round-trips';
import { stateToXml, type PlanState } from './state';
import { progressAt, yieldToEventLoop, type ProgressListener } from './progress';
import { recordChange, type WorkbookChange } from './workbook-change';
import type { WorkbookSpec } from '../workbook/spec';

/** `Excel.run`'s shape; tests pass the Excel double's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OperationOptions {
  run?: ExcelRun;
  /** The clock (archive dates, save time); the real one by default. */
  now?: () => Date;
  /** Bytes per request (default REQUEST_BUDGET in round-trips.ts, under Excel on the web’s 5 MB); smaller means more, lighter syncs. */
  requestBudget?: number;
  /** Told each step (read, plan, write request k of N, recover); the operation yields to the event loop after each report. */
  onProgress?: ProgressListener;
}

export interface OperationSummary {
  /** Sheets written. */
  sheets: string[];
  /** Inputs read back that are in place again. */
  inputsKept: number;
  /** Inputs that lost their place and were added to the Archive sheet. */
  archived: number;
  /** Append-only sheet name → rows added. */
  appended: Record<string, number>;
  /** Cells co-authors typed while the plan was rebuilt, put back where they belong. */
  keptEdits: number;
  /** `context.sync()` calls and estimated bytes sent and received. */
  syncs: number;
  bytes: number;
}

/** Excel.run, waiting while the user edits a cell instead of failing the batch (ExcelApi 1.9, `delayForCellEdit`). */
const defaultRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

interface Decision {
  state: PlanState;
  build?: BuildOptions;
  only?: SheetKey[];
}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/**
 * One operation, once more with half the request budget if Excel refuses a request as too
 * large (the 5 MB limit is not documented in bytes or characters; the budget keeps well
 * under it, and this is the second line). Retrying is safe: a refused request applied nothing,
 * and every operation starts by reading the workbook again.
 */
async function operate(
  options: OperationOptions,
  needsPlan: boolean,
  decide: (reading: PlanReading, now: Date) => Decision,
): Promise<OperationSummary> {
  const budget = options.requestBudget ?? REQUEST_BUDGET;
  try {
    return await operateOnce({ ...options, requestBudget: budget }, needsPlan, decide);
  } catch (error) {
    if (codeOf(error) !== 'RequestPayloadSizeLimitExceeded' && codeOf(error) !== 'ResponsePayloadSizeLimitExceeded') throw error;
    return operateOnce({ ...options, requestBudget: Math.floor(budget / 2) }, needsPlan, decide);
  }
}

async function operateOnce(
  options: OperationOptions,
  needsPlan: boolean,
  decide: (reading: PlanReading, now: Date) => Decision,
): Promise<OperationSummary> {
  const run = options.run ?? defaultRun;
  const now = options.now?.() ?? new Date();
  const buildId = newBuildId(now);
  const report = options.onProgress;
  let failed: FailedBuild | null = null;
  try {
    return await run(async (context) => {
      const trips = new RoundTrips(context, options.requestBudget);
      report?.(progressAt('read'));
      const reading = await readPlan(trips, !needsPlan);
      if (needsPlan && reading.state === null) throw plannerErrors.noPlan();
      report?.(progressAt('plan'));
      if (report) await yieldToEventLoop();
      const decision = decide(reading, now);
      const { state, build, only } = decision;
      const spec = buildPlan(state.setup, state.reps, reading.inputs, state.locale, {
        archivedOn: Math.floor(localSerial(now)),
        formulas: reading.formulas,
        ...build,
        ...(state.quotas ? { quotas: state.quotas } : {}),
      });
      if (report) {
        // Requests from here on are the write: k of about N (N from the plan's cells, raised if it runs over).
        const first = trips.syncs + 1;
        let requests = estimateRequests(spec, trips.budget);
        trips.beforeSync = async (syncNumber) => {
          const request = syncNumber - first + 1;
          requests = Math.max(requests, request);
          report(progressAt('write', request, requests));
          await yieldToEventLoop();
        };
      }
      const existing = matchSheets(spec, reading.previous, reading.facts.sheetNames, {
        saved: reading.state?.sheetIds,
        present: reading.facts.sheetIds,
      });
      const sheetIds = Object.fromEntries(
        Object.entries(existing).map(([key, name]) => [key, reading.facts.sheetIds.get(name!.toLowerCase())!]),
      ) as PlanState['sheetIds'];
      // Saved plans are ordered by revision, not by each co-author's clock.
      const next: PlanState = { ...state, revision: (reading.state?.revision ?? 0) + 1, buildId, sheetIds, savedAt: now.toISOString() };
      const saved = stateToXml(next);
      let part: Excel.CustomXmlPart | undefined;
      failed = {
        spec,
        previous: reading.previous,
        inputs: { values: reading.inputs, formulas: reading.formulas },
        buildId,
        archivedOn: Math.floor(localSerial(now)),
        only,
      };
      const rendered = await renderSpec(context, spec, {
        trips,
        facts: { ...reading.facts, existing },
        only,
        commit: async () => void (part = await saveState(trips, reading.parts, saved)),
        commitBytes: jsonSize(saved),
        previous: reading.previous,
        inputs: { values: reading.inputs, formulas: reading.formulas },
        now,
        buildId,
      });
      await trips.flush();
      // Sheets created by this build get their ids recorded too (one more small request).
      const created = rendered.createdIds();
      if (part && Object.keys(created).length > 0) {
        const xml = stateToXml({ ...next, sheetIds: { ...sheetIds, ...created } });
        await trips.queue(jsonSize(xml), () => part!.setXml(xml));
        await trips.flush();
      }
      const archived = only ? 0 : (spec.sheets.find((s) => s.key === 'archive')?.blocks.find((b) => b.role === 'value')?.cells.length ?? 0);
      return {
        sheets: rendered.sheets,
        inputsKept: Object.keys(reading.inputs).length - archived,
        archived,
        appended: rendered.appended,
        keptEdits: rendered.keptEdits,
        syncs: trips.syncs,
        bytes: trips.bytesSent + trips.bytesReceived,
      };
    });
  } catch (error) {
    // Recovery in a fresh Excel.run: the failed batch's context may still hold queued
    // operations of a commit that must not be sent half. Best effort: the error is what counts.
    const build = failed as FailedBuild | null;
    let change: WorkbookChange = 'nothing';
    if (build) {
      report?.(progressAt('recover'));
      change = await run((context) => recoverBuild(context, build)).then(
        ({ landed }): WorkbookChange => (landed ? 'written' : 'restored'),
        (): WorkbookChange => 'unknown',
      );
    }
    recordChange(error, change);
    throw error;
  }
}

/**
 * Bytes a written cell costs on the wire, on average over a plan's blocks (values, formulas,
 * number formats and the operations around them): the sample plan's bytes sent over its cells,
 * 5,000 reps (npm run bench). Only for the progress bar's "request k of N".
 */
const WIRE_BYTES_PER_CELL = 50;

/** Requests writing `spec` should take at `budget` bytes each (at least 1). */
function estimateRequests(spec: WorkbookSpec, budget: number): number {
  let cells = 0;
  for (const sheet of spec.sheets) for (const block of sheet.blocks) cells += block.cells.length * (block.cells[0]?.length ?? 0);
  return Math.max(1, Math.ceil((cells * WIRE_BYTES_PER_CELL) / budget) + 1);
}

/** Replaces the saved plan (queued into the commit request, see renderSpec). */
async function saveState(trips: RoundTrips, parts: Excel.CustomXmlPart[], xml: string): Promise<Excel.CustomXmlPart> {
  let added!: Excel.CustomXmlPart;
  await trips.queue(jsonSize(xml), () => {
    for (const part of parts) part.delete();
    added = trips.context.workbook.customXmlParts.add(xml);
  });
  return added;
}

/** Who made a team or plan change and why, for its Change-log entry. */
export interface ChangeAuthor {
  who: string;
  why: string;
}

/**
 * First build, or "Change plan or team" (a new setup, team or language): inputs are read back
 * and kept. Over a saved plan the change goes through `changeTeam` (src/workbook/team-change.ts):
 * the periods started by the as-of date in force keep their quotas, the remaining ones are
 * re-split, and a change that moves quotas appends its Change-log entry (`author` says who
 * and why: the pane's change form asks for both).
 */
export function buildPlanInWorkbook(
  setup: PlanSetup,
  reps: readonly Rep[],
  locale: Locale,
  options: OperationOptions & { author?: ChangeAuthor } = {},
) {
  return operate(options, false, (reading, now) => {
    const fresh: PlanState = { version: 1, locale, setup, reps: [...reps], savedAt: '' };
    const saved = reading.state;
    if (saved === null) return { state: fresh };
    const result = changeTeam(
      { setup: saved.setup, reps: saved.reps, quotas: saved.quotas },
      {
        setup,
        reps,
        asOf: effectiveSetupInputs(setup, reading.inputs).asOf,
        at: localSerial(now),
        who: options.author?.who ?? '',
        why: options.author?.why ?? '',
      },
      locale,
    );
    // Quotas stay implicit (they follow from setup and reps) until a decision fixes them.
    const quotas = result.entry || saved.quotas ? { quotas: result.quotas } : {};
    return {
      state: { ...fresh, setup: result.setup, reps: result.reps, ...quotas },
      build: result.entry ? { changeLog: [result.entry] } : {},
    };
  });
}

/** Rebuild from the saved plan and the current inputs (e.g. after Setup inputs changed). */
export function refreshPlan(options: OperationOptions = {}) {
  return operate(options, true, (reading) => ({ state: reading.state! }));
}

/** Appends a dated snapshot of the dashboard (as values) to the Review sheet. */
export function takeReviewSnapshot(at: number, options: OperationOptions = {}) {
  return operate(options, true, (reading) => {
    const state = reading.state!;
    const rows = reviewSnapshot(state.setup, state.reps, planQuotas(state), reading.inputs, at, state.locale);
    return { state, build: { review: rows }, only: ['review'] };
  });
}

/** Re-plans the rest of the year to a new target, keeps actuals, appends the Change-log entry. */
export function replanInWorkbook(request: ReplanRequest, options: OperationOptions = {}) {
  return operate(options, true, (reading) => {
    const state = reading.state!;
    const result = replan(state.setup, state.reps, planQuotas(state), reading.inputs, request, state.locale);
    return { state: { ...state, setup: result.setup, quotas: result.quotas }, build: { changeLog: [result.entry] } };
  });
}
