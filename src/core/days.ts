import { MAX_EXCEL_DATE } from './dates';
import { DomainError } from './errors';
import { Messages } from './messages';

/**
 * Names of the date arguments, so that messages name what the user typed
 * (`start_date` in a formula, or whatever a caller in core calls it).
 */
export interface DateArgNames {
  start: string;
  end: string;
  asOf: string;
}

const EXCEL_NAMES: DateArgNames = { start: 'start_date', end: 'end_date', asOf: 'as_of' };

/**
 * A date argument as a whole day: an Excel serial date, its time of day dropped
 * (a time stamp of 15:30 on the last day still counts that day once).
 *
 * @throws {DomainError} `value` if not finite; `num` outside Excel's dates 0..2958465
 */
export function wholeDay(serial: number, arg: string): number {
  if (!Number.isFinite(serial)) throw new DomainError('value', Messages.notFinite(arg));
  const day = Math.floor(serial);
  if (day < 0 || day > MAX_EXCEL_DATE) throw new DomainError('num', Messages.notDate(arg));
  return day;
}

/**
 * **Period days**: the number of days from `start` to `end`, both counted.
 *
 * Definition: `end − start + 1` on whole days. A period that ends before it
 * starts is `#NUM!`, as in Excel's `DATEDIF`.
 *
 * @example
 * periodDays(45292, 45321); // => 30 (2024-01-01 … 2024-01-30)
 *
 * @throws {DomainError} `num` when `end < start` or a date is outside Excel's range
 */
export function periodDays(start: number, end: number, names: DateArgNames = EXCEL_NAMES): number {
  const [s, e] = checkedPeriod(start, end, names);
  return e - s + 1;
}

/**
 * **Elapsed days**: the days of the period from `start` up to and including `asOf`.
 *
 * Definition: `min(asOf, end) − start + 1` on whole days, so an `asOf` after the
 * end counts the whole period. An `asOf` before the start is `#N/A`: nothing
 * can be measured yet.
 *
 * @example
 * elapsedDays(45292, 45321, 45311); // => 20 (day 20 of 30)
 * elapsedDays(45292, 45321, 45400); // => 30 (after the end: the whole period)
 *
 * @throws {DomainError} `na` when `asOf < start`; `num` as {@link periodDays}
 */
export function elapsedDays(start: number, end: number, asOf: number, names: DateArgNames = EXCEL_NAMES): number {
  const [s, e] = checkedPeriod(start, end, names);
  const a = wholeDay(asOf, names.asOf);
  if (a < s) throw new DomainError('na', Messages.asOfBeforeStart(names.asOf, names.start));
  return Math.min(a, e) - s + 1;
}

function checkedPeriod(start: number, end: number, names: DateArgNames): [number, number] {
  const s = wholeDay(start, names.start);
  const e = wholeDay(end, names.end);
  if (e < s) throw new DomainError('num', Messages.endBeforeStart(names.end, names.start));
  return [s, e];
}
