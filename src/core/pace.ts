import { endOfMonth, serialToYmd } from './dates';
import { elapsedDays, periodDays, wholeDay } from './days';
import { DomainError } from './errors';
import { finiteInput, finiteResult } from './finite';
import { Messages } from './messages';

/**
 * **Pace**: how far ahead of or behind plan the result to date is, as a ratio.
 *
 * Definition: `pace = actual / expected`, where `expected` is the part of
 * `target` that should have been reached by `asOf` (days counted inclusively;
 * an `asOf` after the end counts the whole period):
 * - linear (no `seasonality`): `expected = target · elapsed days / period days`;
 * - seasonal: one weight per calendar month the period touches, from the start
 *   month on, normalised to sum 1; `expected = target · (Σ weights of the months
 *   fully elapsed + weight of the current month · share of its days elapsed)`.
 *   A month cut by the period's start or end counts only its days inside the
 *   period.
 * 1 means on plan, 0.96 means 4% behind, 1.1 means 10% ahead.
 *
 * @example
 * // day 20 of a 30-day period, 320,000 of a 500,000 target:
 * // expected = 500,000 · 20/30 = 333,333.33, pace = 320,000 / 333,333.33
 * pace(500000, 320000, 45292, 45321, 45311); // => 0.96
 *
 * @param target the period's target, > 0
 * @param actual result to date, ≥ 0
 * @param start first day of the period (Excel serial date)
 * @param end last day of the period (Excel serial date)
 * @param asOf the day the result is reported to (Excel serial date)
 * @param seasonality optional non-negative weights, one per month of the period
 * @throws {DomainError} `num` for target ≤ 0, negative actual or weights, weights
 *   summing to 0, dates out of order; `na` when `asOf` is before the start;
 *   `value` for a wrong number of weights; `div0` when the months elapsed have no weight
 */
export function pace(target: number, actual: number, start: number, end: number, asOf: number, seasonality?: readonly number[]): number {
  if (finiteInput(target, 'target') <= 0) throw new DomainError('num', Messages.notPositive('target'));
  if (finiteInput(actual, 'actual') < 0) throw new DomainError('num', Messages.negative('actual'));
  const share =
    seasonality === undefined
      ? elapsedDays(start, end, asOf) / periodDays(start, end)
      : seasonalShareElapsed(start, end, asOf, seasonality);
  const expected = target * share;
  if (!(expected > 0)) throw new DomainError('div0', Messages.nothingExpected('seasonality'));
  return finiteResult(actual / expected, 'actual');
}

/** The share (0..1) of the period's target due by `asOf` under monthly weights. */
function seasonalShareElapsed(start: number, end: number, asOf: number, weights: readonly number[]): number {
  elapsedDays(start, end, asOf); // checks the dates and that asOf is not before the start
  const s = wholeDay(start, 'start_date');
  const e = wholeDay(end, 'end_date');
  const a = Math.min(wholeDay(asOf, 'as_of'), e);

  const months = monthsTouched(s, e);
  if (weights.length !== months) throw new DomainError('value', Messages.weightsPerMonth('seasonality', months));
  const total = checkedWeightSum(weights);

  let share = 0;
  for (let monthStart = s, i = 0; monthStart <= a; monthStart = endOfMonth(monthStart) + 1, i++) {
    const monthEnd = Math.min(endOfMonth(monthStart), e);
    const daysElapsed = Math.min(a, monthEnd) - monthStart + 1;
    share += (weights[i] / total) * (daysElapsed / (monthEnd - monthStart + 1));
  }
  return share;
}

/** How many calendar months the days `s..e` touch (Jan 15 – Mar 2 touches 3). */
function monthsTouched(s: number, e: number): number {
  const first = serialToYmd(s);
  const last = serialToYmd(e);
  return (last.year - first.year) * 12 + last.month - first.month + 1;
}

function checkedWeightSum(weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) {
    if (finiteInput(w, 'seasonality') < 0) throw new DomainError('num', Messages.negative('seasonality'));
    total += w;
  }
  if (total === 0) throw new DomainError('num', Messages.zeroSum('seasonality'));
  return finiteResult(total, 'seasonality');
}
