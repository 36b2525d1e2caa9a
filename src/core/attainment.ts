import { mulberry32 } from './mulberry32';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { DomainError } from './errors';
import { finiteInput } from './finite';
import { Messages } from './messages';
import { normalCdf } from './normal-cdf';

export type AttainmentMethod = 'normal' | 'bootstrap';

/** The most periods left one call takes: far beyond any plan, small enough that a bootstrap stays quick. */
export const MAX_REMAINING_PERIODS = 1000;
/** Resamples of the bootstrap: its standard error is at most √(¼ / 10 000) = 0.005. */
export const BOOTSTRAP_RESAMPLES = 10_000;
/** The bootstrap's fixed seed, so that the same arguments always give the same probability. */
export const BOOTSTRAP_SEED = 20_260_101;
/**
 * A spread below this share of the mean's size (at least 1) is floating-point noise, not
 * variation: [0.1, 0.1, 0.1] has a sample sd of 1.7e-17. The Dashboard's formula uses the same bar.
 */
export const NO_SPREAD = 1e-12;

/**
 * **Chance of making quota**: the probability that the result to date plus what the
 * remaining periods bring reaches the quota, judged from the completed periods' results.
 *
 * Definition, in this order:
 * 1. `actual ≥ quota`: 1 (already made, whatever the history).
 * 2. no period left (`remaining` 0): 0.
 * 3. fewer than 2 numbers in `history` (blanks, `null`, are periods not reported and are
 *    skipped): no spread can be estimated, `#N/A`.
 * 4. `"normal"`: with μ the mean and σ the *sample* standard deviation of the history, the
 *    remaining periods' total is taken as normal, N(rμ, rσ²) for r = `remaining`
 *    (independent periods like the past ones), so
 *    P = 1 − Φ((quota − actual − rμ) / (σ√r)) = Φ((actual + rμ − quota) / (σ√r)) —
 *    Excel's `NORM.DIST(actual + r·μ, quota, σ·√r, TRUE)`. When σ is 0 (below 1e-12 of
 *    max(1, |μ|)) the total is exactly rμ: 1 if actual + rμ ≥ quota, else 0.
 * 5. `"bootstrap"`: 10 000 resamples, each the sum of ⌊r⌋ values drawn with replacement from
 *    the history's numbers plus (r − ⌊r⌋) × one more draw; P is the share of resamples with
 *    actual + sum ≥ quota. Draws come from a mulberry32 generator with the fixed seed
 *    20260101, so the result is the same on every call. It makes no normality assumption
 *    (skewed or lumpy months), and on normal-looking data it is close to `"normal"` (within a
 *    few points: the resamples' spread is the history's population spread, and the
 *    standard error of 10 000 resamples is at most 0.005).
 * `remaining` may be fractional (the Dashboard counts the share of each period still to come).
 *
 * @example
 * // Months 100, 120, 80, 100: μ = 100, σ = 16.33; 400 to date, 3 months left, quota 750:
 * // z = (400 + 300 − 750) / (16.33 · √3) = −1.768.
 * attainmentChance([100, 120, 80, 100], 400, 750, 3); // => 0.0385…
 * attainmentChance([100, 120, 80, 100], 400, 650, 3); // => 0.9615…
 * attainmentChance([100, 120, 80, 100], 800, 750, 3); // => 1 (already made)
 *
 * @param history the completed periods' results in any order; `null` for a blank
 * @param actual the result to date (may be negative after refunds)
 * @param quota the quota to reach
 * @param remaining periods still to come, 0..1000 (fractions allowed)
 * @param method `"normal"` (default) or `"bootstrap"`
 * @returns the probability, 0..1
 * @throws {DomainError} `value` for a non-finite number; `num` for `remaining` outside
 *   0..1000 or a history too large to add up; `na` for fewer than 2 numbers in the history
 */
export function attainmentChance(
  history: readonly (number | null)[],
  actual: number,
  quota: number,
  remaining: number,
  method: AttainmentMethod = 'normal',
): number {
  finiteInput(actual, 'actual');
  finiteInput(quota, 'quota');
  finiteInput(remaining, 'remaining');
  if (remaining < 0 || remaining > MAX_REMAINING_PERIODS) {
    throw new DomainError('num', Messages.notBetween('remaining', 0, MAX_REMAINING_PERIODS));
  }
  const numbers: number[] = [];
  for (const v of history) if (v !== null) numbers.push(finiteInput(v, 'history'));
  if (actual >= quota) return 1;
  if (remaining === 0) return 0;
  if (numbers.length < 2) throw new DomainError('na', Messages.tooFewNumbers('history', 2));
  return method === 'bootstrap' ? bootstrap(numbers, actual, quota, remaining) : normal(numbers, actual, quota, remaining);
}

function normal(numbers: readonly number[], actual: number, quota: number, r: number): number {
  const mu = mean(numbers);
  const sigma = sampleStandardDeviation(numbers);
  const reach = actual + r * mu;
  if (!Number.isFinite(reach) || !Number.isFinite(sigma)) throw new DomainError('num', Messages.resultTooLarge('history'));
  if (sigma <= NO_SPREAD * Math.max(1, Math.abs(mu))) return reach >= quota ? 1 : 0;
  return normalCdf((reach - quota) / (sigma * Math.sqrt(r)));
}

function bootstrap(numbers: readonly number[], actual: number, quota: number, r: number): number {
  const whole = Math.floor(r);
  const part = r - whole;
  const next = mulberry32(BOOTSTRAP_SEED);
  const draw = () => numbers[Math.floor(next() * numbers.length)];
  let made = 0;
  for (let b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
    let total = actual;
    for (let k = 0; k < whole; k++) total += draw();
    if (part > 0) total += part * draw();
    if (Number.isNaN(total)) throw new DomainError('num', Messages.resultTooLarge('history'));
    if (total >= quota) made++;
  }
  return made / BOOTSTRAP_RESAMPLES;
}
