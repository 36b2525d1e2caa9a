import fc from 'fast-check';
import { conversion } from '../../src/core/conversion';
import type { DomainErrorKind } from '../../src/core/errors';
import { Messages } from '../../src/core/messages';
import { expectDomainError } from './support/domain-error';

describe('conversion: worked values', () => {
  it('step: each stage over the one before, the first is 1', () => {
    // 200 leads → 50 qualified (.25) → 20 proposals (.4) → 5 wins (.25).
    expect(conversion([200, 50, 20, 5], 'step')).toEqual([1, 0.25, 0.4, 0.25]);
  });

  it('cumulative: each stage over the first', () => {
    // 50/200, 20/200, 5/200.
    expect(conversion([200, 50, 20, 5], 'cumulative')).toEqual([1, 0.25, 0.1, 0.025]);
  });

  it('a zero denominator has no rate (null → #DIV/0! in the cell)', () => {
    expect(conversion([10, 0, 0], 'step')).toEqual([1, 0, null]);
    expect(conversion([0, 0], 'cumulative')).toEqual([null, null]);
    expect(conversion([0, 0], 'step')).toEqual([1, null]);
  });
});

describe('conversion: errors', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['rising counts', () => conversion([100, 20, 30], 'step'), 'value', Messages.risingFunnel('stage_counts', 3)],
    ['a negative count', () => conversion([100, -1], 'step'), 'num', Messages.negative('stage_counts')],
    ['no counts', () => conversion([], 'step'), 'value', Messages.empty('stage_counts')],
    ['an infinite count', () => conversion([Infinity, 1], 'cumulative'), 'value', Messages.notFinite('stage_counts')],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('conversion: properties', () => {
  const funnel = fc
    .array(fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e300, noNaN: true })), {
      minLength: 1,
      maxLength: 30,
    })
    .map((xs) => xs.sort((a, b) => b - a));

  it('every rate is in [0, 1] in both modes', () => {
    fc.assert(
      fc.property(funnel, fc.constantFrom('step' as const, 'cumulative' as const), (counts, mode) =>
        conversion(counts, mode).every((r) => r === null || (r >= 0 && r <= 1)),
      ),
    );
  });

  it('cumulative is the product of the steps where the first count is not 0', () => {
    fc.assert(
      fc.property(funnel, (counts) => {
        if (counts[0] === 0 || counts[0] > 1e12) return; // keep the products well-scaled
        const step = conversion(counts, 'step');
        const cumulative = conversion(counts, 'cumulative');
        let product = 1;
        step.forEach((rate, k) => {
          product = rate === null ? 0 : product * rate; // a null step follows a 0 count: the rest is 0
          expect(cumulative[k]).toBeCloseTo(product, 9);
        });
      }),
    );
  });
});
