import { ramp } from '../core/ramp';
import { split } from '../core/split';
import { DomainError } from '../core/errors';
import { Messages } from '../core/messages';
import { workbookText } from './i18n';
import { planPeriods } from './periods';
import type { Period, PlanSetup, QuotaTable, Rep } from './plan';

/** What the Targets sheet shows beside each rep's quotas. */
export interface QuotaPlan {
  /** Base share of each rep (0..1, sums to 1) by the split method, before ramp. */
  weights: number[];
  /** Each rep's ramp factor over the plan (0..1; 1 = full capacity all year). */
  rampFactors: number[];
  /** Rep id → quota per period; each rep's periods sum exactly to the rep's quota. */
  table: QuotaTable;
}

/**
 * **Quotas** for a plan: the team target split to reps and phased to periods.
 *
 * Method (all splits by core `split`, unit 1, so totals are exact):
 * 1. The team quota is `target × (1 + cushion)` (rounded to cents): the cushion is
 *    over-assigned on purpose, since some reps will miss.
 * 2. Each rep's base share comes from the split method: equal, history, potential, or
 *    a blend `b · history share + (1 − b) · potential share`.
 * 3. New hires: the share is multiplied by the rep's RAMP factor over the plan, and the
 *    team quota is split by these effective weights. Renormalising this way keeps the
 *    team's quotas at exactly target × (1 + cushion) — what ramping new hires takes off
 *    them, the others carry — which is what the Targets reconciliation checks.
 * 4. Each rep's quota is phased to periods by seasonality × the rep's capacity in that
 *    period ({@link capacities}: the ramp share, 0 before the start date, times the share of
 *    the period's days up to a leave date), so a rep starting in July gets no quota in
 *    March, and a rep leaving on 15 September none from October.
 *
 * @example
 * // target 1,000, no cushion, equal split, two veterans, 2 months weighted 1:3
 * // → each rep 500, phased 125 + 375
 * computeQuotas(setup, reps, periods).table; // => { A: [125, 375], B: [125, 375] }
 *
 * @throws {DomainError} `value` for no reps or a seasonality of the wrong length
 */
export function computeQuotas(setup: PlanSetup, reps: readonly Rep[], periods: readonly Period[]): QuotaPlan {
  if (reps.length === 0) throw new DomainError('value', Messages.empty('reps'));
  const weights = baseShares(setup, reps);
  const rampFactors = ramp(
    reps.map((r) => r.startDate),
    periods[0].start,
    periods[periods.length - 1].end,
    setup.ramp,
  );
  const teamQuota = roundCents(setup.target * (1 + setup.cushion));
  const table = distribute(teamQuota, reps, weights, periods, setup);
  return { weights, rampFactors, table };
}

/**
 * Splits `total` over `reps` (by `weights` × capacity over `periods`) and phases each rep's
 * part over `periods` (seasonality × capacity per period). Shared by the plan, re-plans and
 * team changes.
 */
export function distribute(
  total: number,
  reps: readonly Rep[],
  weights: readonly number[],
  periods: readonly Period[],
  setup: PlanSetup,
  seasonality: readonly number[] = seasonWeights(setup, periods.length),
): QuotaTable {
  const { byPeriod, overall } = capacities(reps, periods, setup.ramp);
  const repTotals = split(
    Math.max(0, total),
    weights.map((w, i) => w * overall[i]),
  );
  const table: QuotaTable = {};
  reps.forEach((rep, i) => {
    const phasing = periods.map((_, p) => seasonality[p] * byPeriod[p][i]);
    table[rep.id] = split(repTotals[i], phasing);
  });
  return table;
}

/**
 * **Capacity** of each rep in each period (0..1): the RAMP share from the start date, times
 * the share of the period's days up to and including the leave date (1 without one, 0 for
 * a period that starts after it). A rep leaving on 15 September works 15 of its 30 days:
 * capacity 0.5 there, 0 from October. `overall` is the rep's capacity over all `periods`:
 * the RAMP factor for a rep without a leave date (the mean of the period shares), else the
 * mean of the period capacities.
 *
 * @example
 * // Jul–Dec 2026, default ramp; A a veteran, B leaves on 2026-09-15
 * capacities([A, B], julToDec, [0.25, 0.5, 0.75]).byPeriod.map((c) => c[1]); // => [1, 1, 0.5, 0, 0, 0]
 */
