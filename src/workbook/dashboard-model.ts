import { linearRegression, linearRegressionLine } from 'simple-statistics';
import { pace } from '../core/pace';
import { projection } from '../core/projection';
import { workbookText } from './i18n';
import { actualInput, effectiveSetupInputs } from './input-numbers';
import { metricColumns } from './metrics';
import { planEnd, planPeriods } from './periods';
import type { PlanSetup, QuotaTable, Rep } from './plan';
import type { InputValues } from './spec';

export type StatusKey = 'onTrack' | 'atRisk' | 'lagging';

/** One Dashboard row as numbers; `null` where the sheet shows an empty string. */
export interface DashboardRow {
  annualQuota: number;
  targetToDate: number;
  actualToDate: number;
  attainment: number | null;
  pace: number | null;
  gap: number;
  requiredPerPeriod: number | null;
  projection: number | null;
  forecast: number | null;
  collectionRate: number | null;
  avgDeal: number | null;
  /** Team rows leave these two empty (a team is its own mean). */
  followUpsVsTeam: number | null;
  leadsVsTeam: number | null;
  /** Step conversion stage k-1 → k, for k = 1 … stages − 1. */
  conversion: (number | null)[];
  status: StatusKey;
  /** Sum to date of every metric id; `receivables` is the current period's balance. */
  sums: Record<string, number>;
}

export interface DashboardModel {
  reps: DashboardRow[];
  team: DashboardRow;
  /** Plan-level values the sheet computes in Setup. */
  plan: { planDays: number; elapsedDays: number; remainingPeriods: number; currentPeriod: number; completedPeriods: number };
}

/**
 * **Dashboard** in core terms: what every Dashboard formula should show, computed from the
 * same plan, quotas and inputs. It is the reference the LibreOffice oracle compares with,
 * and what `reviewSnapshot` records.
 *
 * Definitions (days inclusive, as-of date as a whole day; blanks count 0 in sums):
 * - target to date = Σ over periods of quota × share of the period's days elapsed;
 * - attainment = actual to date / quota; gap = quota − actual;
 * - pace = actual / expected, expected = target to date (seasonal) or quota × share of plan
 *   days elapsed (linear, = core `pace`); status from pace: < lagging → lagging, < at risk →
 *   at risk, else (or no pace) on track;
 * - required per remaining period = max(0, gap) / periods not fully elapsed;
 * - projection = core `projection` over the plan (run rate);
 * - forecast = least-squares trend of signed amounts over the completed periods (blanks
 *   skipped, as `FORECAST.LINEAR` does), at the next period; needs 2 numbers;
 * - collection rate = collected / signed; average deal = signed / new customers;
 * - process ratios = rep's count / (team count / reps); conversion = stage k / stage k−1.
 * Team: sums of the rep rows, ratios recomputed from the sums; forecast = Σ rep forecasts.
 */
