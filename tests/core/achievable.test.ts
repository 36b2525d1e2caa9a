import fc from 'fast-check';
import { achievable } from '../../src/core/achievable';
import type { DomainErrorKind } from '../../src/core/errors';
import { Messages } from '../../src/core/messages';
import { expectDomainError } from './support/domain-error';

describe('achievable: worked values', () => {
  it('a target above the usual growth', () => {
    // History 100, 110, 121, 121 → growth .1, .1, 0: mean .06667, sample sd √(.003333) = .057735.
    // Target 115 on 100 asks for .15: z = (.15 − .06667) / .057735 = 1.4434; a normal table gives
    // Φ(1.44) = .92507, Φ(1.45) = .92647 → Φ(1.4434) ≈ .9255.
    expect(achievable(115, 100, [100, 110, 121, 121])).toBeCloseTo(0.9255, 4);
  });

  it('the mean growth is the median: 0.5', () => {
    // Growth .1, .1, 0 has mean 1/15: a target of 100 × (1 + 1/15) sits at z = 0.
    expect(achievable(100 * (1 + 1 / 15), 100, [100, 110, 121, 121])).toBeCloseTo(0.5, 6);
  });

  it('a target one sd below the mean: Φ(−1) = .1587', () => {
    // Growth .1, .3, .2 (100 → 110 → 143 → 171.6): mean .2, sd .1; target asks for .1.
    expect(achievable(110, 100, [100, 110, 143, 171.6])).toBeCloseTo(0.1587, 4);
  });

  it('constant growth (sd 0): 0 below it, 0.5 at it, 1 above it', () => {
    const steady = [100, 110, 121, 133.1]; // growth .1 each, up to floating-point noise
    expect(achievable(105, 100, steady)).toBe(0);
    expect(achievable(110, 100, steady)).toBe(0.5);
    expect(achievable(120, 100, steady)).toBe(1);
  });

  it('growth from 0 is undefined, so such a pair is skipped', () => {
    expect(achievable(115, 100, [0, 100, 110, 121, 121])).toBe(achievable(115, 100, [100, 110, 121, 121]));
  });
});

describe('achievable: errors', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['two growth points only', () => achievable(110, 100, [100, 110, 121]), 'na', Messages.tooFewGrowthPoints('history', 3)],
    ['pairs from 0 leave too few', () => achievable(110, 100, [0, 5, 0, 5, 0]), 'na', Messages.tooFewGrowthPoints('history', 3)],
    ['baseline 0', () => achievable(110, 0, [1, 2, 3, 4]), 'div0', Messages.notPositive('baseline')],
    ['negative baseline', () => achievable(110, -1, [1, 2, 3, 4]), 'num', Messages.negative('baseline')],
    ['negative target', () => achievable(-1, 100, [1, 2, 3, 4]), 'num', Messages.negative('target')],
    ['a negative history value', () => achievable(110, 100, [1, -2, 3, 4]), 'num', Messages.negative('history')],
    ['a NaN target', () => achievable(NaN, 100, [1, 2, 3, 4]), 'value', Messages.notFinite('target')],
    ['a growth too large for Excel', () => achievable(1e308, 1e-300, [1, 2, 3, 4]), 'num', Messages.resultTooLarge('target')],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('achievable: properties', () => {
  const history = fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 30 });
  const amount = fc.double({ min: 0, max: 1e7, noNaN: true });

  it('is a probability, and rises with the target', () => {
    fc.assert(
      fc.property(amount, amount, fc.double({ min: 1, max: 1e6, noNaN: true }), history, (t1, t2, base, h) => {
        const low = achievable(Math.min(t1, t2), base, h);
        const high = achievable(Math.max(t1, t2), base, h);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(high).toBeGreaterThanOrEqual(low - 1e-7); // erf's approximation error
      }),
    );
  });
});