export function capacities(
  reps: readonly Rep[],
  periods: readonly Period[],
  shares: readonly number[],
): { byPeriod: number[][]; overall: number[] } {
  const starts = reps.map((r) => r.startDate);
  const byPeriod = periods.map((p) => ramp(starts, p.start, p.end, shares).map((share, i) => share * presence(reps[i], p)));
  const rampOverall = ramp(starts, periods[0].start, periods[periods.length - 1].end, shares);
  const overall = reps.map((rep, i) => (rep.leaveDate == null ? rampOverall[i] : byPeriod.reduce((s, c) => s + c[i], 0) / periods.length));
  return { byPeriod, overall };
}

/** Share of `period`'s days the rep is still there (the leave date is their last day). */
function presence(rep: Rep, period: Period): number {
  if (rep.leaveDate == null) return 1;
  const days = period.end - period.start + 1;
  return Math.min(1, Math.max(0, (Math.floor(rep.leaveDate) - period.start + 1) / days));
}

/**
 * **Re-split from period `from`** (0-based): periods before it keep `kept`'s quotas (a rep
 * without a row of the plan's length has 0 there), and `total` is split over the periods
 * from `from` on by the plan's method × capacity and phased by their seasonality × capacity
 * ({@link distribute}). Re-plans and team changes differ only in `from` and `total`.
 *
 * @example
 * // 4 months, two veterans, keep Jan–Feb, 1,260 over Mar–Apr → 630 each, 315 a month
 * resplit(setup, [A, B], { A: [125, 125, 125, 125], B: [125, 125, 125, 125] }, periods, 2, 1260);
 * // => { A: [125, 125, 315, 315], B: [125, 125, 315, 315] }
 */
export function resplit(
  setup: PlanSetup,
  reps: readonly Rep[],
  kept: QuotaTable,
  periods: readonly Period[],
  from: number,
  total: number,
): QuotaTable {
  const future = periods.slice(from);
  const season = seasonWeights(setup, periods.length).slice(from);
  const fresh = future.length > 0 ? distribute(total, reps, baseShares(setup, reps), future, setup, season) : {};
  const table: QuotaTable = {};
  for (const rep of reps) {
    const row = kept[rep.id]?.length === periods.length ? kept[rep.id].slice(0, from) : new Array<number>(from).fill(0);
    table[rep.id] = [...row, ...(fresh[rep.id] ?? [])];
  }
  return table;
}

/** Base share of each rep by the plan's split method; sums to 1. */
export function baseShares(setup: PlanSetup, reps: readonly Rep[]): number[] {
  const equal = reps.map(() => 1 / reps.length);
  const history = normalised(
    reps.map((r) => r.history),
    equal,
  );
  const potential = normalised(
    reps.map((r) => r.potential),
    equal,
  );
  switch (setup.method) {
    case 'history':
      return history;
    case 'potential':
      return potential;
    case 'blend': {
      const b = Math.min(1, Math.max(0, setup.blendHistoryShare));
      return history.map((h, i) => b * h + (1 - b) * potential[i]);
    }
    default:
      return equal;
  }
}

/** The plan's seasonality weights, checked: one non-negative weight per period. */
export function seasonWeights(setup: PlanSetup, periodCount: number): number[] {
  if (setup.seasonality.length !== periodCount) {
    throw new DomainError('value', Messages.weightsPerMonth('seasonality', periodCount));
  }
  for (const w of setup.seasonality) {
    if (!Number.isFinite(w) || w < 0) throw new DomainError('num', Messages.negative('seasonality'));
  }
  return [...setup.seasonality];
}

function normalised(values: readonly number[], fallback: readonly number[]): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((s, v) => s + v, 0);
  return sum > 0 ? clean.map((v) => v / sum) : [...fallback];
}

export function roundCents(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The quotas a saved plan stands on: those a re-plan or team change fixed (`quotas`), else the
 * split of its setup, as a build makes it. Period labels play no part, so any language's do.
 *
 * @example
 * planQuotas({ setup, reps }); // => computeQuotas(setup, reps, periods).table
 */
export function planQuotas(plan: { setup: PlanSetup; reps: readonly Rep[]; quotas?: QuotaTable }): QuotaTable {
  return plan.quotas ?? computeQuotas(plan.setup, plan.reps, planPeriods(plan.setup, workbookText('en-US'))).table;
}
