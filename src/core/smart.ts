import { MAX_EXCEL_DATE } from './dates';
import { percentileOfGrowth } from './achievable';
import { isDomainError } from './errors';

/** The percentile above which a target's growth is judged out of reach (A fails). */
export const ACHIEVABLE_PERCENTILE = 0.9;

/** What {@link smart} checks. `null` is a blank cell: not given. */
export interface SmartInput {
  target: number | null;
  baseline: number | null;
  startDate: number | null;
  endDate: number | null;
  history?: readonly number[];
  marketGrowth?: number;
  asOf?: number;
}

/** The outcome of a SMART check, letter by letter. */
export interface SmartCheck {
  /** `SMART` when every letter holds, else the failing letters in order, e.g. `AR`. */
  verdict: string;
  /** `target / baseline − 1`, or `null` without a target ≥ 0 and a baseline above 0. */
  requiredGrowth: number | null;
  /** The percentile of {@link requiredGrowth} in the history, or `null` when it cannot be computed. */
  achievability: number | null;
  s: boolean;
  m: boolean;
  a: boolean;
  r: boolean;
  t: boolean;
}

/**
 * **SMART check** of a sales target (具体、可衡量、可达到、相关、时限), as docs/functions.md#salessmart defines it:
 *
 * - **S** specific: `target` is a number above 0 and the period is given (`startDate < endDate`);
 * - **M** measurable: `baseline` is a number ≥ 0;
 * - **A** achievable: the achievability percentile (see `achievable`) is ≤ 0.9. When it
 *   cannot be computed — no baseline above 0, or no history with ≥ 3 growth points —
 *   A fails: the target has not been shown to be within reach;
 * - **R** relevant: the required growth is at least `marketGrowth`; TRUE when it is
 *   omitted, FALSE when it is given and the growth cannot be computed;
 * - **T** time-bound: both dates are Excel dates (0..2958465), `endDate > startDate`,
 *   and `endDate ≥ asOf` when `asOf` is given (an `asOf` outside Excel's dates fails T).
 *
 * A check reports instead of raising: blanks and out-of-range numbers fail their
 * letters. Only a history that is itself invalid (a negative value) raises, as in
 * `achievable`.
 *
 * @example
 * // Grow 100 to 115 in 2025, history growth .1, .1, 0 → percentile .93 > .9: A fails.
 * smart({ target: 115, baseline: 100, startDate: 45658, endDate: 46022,
 *         history: [100, 110, 121, 121] }).verdict; // => 'A'
 *
 * @throws {DomainError} `num` for a negative history value (see `achievable`)
 */
export function smart(input: SmartInput): SmartCheck {
  const { target, baseline, startDate, endDate, history, marketGrowth, asOf } = input;
  // Whole days: a time of day on a date does not make a period or a deadline.
  const start = wholeDate(startDate);
  const end = wholeDate(endDate);
  const periodGiven = start !== null && end !== null && end > start;

  const s = isFiniteNumber(target) && target > 0 && periodGiven;
  const m = isFiniteNumber(baseline) && baseline >= 0;
  const requiredGrowth = growthOf(target, baseline);
  const achievability = requiredGrowth === null ? null : percentileOrNull(requiredGrowth, history);
  const a = achievability !== null && achievability <= ACHIEVABLE_PERCENTILE;
  const r = marketGrowth === undefined || (requiredGrowth !== null && requiredGrowth >= marketGrowth);
  const asOfDay = asOf === undefined ? undefined : wholeDate(asOf);
  const t = periodGiven && (asOfDay === undefined || (asOfDay !== null && (end as number) >= asOfDay));

  const letters = { S: s, M: m, A: a, R: r, T: t };
  const failing = Object.entries(letters)
    .filter(([, ok]) => !ok)
    .map(([letter]) => letter)
    .join('');
  return { verdict: failing || 'SMART', requiredGrowth, achievability, s, m, a, r, t };
}

function growthOf(target: number | null, baseline: number | null): number | null {
  if (!isFiniteNumber(target) || !isFiniteNumber(baseline) || target < 0 || baseline <= 0) return null;
  const growth = target / baseline - 1;
  return Number.isFinite(growth) ? growth : null;
}

function percentileOrNull(growth: number, history: readonly number[] | undefined): number | null {
  if (history === undefined) return null;
  try {
    return percentileOfGrowth(growth, history);
  } catch (e) {
    if (isDomainError(e) && e.kind === 'na') return null;
    throw e;
  }
}

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The whole day of an Excel date, or `null` for a blank or a number outside 0..2958465. */
function wholeDate(value: number | null | undefined): number | null {
  return isFiniteNumber(value) && value >= 0 && value <= MAX_EXCEL_DATE ? Math.floor(value) : null;
}