export function computeDashboard(
  setup: PlanSetup,
  reps: readonly Rep[],
  quotas: QuotaTable,
  inputs: InputValues,
): DashboardModel {
  const periods = planPeriods(setup, workbookText('en-US'));
  const { asOf: rawAsOf, atRisk, lagging } = effectiveSetupInputs(setup, inputs);
  const asOf = Math.floor(rawAsOf);
  const start = periods[0].start;
  const end = planEnd(periods);
  const planDays = end - start + 1;
  const elapsedDays = clamp(asOf - start + 1, 0, planDays);
  const shares = periods.map((p) => clamp(asOf - p.start + 1, 0, p.end - p.start + 1) / (p.end - p.start + 1));
  const plan = {
    planDays,
    elapsedDays,
    remainingPeriods: shares.filter((s) => s < 1).length,
    currentPeriod: Math.max(1, shares.filter((s) => s > 0).length),
    completedPeriods: shares.filter((s) => s >= 1).length,
  };
  const metrics = metricColumns(setup.funnel);
  const seasonal = (setup.paceMode ?? 'seasonal') === 'seasonal';
  const ctx = { setup, plan, seasonal, atRisk, lagging, asOf, start, end };

  const partial = reps.map((rep) => {
    const series = (id: string) => periods.map((p) => actualInput(inputs, rep.id, p.id, id));
    const sums: Record<string, number> = {};
    for (const m of metrics) sums[m.id] = series(m.id).reduce<number>((s, v) => s + (v ?? 0), 0);
    sums.receivables = series('receivables')[plan.currentPeriod - 1] ?? 0;
    const quota = quotas[rep.id] ?? periods.map(() => 0);
    const annualQuota = quota.reduce((s, q) => s + q, 0);
    const targetToDate = quota.reduce((s, q, p) => s + q * shares[p], 0);
    return { sums, annualQuota, targetToDate, forecast: trend(series('signed'), plan.completedPeriods) };
  });

  const teamSums: Record<string, number> = {};
  for (const m of metrics) teamSums[m.id] = partial.reduce((s, r) => s + r.sums[m.id], 0);
  const teamMean = (id: string) => teamSums[id] / reps.length;

  const repRows = partial.map((r) => {
    const row = ratios(r.sums, r.annualQuota, r.targetToDate, r.forecast, ctx);
    row.followUpsVsTeam = teamSums.followUps === 0 ? null : r.sums.followUps / teamMean('followUps');
    row.leadsVsTeam = teamSums.newLeads === 0 ? null : r.sums.newLeads / teamMean('newLeads');
    return row;
  });
  const forecasts = repRows.map((r) => r.forecast).filter((f): f is number => f !== null);
  const team = ratios(
    teamSums,
    partial.reduce((s, r) => s + r.annualQuota, 0),
    partial.reduce((s, r) => s + r.targetToDate, 0),
    forecasts.length === 0 ? null : forecasts.reduce((s, f) => s + f, 0),
    ctx,
  );
  return { reps: repRows, team, plan };
}

interface Context {
  setup: PlanSetup;
  plan: DashboardModel['plan'];
  seasonal: boolean;
  atRisk: number;
  lagging: number;
  asOf: number;
  start: number;
  end: number;
}

function ratios(
  sums: Record<string, number>,
  annualQuota: number,
  targetToDate: number,
  forecast: number | null,
  ctx: Context,
): DashboardRow {
  const actual = sums.signed;
  const gap = annualQuota - actual;
  const paceValue = paceOf(actual, annualQuota, targetToDate, ctx);
  const stageCount = ctx.setup.funnel.length;
  const conversion = Array.from({ length: Math.max(0, stageCount - 1) }, (_, k) =>
    divide(sums[`stage${k + 2}`], sums[`stage${k + 1}`]),
  );
  return {
    annualQuota,
    targetToDate,
    actualToDate: actual,
    attainment: divide(actual, annualQuota),
    pace: paceValue,
    gap,
    requiredPerPeriod: ctx.plan.remainingPeriods === 0 ? null : Math.max(0, gap) / ctx.plan.remainingPeriods,
    projection: ctx.plan.elapsedDays === 0 ? null : projection(actual, ctx.start, ctx.end, ctx.asOf),
    forecast,
    collectionRate: divide(sums.collected, actual),
    avgDeal: divide(actual, sums.newCustomers),
    followUpsVsTeam: null,
    leadsVsTeam: null,
    conversion,
    status: paceValue === null ? 'onTrack' : paceValue < ctx.lagging ? 'lagging' : paceValue < ctx.atRisk ? 'atRisk' : 'onTrack',
    sums,
  };
}

function paceOf(actual: number, annualQuota: number, targetToDate: number, ctx: Context): number | null {
  if (ctx.seasonal) return divide(actual, targetToDate);
  if (annualQuota <= 0 || ctx.plan.elapsedDays === 0 || actual < 0) {
    return divide(actual, (annualQuota * ctx.plan.elapsedDays) / ctx.plan.planDays);
  }
  return pace(annualQuota, actual, ctx.start, ctx.end, ctx.asOf);
}

/** Least-squares trend of the first `completed` values at x = completed + 1; blanks skipped. */
function trend(values: readonly (number | null)[], completed: number): number | null {
  if (completed < 2) return null;
  const points: [number, number][] = [];
  values.slice(0, completed).forEach((y, i) => {
    if (y !== null) points.push([i + 1, y]);
  });
  if (points.length < 2) return null;
  return linearRegressionLine(linearRegression(points))(completed + 1);
}

function divide(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(Math.max(x, low), high);
}
