import { monthIndex } from './dates';
import { wholeDay } from './days';
import { DomainError } from './errors';
import { Messages } from './messages';
import { DEFAULT_RAMP } from './plan-defaults';

/**
 * **Ramp**: the capacity factor (0..1) of each rep over a planning period, so that a
 * new hire is not given a veteran's quota.
 *
 * Definition: the period touches the calendar months from `periodStart`'s month to
 * `periodEnd`'s month. In each of them a rep works at the ramp share of their month
 * of tenure `t` (the month they start is `t = 1`): `shares[t − 1]` while
 * `t ≤ shares.length`, full capacity 1 after that, and 0 before they start. The
 * factor is the mean of those monthly shares. A `null` start date is an existing
 * rep, factor 1; a rep who starts after the period gets 0.
 *
 * Method: per rep, the months past the ramp are counted at once and only the ramp
 * months are visited, so the cost is O(reps · shares) however long the period is.
 *
 * @example
 * // Year 2025 (45658 = 2025-01-01 … 46022 = 2025-12-31); a rep starting 2025-03-15
 * // has Jan, Feb = 0, Mar .25, Apr .5, May .75, Jun–Dec 7 × 1: (1.5 + 7) / 12.
 * ramp([null, 45731], 45658, 46022); // => [1, 0.7083…]
 *
 * @param startDates each rep's start date (Excel serial), or `null` for an existing rep
 * @param periodStart first day of the period (Excel serial)
 * @param periodEnd last day of the period (Excel serial), not before `periodStart`
 * @param shares capacity share per tenure month, each in 0..1 (default 25%, 50%, 75%)
 * @returns one factor in 0..1 per rep, in the order of `startDates`
 * @throws {DomainError} `value` for a non-finite date or share; `num` for a date outside
 *   Excel's range, a period that ends before it starts, or a share outside 0..1
 */
export function ramp(
  startDates: readonly (number | null)[],
  periodStart: number,
  periodEnd: number,
  shares: readonly number[] = DEFAULT_RAMP,
): number[] {
  const startDay = wholeDay(periodStart, 'period_start');
  const endDay = wholeDay(periodEnd, 'period_end');
  if (endDay < startDay) throw new DomainError('num', Messages.endBeforeStart('period_end', 'period_start'));
  const first = monthIndex(startDay);
  const last = monthIndex(endDay);
  for (const s of shares) {
    if (!Number.isFinite(s)) throw new DomainError('value', Messages.notFinite('ramp'));
    if (s < 0 || s > 1) throw new DomainError('num', Messages.notBetween('ramp', 0, 1));
  }
  const months = last - first + 1;
  return startDates.map((start) => {
    if (start === null) return 1;
    const startMonth = monthIndex(wholeDay(start, 'start_dates'));
    return tenureShareSum(first - startMonth + 1, last - startMonth + 1, shares) / months;
  });
}

/** Σ of the share over tenure months `from..to` (0 before month 1, 1 after the ramp). */
function tenureShareSum(from: number, to: number, shares: readonly number[]): number {
  const fullMonths = Math.max(0, to - Math.max(from, shares.length + 1) + 1);
  let sum = fullMonths;
  for (let t = Math.max(from, 1); t <= Math.min(to, shares.length); t++) sum += shares[t - 1];
  return sum;
}
