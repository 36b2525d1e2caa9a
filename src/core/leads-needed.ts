import { DomainError } from './errors';
import { Messages } from './messages';

/**
 * More deals than this at a stage is not a plan (100 × the world's population); the bound
 * also keeps the rounding tolerance below 0.01 of a deal.
 */
const MAX_COUNT = 1e12;
/** Relative size of floating-point noise in one division of user-typed decimals (a few ulps). */
const NOISE = 1e-14;

/**
 * **Leads needed**: the reverse funnel, from a sales target back to the leads it takes.
 *
 * Definition: wins needed `w = ⌈target / avgDeal⌉`; then, walking the funnel
 * backwards, each earlier stage needs `⌈next stage / rate⌉` deals, where
 * `stepRates[k]` is the conversion from stage `k` to stage `k + 1`. A deal is whole,
 * so every stage is rounded up. A quotient within 1e-14 (relative: floating-point
 * noise) of a whole number counts as that number, so that 3 / 0.3 =
 * 10.000000000000002 needs 10, not 11.
 *
 * @example
 * // 1,000,000 at 50,000 a deal = 20 wins; 20 / 0.5 = 40 proposals; 40 / 0.3 = 133.3 → 134 leads.
 * leadsNeeded(1_000_000, 50_000, [0.3, 0.5]); // => [134, 40, 20]
 *
 * @param target the sales target, ≥ 0
 * @param avgDeal average value of a won deal, > 0
 * @param stepRates conversion rate of each step, in funnel order, each in (0, 1]
 * @returns the deals needed at each stage, leads first and wins last (one longer than `stepRates`)
 * @throws {DomainError} `value` for a non-finite number; `num` for a negative target, a
 *   negative average deal, a rate outside (0, 1], or more than 1e12 deals at a stage;
 *   `div0` for an average deal of 0
 */
export function leadsNeeded(target: number, avgDeal: number, stepRates: readonly number[]): number[] {
  checkArguments(target, avgDeal, stepRates);
  // Filled from the wins backwards in place: `unshift` would move every stage at every step.
  const stages = new Array<number>(stepRates.length + 1);
  stages[stepRates.length] = wholeUp(target / avgDeal, 'avg_deal');
  for (let k = stepRates.length - 1; k >= 0; k--) stages[k] = wholeUp(stages[k + 1] / stepRates[k], 'step_rates');
  return stages;
}

function wholeUp(x: number, drivenBy: string): number {
  const nearest = Math.round(x);
  const whole = Math.abs(x - nearest) <= NOISE * Math.max(1, Math.abs(x)) ? nearest : Math.ceil(x);
  if (!(whole <= MAX_COUNT)) throw new DomainError('num', Messages.resultTooLarge(drivenBy));
  return whole;
}

function checkArguments(target: number, avgDeal: number, stepRates: readonly number[]): void {
  if (!Number.isFinite(target)) throw new DomainError('value', Messages.notFinite('target'));
  if (target < 0) throw new DomainError('num', Messages.negative('target'));
  if (!Number.isFinite(avgDeal)) throw new DomainError('value', Messages.notFinite('avg_deal'));
  if (avgDeal < 0) throw new DomainError('num', Messages.notPositive('avg_deal'));
  if (avgDeal === 0) throw new DomainError('div0', Messages.notPositive('avg_deal'));
  for (const rate of stepRates) {
    if (!Number.isFinite(rate)) throw new DomainError('value', Messages.notFinite('step_rates'));
    if (rate <= 0 || rate > 1) throw new DomainError('num', Messages.notRate('step_rates'));
  }
}
