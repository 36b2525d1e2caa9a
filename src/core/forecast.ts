import { DomainError } from './errors';
import { finiteInput, finiteResult } from './finite';
import { Messages } from './messages';

/** The most periods one call forecasts: far beyond any plan, small enough never to stall Excel. */
export const MAX_FORECAST_PERIODS = 1000;

/**
 * **Forecast** the next values of a series from its trend, and its season when asked.
 *
 * Definition: the history's values sit at x = 1..n, one per period; blanks
 * (`null`) inside it are missing observations and trailing blanks are not part
 * of it (the forecast continues after the last number). For k = 1..`periods`:
 * - trend (no `seasonLength`): the least-squares line through the points,
 *   evaluated at n + k — what Excel's `FORECAST.LINEAR(n+k, history, {1..n})` gives;
 * - trend + season (`seasonLength` L): the additive model
 *   `y = slope · x + level[(x − 1) mod L]` fitted by least squares. The slope is
 *   the regression of the values on x after taking out each season position's
 *   mean (the "within" estimator), and each position's level is its mean value
 *   less slope × its mean x. On a series that is exactly a linear trend plus a
 *   repeating season, the model is exact. Every position needs ≥ 2 values, which
 *   2 full seasons guarantee.
 * Unlike Excel's `FORECAST.ETS`, this also works in Excel on the web.
 *
 * Runs in O(n + periods).
 *
 * @example
 * forecast([10, 12, 14]);                        // => [16]
 * forecast([1, 5, 3, 7, 5, 9], 2, 2);            // => [7, 11] (trend +1 a period, season ∓1.5)
 *
 * @param history the past values in time order; `null` = no value for that period
 * @param periods how many future values, a whole number 1..1000 (default 1)
 * @param seasonLength periods in a season (e.g. 12 months, 4 quarters), a whole number ≥ 1
 * @returns `periods` forecast values, next period first
 * @throws {DomainError} `na` for fewer than 2 values or, with a season, fewer than 2 values at
 *   some season position; `num` for `periods` or `seasonLength` that is not a whole number in range
 */
export function forecast(history: readonly (number | null)[], periods = 1, seasonLength?: number): number[] {
  checkWholeInRange(periods, 'periods', 1, MAX_FORECAST_PERIODS);
  if (seasonLength !== undefined) checkWholeInRange(seasonLength, 'season_length', 1, Number.MAX_SAFE_INTEGER);
  const points = observedPoints(history);
  if (points.count < 2) throw new DomainError('na', Messages.tooFewNumbers('history', 2));

  const last = points.xs[points.count - 1];
  const predict = seasonLength === undefined ? trendLine(points) : seasonalModel(points, seasonLength);
  return Array.from({ length: periods }, (_, k) => finiteResult(predict(last + k + 1), 'history'));
}

/** The observed points as two flat arrays (no pair per point: a history may hold 100,000). */
interface Points {
  xs: Float64Array;
  ys: Float64Array;
  count: number;
}

function observedPoints(history: readonly (number | null)[]): Points {
  const xs = new Float64Array(history.length);
  const ys = new Float64Array(history.length);
  let count = 0;
  for (let i = 0; i < history.length; i++) {
    const y = history[i];
    if (y === null) continue;
    xs[count] = i + 1;
    ys[count++] = finiteInput(y, 'history');
  }
  return { xs, ys, count };
}

/** Least squares on centred sums, as simple-statistics' `linearRegression` computes it. */
function slopeOf(dx: (i: number) => number, dy: (i: number) => number, count: number): number {
  let sumXY = 0;
  let sumXX = 0;
  for (let i = 0; i < count; i++) {
    const deviationX = dx(i);
    sumXY += deviationX * dy(i);
    sumXX += deviationX * deviationX;
  }
  return sumXY / sumXX;
}

function trendLine({ xs, ys, count }: Points): (x: number) => number {
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < count; i++) {
    sumX += xs[i];
    sumY += ys[i];
  }
  const meanX = sumX / count;
  const meanY = sumY / count;
  const m = slopeOf(
    (i) => xs[i] - meanX,
    (i) => ys[i] - meanY,
    count,
  );
  const b = meanY - m * meanX;
  return (x: number) => b + m * x;
}

function seasonalModel({ xs, ys, count: n }: Points, seasonLength: number): (x: number) => number {
  if (n < 2 * seasonLength) {
    throw new DomainError('na', Messages.tooFewSeasons('history', 'season_length'));
  }
  const position = (x: number) => (x - 1) % seasonLength;
  // seasonLength ≤ n / 2 here, so these arrays are no longer than the history.
  const count = new Float64Array(seasonLength);
  const sumX = new Float64Array(seasonLength);
  const sumY = new Float64Array(seasonLength);
  for (let i = 0; i < n; i++) {
    const p = position(xs[i]);
    count[p] += 1;
    sumX[p] += xs[i];
    sumY[p] += ys[i];
  }
  for (let p = 0; p < seasonLength; p++) {
    if (count[p] < 2) throw new DomainError('na', Messages.tooFewSeasons('history', 'season_length'));
  }
  const meanX = (p: number) => sumX[p] / count[p];
  const meanY = (p: number) => sumY[p] / count[p];

  // The within-position deviations are centred already (each position's mean is 0), so the
  // regression through them is their cross sum over their square sum.
  const slope = slopeOf(
    (i) => xs[i] - meanX(position(xs[i])),
    (i) => ys[i] - meanY(position(xs[i])),
    n,
  );
  return (x: number) => slope * x + meanY(position(x)) - slope * meanX(position(x));
}

function checkWholeInRange(value: number, arg: string, low: number, high: number): void {
  if (!Number.isInteger(finiteInput(value, arg))) throw new DomainError('num', Messages.notInteger(arg));
  if (value < low || value > high) throw new DomainError('num', Messages.notBetween(arg, low, high));
}
