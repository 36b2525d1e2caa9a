/**
 * **What Setup's formula cells show**: the plan's calendar at the as-of date, period by period
 * and for the plan, as the Setup formulas compute it. `buildPlan` stores these as the cells'
 * cached results; the LibreOffice test (tests/xlsx/cached-values.test.ts) checks them against
 * the recalculated sheet. Plan-level facts come from the Dashboard model's `plan`, so both
 * models read one calendar.
 */
import type { ModelValue, PlanFacts } from './columns/dashboard-row';
import type { SetupParamKey } from './i18n';
import type { PeriodRowKey } from './layout';
import type { Period, PlanSetup } from './plan';

export interface SetupModel {
  /** The value of each Setup parameter that is a formula. */
  params: Partial<Record<SetupParamKey, number>>;
  /** The value of each period-row cell that is a formula, one per period; `null` where it shows "". */
  periods: Partial<Record<PeriodRowKey, ModelValue[]>>;
}

/**
 * Setup's formula values for a plan: per period its days, days elapsed (as-of date a whole
 * day, both ends included), the share elapsed and the seasonal share; for the plan the days,
 * the shares elapsed and expected (the seasonal shares weighted by the shares elapsed when
 * pace is seasonal), the period counts and the number of reps.
 *
 * @example
 * // Jan–Apr 2026 by month, as of 14 March
 * setupModel(setup, periods, plan).periods.daysElapsed; // => [31, 28, 14, 0]
 */
export function setupModel(setup: PlanSetup, periods: readonly Period[], plan: PlanFacts): SetupModel {
  const days = periods.map((p) => p.end - p.start + 1);
  const daysElapsed = periods.map((p, i) => Math.min(Math.max(plan.asOf - p.start + 1, 0), days[i]));
  const shareElapsed = daysElapsed.map((d, i) => d / days[i]);
  const weights = periods.map((_, i) => setup.seasonality[i] ?? 0);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const seasonShare = weights.map((w) => (weightSum === 0 ? null : w / weightSum));
  const elapsedShare = plan.elapsedDays / plan.planDays;
  // SUMPRODUCT counts an empty-text share as 0.
  const expectedShare = plan.seasonal ? seasonShare.reduce<number>((s, share, i) => s + (share ?? 0) * shareElapsed[i], 0) : elapsedShare;
  return {
    params: {
      planDays: plan.planDays,
      elapsedDays: plan.elapsedDays,
      elapsedShare,
      expectedShare,
      remainingPeriods: plan.remainingPeriods,
      currentPeriod: plan.currentPeriod,
      completedPeriods: plan.completedPeriods,
      repCount: plan.repCount,
      startedPeriods: plan.startedPeriods,
    },
    periods: { days, daysElapsed, shareElapsed, seasonShare },
  };
}
