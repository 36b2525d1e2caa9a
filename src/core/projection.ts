import { elapsedDays, periodDays } from './days';
import { DomainError } from './errors';
import { finiteInput, finiteResult } from './finite';
import { Messages } from './messages';

/**
 * **Projection**: where the period ends if the result keeps its run rate.
 *
 * Definition: `actual / elapsed days · period days`, days counted inclusively
 * (elapsed = min(asOf, end) − start + 1; period = end − start + 1). After the
 * end, elapsed = period, so the projection is the actual itself.
 *
 * @example
 * // 320,000 in the first 20 days of a 30-day period: 16,000 a day for 30 days
 * projection(320000, 45292, 45321, 45311); // => 480000
 *
 * @param actual result to date, ≥ 0
 * @param start first day of the period (Excel serial date)
 * @param end last day of the period (Excel serial date)
 * @param asOf the day the result is reported to (Excel serial date)
 * @throws {DomainError} `num` for a negative actual or `end < start`; `na` when `asOf < start`
 */
export function projection(actual: number, start: number, end: number, asOf: number): number {
  if (finiteInput(actual, 'actual') < 0) throw new DomainError('num', Messages.negative('actual'));
  const elapsed = elapsedDays(start, end, asOf);
  // actual × (period / elapsed), not (actual / elapsed) × period: the ratio is ≥ 1, so the
  // projection can never round below the actual (a tiny actual divided first would underflow).
  return finiteResult(actual * (periodDays(start, end) / elapsed), 'actual');
}
