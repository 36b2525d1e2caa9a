import fc from 'fast-check';
import type { DomainErrorKind } from '../../src/core/errors';
import { leadsNeeded } from '../../src/core/leads-needed';
import { Messages } from '../../src/core/messages';
import { expectDomainError } from './support/domain-error';

describe('leadsNeeded: worked values', () => {
  it('1,000,000 at 50,000 a deal through 30% then 50%', () => {
    // 20 wins; 20 / .5 = 40 proposals; 40 / .3 = 133.3 → 134 leads.
    expect(leadsNeeded(1_000_000, 50_000, [0.3, 0.5])).toEqual([134, 40, 20]);
  });

  it('rounds up at every step, not only at the end', () => {
    // 7 wins; 7 / .9 = 7.78 → 8 proposals; 8 / .6 = 13.3 → 14 leads. Rounding only at the end
    // would give 7 / .54 = 12.96 → 13 leads, which yield 13 × .6 = 7.8 < 8 proposals.
    expect(leadsNeeded(7, 1, [0.6, 0.9])).toEqual([14, 8, 7]);
  });

  it('a quotient a rounding error above a whole number is that number', () => {
    // 3 / 0.3 is 10.000000000000002 in floating point: 10 leads, not 11.
    expect(leadsNeeded(3, 1, [0.3])).toEqual([10, 3]);
  });

  it('no steps: just the wins; a target of 0 needs nothing', () => {
    expect(leadsNeeded(1001, 100, [])).toEqual([11]);
    expect(leadsNeeded(0, 100, [0.5, 0.5])).toEqual([0, 0, 0]);
  });
});

describe('leadsNeeded: errors', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['a rate of 0', () => leadsNeeded(100, 10, [0.5, 0]), 'num', Messages.notRate('step_rates')],
    ['a rate above 1', () => leadsNeeded(100, 10, [1.5]), 'num', Messages.notRate('step_rates')],
    ['an average deal of 0', () => leadsNeeded(100, 0, [0.5]), 'div0', Messages.notPositive('avg_deal')],
    ['a negative average deal', () => leadsNeeded(100, -3, [0.5]), 'num', Messages.notPositive('avg_deal')],
    ['a negative target', () => leadsNeeded(-100, 10, [0.5]), 'num', Messages.negative('target')],
    ['a NaN rate', () => leadsNeeded(100, 10, [NaN]), 'value', Messages.notFinite('step_rates')],
    ['too many wins', () => leadsNeeded(1e308, 1e-10, []), 'num', Messages.resultTooLarge('avg_deal')],
    ['too many leads', () => leadsNeeded(1e9, 1, [1e-300]), 'num', Messages.resultTooLarge('step_rates')],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('leadsNeeded: properties', () => {
  // At most 1e6 wins through ≤ 4 steps of ≥ 5%: ≤ 1e6 × 20^4 = 1.6e11 leads, under the 1e12 cap.
  const rate = fc.double({ min: 0.05, max: 1, noNaN: true });
  it('one longer than the rates; each stage enough for the next, and no more than needed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1000, max: 1e6 }),
        fc.array(rate, { maxLength: 4 }),
        (target, avgDeal, rates) => {
          const stages = leadsNeeded(target, avgDeal, rates);
          expect(stages).toHaveLength(rates.length + 1);
          expect(stages.every(Number.isInteger)).toBe(true);
          expect(stages[rates.length] * avgDeal).toBeGreaterThanOrEqual(target * (1 - 1e-12));
          rates.forEach((r, k) => {
            const next = stages[k + 1];
            expect(stages[k] * r).toBeGreaterThanOrEqual(next * (1 - 1e-9)); // enough
            expect((stages[k] - 1) * r).toBeLessThan(next); // minimal
          });
        },
      ),
    );
  });
});
