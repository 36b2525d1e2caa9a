import { DomainError } from './errors';
import { Messages } from './messages';

/**
 * **Split** a total in proportion to weights, so that the parts add up exactly.
 *
 * Definition: each part is a multiple of `unit`; the number of units in the
 * total, `floor(total / unit)`, is shared by the largest-remainder (Hamilton)
 * method: every part first gets the whole units of its exact share
 * `units · w / Σw`, then the units still left go one each to the parts with the
 * largest fractional remainders. Ties go to the larger weight, then to the
 * earlier position. What cannot be expressed in units, `total mod unit`, is
 * added to the part with the largest weight (the earliest of equal weights).
 * Weights that are all zero split equally. `unit = 0` means no rounding: the
 * exact proportional shares are returned.
 *
 * The parts always sum to `total` (exactly when `total` and `unit` are whole
 * numbers; to the last floating-point bit of the exact shares otherwise), which
 * is what makes a quota split reconcile with the team target.
 *
 * Runs in O(n log n) for n weights (one sort of the remainders).
 *
 * @example
 * split(100, [78.26, 17.39, 4.35]); // => [78, 18, 4]
 * split(1000, [1, 1, 1], 10);       // => [340, 330, 330]
 *
 * @param total amount to split, ≥ 0
 * @param weights non-negative weights, one per part (at least one)
 * @param unit granularity of the parts, ≥ 0 (default 1; 0 = no rounding)
 * @returns the parts, in the order of `weights`
 * @throws {DomainError} `num` for a negative total, weight or unit, or more than 1e15 units
 *   in the total; `value` for no weights or a non-finite number
 */
export function split(total: number, weights: readonly number[], unit = 1): number[] {
  checkArguments(total, weights, unit);
  const n = weights.length;
  // Scaled by the largest weight first, so that weights near 1e308 cannot overflow their sum.
  const largest = weights[largestWeightIndex(weights)];
  const scaled = largest > 0 ? weights.map((w) => w / largest) : weights.map(() => 1);
  const scaledSum = scaled.reduce((sum, w) => sum + w, 0);
  const shares = scaled.map((w) => w / scaledSum);

  if (unit === 0) return shares.map((s) => s * total);

  const units = Math.floor(total / unit + 1e-9);
  if (units > MAX_UNITS) throw new DomainError('num', Messages.tooManyUnits('total', 'unit', MAX_UNITS));
  const exact = shares.map((s) => s * units);
  const whole = exact.map((x) => Math.floor(x + 1e-9));
  const remainder = exact.map((x, i) => x - whole[i]);
  const order = exact
    .map((_, i) => i)
    .sort((a, b) => {
      const byRemainder = remainder[b] - remainder[a];
      if (Math.abs(byRemainder) > 1e-9) return byRemainder;
      if (weights[a] !== weights[b]) return weights[b] - weights[a];
      return a - b;
    });
  // Rounding of the shares can leave the floors a few units off the total in either direction
  // (only for huge unit counts); both loops are bounded by that small difference.
  let left = units - whole.reduce((sum, x) => sum + x, 0);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) whole[order[k]] += 1;
  for (let k = n - 1; left < 0; k = (k + n - 1) % n) {
    if (whole[order[k]] > 0) {
      whole[order[k]] -= 1;
      left++;
    }
  }

  const parts = whole.map((u) => u * unit);
  const rest = total - units * unit;
  if (rest > 0) parts[largestWeightIndex(weights)] += rest;
  return parts;
}

/**
 * Above 1e15 units, whole numbers are no longer exact in floating point (2^53 ≈ 9e15),
 * so the parts could not sum exactly; a unit that small for the total is #NUM!.
 */
const MAX_UNITS = 1e15;

function largestWeightIndex(weights: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < weights.length; i++) if (weights[i] > weights[best]) best = i;
  return best;
}

function checkArguments(total: number, weights: readonly number[], unit: number): void {
  if (!Number.isFinite(total)) throw new DomainError('value', Messages.notFinite('total'));
  if (total < 0) throw new DomainError('num', Messages.negative('total'));
  if (!Number.isFinite(unit)) throw new DomainError('value', Messages.notFinite('unit'));
  if (unit < 0) throw new DomainError('num', Messages.negative('unit'));
  if (weights.length === 0) throw new DomainError('value', Messages.empty('weights'));
  for (const w of weights) {
    if (!Number.isFinite(w)) throw new DomainError('value', Messages.notFinite('weights'));
    if (w < 0) throw new DomainError('num', Messages.negative('weights'));
  }
}
