import { DomainError } from './errors';
import { Messages } from './messages';

/** Most rounds of the fit for partial years; complete histories settle after the first. */
const ROUNDS = 50;

/**
 * **Seasonality**: a seasonal index per period (month, quarter…) from a history of
 * several years, summing to 1, for phasing an annual target.
 *
 * Definition: with complete years, the index of period `p` is the mean over the
 * years of `value[y][p] / total of year y`, normalised to sum 1. A blank (`null`)
 * cell is a period without data, e.g. a year that is not over yet. Its year's
 * total cannot then be taken at face value (a half year's total is about half a
 * year's), so a partial year is compared with the periods it does have: its level
 * is `Σ present values / Σ index of the present periods`, and it contributes
 * `value / level` to the mean of each present period. Index and levels are found
 * together by alternating the two formulas (starting from a flat index); with no
 * blanks the first round gives exactly the definition above, so this only changes
 * the answer when years are partial. Years whose values add up to 0 carry no
 * information and are skipped.
 *
 * Method: each year is first scaled by its largest value (the index does not
 * depend on a year's scale, and this keeps sums of values near 1e308 finite), then
 * at most {@link ROUNDS} rounds of the alternation, O(rounds · cells).
 *
 * @example
 * // Two complete years of four quarters: shares .1 .2 .3 .4 and .2 .2 .3 .3.
 * seasonality([[10, 20, 30, 40], [20, 20, 30, 30]]); // => [0.15, 0.2, 0.3, 0.35]
 * // A partial year (Q3, Q4 blank) whose first half runs like the full year.
 * seasonality([[10, 20, 30, 40], [15, 30, null, null]]); // => [0.1, 0.2, 0.3, 0.4]
 *
 * @param history rows = years, columns = periods; `null` = no data; values ≥ 0
 * @returns one index per period (column), each ≥ 0, summing to 1
 * @throws {DomainError} `value` for an empty, ragged or non-finite history; `num` for a
 *   negative value; `na` when no year adds up to more than 0 or a period has no value
 */
export function seasonality(history: readonly (readonly (number | null)[])[]): number[] {
  const periods = checkShape(history);
  const years = history.map(scaledYear).filter((y): y is (number | null)[] => y !== null);
  if (years.length === 0) throw new DomainError('na', Messages.noPositiveRow('history'));
  const seen = new Array<boolean>(periods).fill(false);
  for (const year of years) for (let p = 0; p < periods; p++) if (year[p] !== null) seen[p] = true;
  const empty = seen.indexOf(false);
  if (empty >= 0) throw new DomainError('na', Messages.noValueInColumn('history', empty + 1));

  let index = new Array<number>(periods).fill(1 / periods);
  for (let round = 0; round < ROUNDS; round++) {
    const sums = new Array<number>(periods).fill(0);
    const counts = new Array<number>(periods).fill(0);
    for (const year of years) {
      const level = yearLevel(year, index);
      if (level === null) continue;
      for (let p = 0; p < periods; p++) {
        const v = year[p];
        if (v === null) continue;
        sums[p] += v / level;
        counts[p] += 1;
      }
    }
    const mean = sums.map((s, p) => (counts[p] > 0 ? s / counts[p] : 0));
    const total = mean.reduce((a, b) => a + b, 0);
    if (!(total > 0)) break; // cannot happen with a positive year; keep the last index
    const next = mean.map((m) => m / total);
    const change = next.reduce((max, x, p) => Math.max(max, Math.abs(x - index[p])), 0);
    index = next;
    if (change < 1e-15) break; // settled (at once for complete years)
  }
  return index;
}

/** A year's values divided by its largest, or `null` for a year that adds up to 0. */
function scaledYear(year: readonly (number | null)[]): (number | null)[] | null {
  const largest = year.reduce<number>((m, v) => (v !== null && v > m ? v : m), 0);
  return largest > 0 ? year.map((v) => (v === null ? null : v / largest)) : null;
}

/** The level of a year: its present values over the index share of the periods present. */
function yearLevel(year: readonly (number | null)[], index: readonly number[]): number | null {
  let valueSum = 0;
  let indexSum = 0;
  for (let p = 0; p < year.length; p++) {
    const v = year[p];
    if (v === null) continue;
    valueSum += v;
    indexSum += index[p];
  }
  return indexSum > 0 && valueSum > 0 ? valueSum / indexSum : null;
}

function checkShape(history: readonly (readonly (number | null)[])[]): number {
  if (history.length === 0 || history[0].length === 0) throw new DomainError('value', Messages.empty('history'));
  const periods = history[0].length;
  for (const year of history) {
    if (year.length !== periods) throw new DomainError('value', Messages.notRectangular('history'));
    for (const v of year) {
      if (v === null) continue;
      if (!Number.isFinite(v)) throw new DomainError('value', Messages.notFinite('history'));
      if (v < 0) throw new DomainError('num', Messages.negative('history'));
    }
  }
  return periods;
}
