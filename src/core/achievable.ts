import { errorFunction, mean, sampleStandardDeviation } from 'simple-statistics';
import { DomainError } from './errors';
import { Messages } from './messages';

/** Fewest period-over-period growth points that give a mean and a spread worth trusting. */
export const MIN_GROWTH_POINTS = 3;

/**
 * **Achievable**: how unusual the growth a target asks for is, measured against
 * the growth the history has shown — the "A" of a SMART target.
 *
 * Definition: the required growth is `target / baseline − 1`. The history's growth
 * points are `h[i] / h[i−1] − 1` for consecutive values whose earlier value is
 * above 0 (growth from 0 is undefined, so such a pair is skipped). The result is
 * the normal cumulative probability of the required growth, `Φ((g − mean) / sd)`,
 * with the mean and the *sample* standard deviation of the growth points: 0.5 means
 * the target asks for a typical period, 0.95 for growth the history reached about
 * one period in twenty.
 *
 * When every growth point is the same (sd 0, or below 1e-12 of the growth's size,
 * i.e. floating-point noise) the distribution is a single point: the result is 0
 * when the required growth is below it, 1 above, 0.5 equal.
 *
 * Method: Φ(z) = (1 + erf(z / √2)) / 2 with simple-statistics' `errorFunction`
 * (absolute error below 1.2e-7), clamped to 0..1.
 *
 * @example
 * // History 100, 110, 121, 121: growth .1, .1, 0 → mean .0667, sd .0577.
 * // Target 115 on baseline 100 asks for .15: z = (.15 − .0667) / .0577 = 1.443.
 * achievable(115, 100, [100, 110, 121, 121]); // => 0.9255…
 *
 * @param target the target, ≥ 0
 * @param baseline the value the target grows from (e.g. last year), > 0
 * @param history past values in time order, each ≥ 0
 * @returns the percentile 0..1 of the required growth
 * @throws {DomainError} `value` for a non-finite number; `num` for a negative target,
 *   baseline or history value; `div0` for a zero baseline; `na` for fewer than 3 growth points
 */
export function achievable(target: number, baseline: number, history: readonly number[]): number {
  return percentileOfGrowth(requiredGrowth(target, baseline), history);
}

/** `target / baseline − 1`, checked: both finite and ≥ 0, the baseline above 0. */
export function requiredGrowth(target: number, baseline: number): number {
  for (const [value, arg] of [
    [target, 'target'],
    [baseline, 'baseline'],
  ] as const) {
    if (!Number.isFinite(value)) throw new DomainError('value', Messages.notFinite(arg));
    if (value < 0) throw new DomainError('num', Messages.negative(arg));
  }
  if (baseline === 0) throw new DomainError('div0', Messages.notPositive('baseline'));
  const growth = target / baseline - 1;
  if (!Number.isFinite(growth)) throw new DomainError('num', Messages.resultTooLarge('target'));
  return growth;
}

/** The normal percentile of `growth` among the history's growth points (see {@link achievable}). */
export function percentileOfGrowth(growth: number, history: readonly number[]): number {
  const points = growthPoints(history);
  if (points.length < MIN_GROWTH_POINTS) {
    throw new DomainError('na', Messages.tooFewGrowthPoints('history', MIN_GROWTH_POINTS));
  }
  const centre = mean(points);
  const spread = sampleStandardDeviation(points);
  const scale = Math.max(1, Math.abs(centre));
  if (!(spread > 1e-12 * scale)) {
    const gap = growth - centre;
    if (Math.abs(gap) <= 1e-12 * scale) return 0.5;
    return gap > 0 ? 1 : 0;
  }
  const z = (growth - centre) / spread;
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, (1 + errorFunction(z / Math.SQRT2)) / 2));
}

/** Growth of each value over the one before it, skipping pairs that start at 0. */
function growthPoints(history: readonly number[]): number[] {
  for (const h of history) {
    if (!Number.isFinite(h)) throw new DomainError('value', Messages.notFinite('history'));
    if (h < 0) throw new DomainError('num', Messages.negative('history'));
  }
  const points: number[] = [];
  for (let i = 1; i < history.length; i++) {
    if (history[i - 1] > 0) {
      const g = history[i] / history[i - 1] - 1;
      if (Number.isFinite(g)) points.push(g);
    }
  }
  return points;
}
