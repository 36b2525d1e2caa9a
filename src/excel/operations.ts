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
import { workbookText } from '../workbook/i18n';
import { planPeriods } from '../workbook/periods';
import type { PlanSetup, QuotaTable, Rep } from '../workbook/plan';
import { computeQuotas } from '../workbook/quotas';
import { replan, type ReplanRequest } from '../workbook/replan';
import { reviewSnapshot } from '../workbook/review-snapshot';
import type { Locale } from '../core/locale';
import type { SheetKey } from '../workbook/spec';
import { plannerErrors } from './errors';
import { matchSheets } from './probe';
import { readPlan, type PlanReading } from './read-plan';
import { protectAfterFailure, renderSpec, type RenderSummary } from './render';
import { RoundTrips, jsonSize } from './round-trips';
import { stateToXml, type PlanState } from './state';

/** `Excel.run`'s shape; tests pass the Excel double's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OperationOptions {
  run?: ExcelRun;
  /** The clock (archive dates, save time); the real one by default. */
  now?: () => Date;
  /** Bytes per request (default REQUEST_BUDGET in round-trips.ts, under Excel on the web’s 5 MB); smaller means more, lighter syncs. */
  requestBudget?: number;
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
  /** `context.sync()` calls and estimated bytes sent and received. */
  syncs: number;
  bytes: number;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

interface Decision {
  state: PlanState;
  build?: BuildOptions;
  only?: SheetKey[];
}

function quotasOf(state: PlanState): QuotaTable {
  return state.quotas ?? computeQuotas(state.setup, state.reps, planPeriods(state.setup, workbookText(state.locale))).table;
}

async function operate(
  options: OperationOptions,
  needsPlan: boolean,
  decide: (reading: PlanReading) => Decision,
): Promise<OperationSummary> {
  const run = options.run ?? defaultRun;
  const now = options.now?.() ?? new Date();
  return run(async (context) => {
    const trips = new RoundTrips(context, options.requestBudget);
    const reading = await readPlan(trips, !needsPlan);
    if (needsPlan && reading.state === null) throw plannerErrors.noPlan();
    const { state, build, only } = decide(reading);
    const spec = buildPlan(state.setup, state.reps, reading.inputs, state.locale, {
      archivedOn: Math.floor(localSerial(now)),
      ...build,
      ...(state.quotas ? { quotas: state.quotas } : {}),
    });
    const existing = matchSheets(spec, reading.previous, reading.facts.sheetNames);
    const saved = stateToXml({ ...state, savedAt: now.toISOString() });
    let rendered: RenderSummary;
    try {
      rendered = await renderSpec(context, spec, {
        trips,
        facts: { ...reading.facts, existing },
        only,
        commit: () => saveState(trips, reading.parts, saved),
        commitBytes: jsonSize(saved),
      });
      await trips.flush();
    } catch (error) {
      await protectAfterFailure(context, spec, only);
      throw error;
    }
    const archived = only ? 0 : (spec.sheets.find((s) => s.key === 'archive')?.blocks.find((b) => b.role === 'value')?.cells.length ?? 0);
    return {
      sheets: rendered.sheets,
      inputsKept: Object.keys(reading.inputs).length - archived,
      archived,
      appended: rendered.appended,
      syncs: trips.syncs,
      bytes: trips.bytesSent + trips.bytesReceived,
    };
  });
}

/** Replaces the saved plan (queued into the commit request, see renderSpec). */
async function saveState(trips: RoundTrips, parts: Excel.CustomXmlPart[], xml: string): Promise<void> {
  await trips.queue(jsonSize(xml), () => {
    for (const part of parts) part.delete();
    trips.context.workbook.customXmlParts.add(xml);
  });
}

/** First build, or a rebuild with a new setup, reps or language: inputs are read back and kept. */
export function buildPlanInWorkbook(setup: PlanSetup, reps: readonly Rep[], locale: Locale, options: OperationOptions = {}) {
  return operate(options, false, () => ({ state: { version: 1, locale, setup, reps: [...reps], savedAt: '' } }));
}

/** Rebuild from the saved plan and the current inputs (e.g. after Setup inputs changed). */
export function refreshPlan(options: OperationOptions = {}) {
  return operate(options, true, (reading) => ({ state: reading.state! }));
}

/** Appends a dated snapshot of the dashboard (as values) to the Review sheet. */
export function takeReviewSnapshot(at: number, options: OperationOptions = {}) {
  return operate(options, true, (reading) => {
    const state = reading.state!;
    const rows = reviewSnapshot(state.setup, state.reps, quotasOf(state), reading.inputs, at, state.locale);
    return { state, build: { review: rows }, only: ['review'] };
  });
}

/** Re-plans the rest of the year to a new target, keeps actuals, appends the Change-log entry. */
export function replanInWorkbook(request: ReplanRequest, options: OperationOptions = {}) {
  return operate(options, true, (reading) => {
    const state = reading.state!;
    const result = replan(state.setup, state.reps, quotasOf(state), reading.inputs, request, state.locale);
    return { state: { ...state, setup: result.setup, quotas: result.quotas }, build: { changeLog: [result.entry] } };
  });
}
