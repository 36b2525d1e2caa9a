/**
 * **What the Targets sheet's formulas show**: each rep's phasing check, the team totals and
 * the reconciliation, from the quotas written as values. `buildPlan` stores these as the
 * cells' cached results; the LibreOffice test (tests/xlsx/cached-values.test.ts) checks them
 * against the recalculated sheet.
 */
import { TARGETS_LEAD } from './columns/targets';
import type { PlanSetup, Rep } from './plan';
import type { QuotaPlan } from './quotas';

/** Within half a cent counts as equal: quotas are rounded to cents, formulas are not. */
export const TARGETS_TOLERANCE = 0.005;

export interface TargetsModel {
  /** Per rep (rep order): `ok` when the periods add up to the quota, else periods − quota. */
  checks: (string | number)[];
  /** The team total row: the quota column, then one per period. */
  totals: number[];
  /** Quotas from the re-plan period on, summed over the team. */
  reconQuota: number;
  /** What they should be: (target − actual before the re-plan) × (1 + cushion). */
  reconTarget: number;
  /** `ok` when the two agree, else their difference. */
  reconCheck: string | number;
}

/**
 * The Targets formulas' values for a plan's quotas; `ok` is the locale's word for agreement.
 *
 * @example
 * // two reps of 500, phased 125 a month over 4 months, target 1,000, no cushion
 * targetsModel(setup, reps, quotas, 'OK').totals; // => [1000, 250, 250, 250, 250]
 */
export function targetsModel(setup: PlanSetup, reps: readonly Rep[], quotas: QuotaPlan, ok: string): TargetsModel {
  const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
  const check = (diff: number) => (Math.abs(diff) < TARGETS_TOLERANCE ? ok : diff);
  const annual = reps.map((rep, i) => TARGETS_LEAD.annualQuota.value(rep, i, quotas));
  const rows = reps.map((rep) => quotas.table[rep.id]);
  const periodCount = rows[0]?.length ?? 0;
  const periodTotals = Array.from({ length: periodCount }, (_, p) => sum(rows.map((row) => row[p])));
  const fromPeriod = setup.rebase?.fromPeriod ?? 1;
  const reconQuota = sum(periodTotals.filter((_, p) => p + 1 >= fromPeriod));
  const reconTarget = (setup.target - (setup.rebase?.actualBefore ?? 0)) * (1 + setup.cushion);
  return {
    checks: rows.map((row, i) => check(sum(row) - annual[i])),
    totals: [sum(annual), ...periodTotals],
    reconQuota,
    reconTarget,
    reconCheck: check(reconQuota - reconTarget),
  };
}
