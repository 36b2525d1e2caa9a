import { mean, quantile, standardDeviation } from 'simple-statistics';
import { DomainError } from './errors';
import { finiteInput } from './finite';
import { Messages } from './messages';

export type LaggingMethod = 'zscore' | 'mean' | 'quartile' | 'below';

/** The threshold each method uses when none is given. */
export const DEFAULT_LAGGING_THRESHOLD: Record<LaggingMethod, number> = {
  zscore: 1,
  mean: 0.8,
  quartile: 0.25,
  below: 1,
};

/**
 * Statistics carry rounding: the mean of [0.1, 0.1, 0.1] is 0.10000000000000002.
 * A value lags only when it is below the bar by more than this share of the
 * data's magnitude, so equal results never flag each other.
 */
const ROUNDING = 1e-12;

/**
 * **Lagging**: flags the values that fall behind the rest.
 *
 * Definition, over the numbers only (blanks, `null`, are never lagging and
 * take no part in the statistics):
 * - `zscore`: value < mean − threshold · sd, with the population standard
 *   deviation (threshold default 1, ≥ 0);
 * - `mean`: value < threshold · mean (threshold default 0.8, ≥ 0);
 * - `quartile`: value ≤ the first quartile, computed like Excel's
 *   `QUARTILE.INC(values, 1)` (linear interpolation, R type 7); `threshold`
 *   does not apply;
 * - `below`: value < threshold (default 1, for ratios such as pace: below plan).
 * The statistical methods need at least one number (`#N/A` otherwise); `below`
 * needs none. Runs in O(n): one pass for mean and sd, a selection for the quartile.
 *
 * @example
 * lagging([10, 20, 30, 40], 'quartile');   // => [true, false, false, false] (Q1 = 17.5)
 * lagging([100, null, 50], 'mean');         // => [false, false, true] (50 < 0.8 · 75)
 * lagging([0.96, 1.02, 0.7], 'below', 0.9); // => [false, false, true]
 *
 * @param values one value per rep; `null` for a blank
 * @param method how "behind" is measured
 * @param threshold the method's parameter (see above)
 * @returns one flag per value, in the order of `values`
 * @throws {DomainError} `num` for a negative threshold with `zscore` or `mean`;
 *   `na` when a statistical method gets no numbers; `value` for a non-finite number
 */
export function lagging(
  values: readonly (number | null)[],
  method: LaggingMethod,
  threshold: number = DEFAULT_LAGGING_THRESHOLD[method],
): boolean[] {
  finiteInput(threshold, 'threshold');
  const numbers: number[] = [];
  for (const v of values) if (v !== null) numbers.push(finiteInput(v, 'values'));
  if (method !== 'below' && numbers.length === 0) throw new DomainError('na', Messages.tooFewNumbers('values', 1));
  if ((method === 'zscore' || method === 'mean') && threshold < 0) {
    throw new DomainError('num', Messages.negative('threshold'));
  }
  const lags = lagTest(numbers, method, threshold);
  return values.map((v) => v !== null && lags(v));
}

function lagTest(numbers: number[], method: LaggingMethod, threshold: number): (v: number) => boolean {
  if (method === 'below') return (v) => v < threshold;
  if (method === 'quartile') {
    const firstQuartile = quantile(numbers, 0.25);
    return (v) => v <= firstQuartile;
  }
  const slack = ROUNDING * numbers.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const average = mean(numbers);
  const bar = method === 'mean' ? threshold * average : average - threshold * standardDeviation(numbers);
  return (v) => v < bar - slack;
}
