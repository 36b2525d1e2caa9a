import { DomainError } from './errors';
import { finiteInput, finiteResult } from './finite';
import { Messages } from './messages';

/** One commission tier: from `threshold` (attainment, e.g. 1 = 100% of quota) on, pay `rate` (0..1). */
export interface PayoutTier {
  threshold: number;
  rate: number;
}

export type PayoutMode = 'marginal' | 'flat';

/**
 * **Payout**: the commission earned on a result under tiered rates.
 *
 * Definition: attainment = `achieved / quota`; tier i covers attainment from
 * its threshold up to the next tier's threshold (the last tier has no top).
 * - `marginal`: each slice of `achieved` is paid at the rate of the tier it
 *   falls in: Σ rateᵢ · (min(achieved, thresholdᵢ₊₁ · quota) − thresholdᵢ · quota)⁺;
 * - `flat`: all of `achieved` is paid at the rate of the highest tier reached
 *   (threshold ≤ attainment).
 * Marginal pay never falls as `achieved` grows; flat pay jumps up at each
 * threshold when rates rise, and can fall if a higher tier has a lower rate.
 *
 * @example
 * const tiers = [{ threshold: 0, rate: 0.04 }, { threshold: 1, rate: 0.06 }, { threshold: 1.5, rate: 0.08 }];
 * // 100,000 at 4% + 50,000 at 6% + 10,000 at 8%
 * payout(160000, 100000, tiers, 'marginal'); // => 7800
 * // 160% attainment reaches the 150% tier: 160,000 at 8%
 * payout(160000, 100000, tiers, 'flat');     // => 12800
 *
 * @param achieved result to be paid on, ≥ 0
 * @param quota the quota attainment is measured against, > 0
 * @param tiers thresholds strictly ascending from 0, rates in 0..1
 * @param mode `marginal` or `flat`
 * @throws {DomainError} `value` for no tiers or thresholds not rising from 0; `num` for a rate
 *   outside 0..1, a negative `achieved` or `quota`; `div0` for a quota of 0
 */
export function payout(achieved: number, quota: number, tiers: readonly PayoutTier[], mode: PayoutMode): number {
  if (finiteInput(achieved, 'achieved') < 0) throw new DomainError('num', Messages.negative('achieved'));
  if (finiteInput(quota, 'quota') < 0) throw new DomainError('num', Messages.negative('quota'));
  if (quota === 0) throw new DomainError('div0', Messages.notPositive('quota'));
  checkTiers(tiers);

  const attainment = achieved / quota;
  if (mode === 'flat') {
    // Compare attainment ratios, not amounts: 110,000 / 100,000 is exactly the double 1.1,
    // while 1.1 × 100,000 is 110,000.00000000001 and would miss the tier.
    // Thresholds rise from 0 (checked), so the last tier reached is the last at or below it.
    let rate = tiers[0].rate;
    for (let i = 1; i < tiers.length && tiers[i].threshold <= attainment; i++) rate = tiers[i].rate;
    return finiteResult(achieved * rate, 'achieved');
  }
  // Slices in money, so that round quotas give round slices (150,000 − 100,000, not 100,000 × 0.5).
  let pay = 0;
  for (let i = 0; i < tiers.length; i++) {
    const bottom = tiers[i].threshold * quota;
    const top = i + 1 < tiers.length ? Math.min(achieved, tiers[i + 1].threshold * quota) : achieved;
    pay += tiers[i].rate * Math.max(0, top - bottom);
  }
  return finiteResult(pay, 'achieved');
}

function checkTiers(tiers: readonly PayoutTier[]): void {
  if (tiers.length === 0) throw new DomainError('value', Messages.empty('tiers'));
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i];
    const threshold = finiteInput(tier.threshold, 'tiers');
    const rising = i === 0 ? threshold === 0 : threshold > tiers[i - 1].threshold;
    if (!rising) throw new DomainError('value', Messages.tiersFromZero('tiers'));
    if (finiteInput(tier.rate, 'tiers') < 0 || tier.rate > 1) {
      throw new DomainError('num', Messages.notBetween('tiers rates', 0, 1));
    }
  }
}
