import { linearRegression, linearRegressionLine } from 'simple-statistics';
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
  if (points.length < 2) throw new DomainError('na', Messages.tooFewNumbers('history', 2));

  const last = points[points.length - 1][0];
  const predict = seasonLength === undefined ? linearRegressionLine(linearRegression(points)) : seasonalModel(points, seasonLength);
  return Array.from({ length: periods }, (_, k) => finiteResult(predict(last + k + 1), 'history'));
}

/** [x, y] pairs at x = 1..n for the numbers of the history, skipping blanks. */
function observedPoints(history: readonly (number | null)[]): [number, number][] {
  const points: [number, number][] = [];
  history.forEach((y, i) => {
    if (y !== null) points.push([i + 1, finiteInput(y, 'history')]);
  });
  return points;
}

/** The additive trend + season fit; returns the fitted value at any x. */
function seasonalModel(points: readonly [number, number][], seasonLength: number): (x: number) => number {
  if (points.length < 2 * seasonLength) {
    throw new DomainError('na', Messages.tooFewSeasons('history', 'season_length'));
  }
  const position = (x: number) => (x - 1) % seasonLength;
  const count = new Map<number, number>();
  const sumX = new Map<number, number>();
  const sumY = new Map<number, number>();
  for (const [x, y] of points) {
    const p = position(x);
    count.set(p, (count.get(p) ?? 0) + 1);
    sumX.set(p, (sumX.get(p) ?? 0) + x);
    sumY.set(p, (sumY.get(p) ?? 0) + y);
  }
  for (let p = 0; p < seasonLength; p++) {
    if ((count.get(p) ?? 0) < 2) throw new DomainError('na', Messages.tooFewSeasons('history', 'season_length'));
  }
  const meanX = (p: number) => (sumX.get(p) as number) / (count.get(p) as number);
  const meanY = (p: number) => (sumY.get(p) as number) / (count.get(p) as number);

  const withinPosition = points.map(([x, y]): [number, number] => [x - meanX(position(x)), y - meanY(position(x))]);
  const slope = linearRegression(withinPosition).m;
  return (x: number) => slope * x + meanY(position(x)) - slope * meanX(position(x));
}

function checkWholeInRange(value: number, arg: string, low: number, high: number): void {
  if (!Number.isInteger(finiteInput(value, arg))) throw new DomainError('num', Messages.notInteger(arg));
  if (value < low || value > high) throw new DomainError('num', Messages.notBetween(arg, low, high));
}
