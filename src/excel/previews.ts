/**
 * **Previews for the pane**: what an operation would decide, read the way the operation reads
 * (the saved plan and every input, one `Excel.run`), decided by the pure previews of
 * src/workbook/preview.ts, and nothing written. The pane shows them and asks to confirm; the
 * operation then reads again, so a co-author's edit in between is not lost (it may make the
 * written split differ from the previewed one by that edit).
 */
import { localSerial } from '../core/dates';
import type { Locale } from '../core/locale';
import { effectiveSetupInputs } from '../workbook/input-numbers';
import type { PlanSetup, Rep } from '../workbook/plan';
import { previewBuild, previewChange, previewReplan, type BuildPreview, type ChangePreview } from '../workbook/preview';
import { planQuotas } from '../workbook/quotas';
import type { ReplanRequest } from '../workbook/replan';
import { FIRST_ROW } from '../workbook/rows';
import { plannerErrors } from './errors';
import type { ExcelRun } from './operations';
import { readPlan, type PlanReading } from './read-plan';
import { RoundTrips } from './round-trips';

export type { BuildPreview, ChangePreview, RepChange, RepSplit } from '../workbook/preview';

/** A build's preview: a new plan's split, or (over a saved plan) the change it makes. */
export type PlanPreview = BuildPreview | ChangePreview;

export interface PreviewOptions {
  run?: ExcelRun;
  now?: () => Date;
}

/** What a snapshot would add: one row per rep (and the team), and the date of the last one taken. */
export interface SnapshotPreview {
  reps: number;
  /** The date (serial, whole day) in the Review sheet's last row; null when it has none. */
  lastSnapshot: number | null;
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

async function reading<T>(
  options: PreviewOptions,
  needsPlan: boolean,
  decide: (reading: PlanReading, trips: RoundTrips) => Promise<T> | T,
): Promise<T> {
  const run = options.run ?? defaultRun;
  return run(async (context) => {
    const trips = new RoundTrips(context);
    const read = await readPlan(trips, !needsPlan);
    if (needsPlan && read.state === null) throw plannerErrors.noPlan();
    return decide(read, trips);
  });
}

/**
 * What `buildPlanInWorkbook(setup, reps, locale)` would decide now: without a saved plan the
 * new plan's split (`kind: 'new'`); over one, the change (`kind: 'change'`), before and after.
 */
export function previewPlanBuild(
  setup: PlanSetup,
  reps: readonly Rep[],
  locale: Locale,
  options: PreviewOptions = {},
): Promise<PlanPreview> {
  const now = options.now?.() ?? new Date();
  return reading(options, false, ({ state, inputs }) => {
    if (state === null) return previewBuild(setup, reps, locale);
    return previewChange(
      { setup: state.setup, reps: state.reps, quotas: state.quotas },
      { setup, reps, asOf: effectiveSetupInputs(setup, inputs).asOf, at: localSerial(now), who: '', why: '' },
      locale,
    );
  });
}

/** What `replanInWorkbook(request)` would decide now. @throws {PlannerError} `noPlan` */
export function previewPlanReplan(request: ReplanRequest, options: PreviewOptions = {}): Promise<ChangePreview> {
  return reading(options, true, ({ state, inputs }) =>
    previewReplan(state!.setup, state!.reps, planQuotas(state!), inputs, request, state!.locale),
  );
}

/** The team's size and the last snapshot's date (Review is append-only: a second one for a day asks first). */
export function previewSnapshot(options: PreviewOptions = {}): Promise<SnapshotPreview> {
  return reading(options, true, async ({ state, previous, facts }, trips) => {
    const last = facts.lastRows.review ?? 0;
    const sheet = previous?.sheets.find((s) => s.key === 'review')?.name;
    if (!sheet || last < FIRST_ROW) return { reps: state!.reps.length, lastSnapshot: null };
    // The date is the first column of every Review row (reviewColumns in src/workbook/columns/logs.ts).
    const cell = trips.context.workbook.worksheets.getItem(sheet).getRange(`A${last}`).load('values');
    await trips.sync();
    const value = cell.values[0][0];
    return { reps: state!.reps.length, lastSnapshot: typeof value === 'number' && Number.isFinite(value) ? Math.floor(value) : null };
  });
}
