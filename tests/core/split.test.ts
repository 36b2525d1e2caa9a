import fc from 'fast-check';
import { split } from '../../src/core/split';
import type { DomainErrorKind } from '../../src/core/errors';
import { Messages } from '../../src/core/messages';
import { expectDomainError } from './support/domain-error';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('split: worked values', () => {
  it('docs/functions.md#salessplit example: 100 by 78.26 / 17.39 / 4.35 is 78 / 18 / 4', () => {
    // Exact shares 78.26, 17.39, 4.35 floor to 78 + 17 + 4 = 99; the one unit left goes to the
    // largest remainder, .39 of the second part.
    expect(split(100, [78.26, 17.39, 4.35])).toEqual([78, 18, 4]);
  });

  it('equal weights: the leftover unit goes to the earliest', () => {
    // 100 units of 10 over three: 33.3 each floors to 33 (990); the 100th unit ties on remainder
    // and weight, so position decides.
    expect(split(1000, [1, 1, 1], 10)).toEqual([340, 330, 330]);
  });

  it('a remainder tie between different weights goes to the larger weight', () => {
    // 2 units by 1 : 3 → exact 0.5 and 1.5, floors 0 and 1, both remainders .5: the weight 3 wins.
    expect(split(2, [1, 3])).toEqual([0, 2]);
  });

  it('total mod unit goes to the largest weight', () => {
    // 1005 in units of 10: 100 units split 25 / 75, the 5 that is not a unit joins the weight 3.
    expect(split(1005, [1, 3], 10)).toEqual([250, 755]);
  });

  it('all-zero weights split equally', () => {
    // 10 / 3 = 3.33 each: 3 + 3 + 3, the 10th unit to the earliest of the tie.
    expect(split(10, [0, 0, 0])).toEqual([4, 3, 3]);
  });

  it('unit 0 returns the exact shares', () => {
    expect(split(10, [1, 3], 0)).toEqual([2.5, 7.5]);
  });

  it('a total of 0 gives zeros', () => {
    expect(split(0, [5, 1])).toEqual([0, 0]);
  });

  it('weights near the largest double do not overflow their sum', () => {
    // 1e308 + 1e308 is Infinity; the split must still see two equal weights.
    expect(split(10, [1e308, 1e308])).toEqual([5, 5]);
  });

  it('weights as small as 1e-300 still split by proportion', () => {
    expect(split(100, [1e-300, 3e-300])).toEqual([25, 75]);
  });
});

describe('split: errors name the argument', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['negative total', () => split(-1, [1]), 'num', Messages.negative('total')],
    ['NaN total', () => split(NaN, [1]), 'value', Messages.notFinite('total')],
    ['negative weight', () => split(10, [1, -1]), 'num', Messages.negative('weights')],
    ['infinite weight', () => split(10, [Infinity]), 'value', Messages.notFinite('weights')],
    ['negative unit', () => split(10, [1], -1), 'num', Messages.negative('unit')],
    ['no weights', () => split(10, []), 'value', Messages.empty('weights')],
    ['too many units', () => split(1e16, [1, 2]), 'num', Messages.tooManyUnits('total', 'unit', 1e15)],
    ['a unit too small for the total', () => split(100, [1, 2], 1e-300), 'num', Messages.tooManyUnits('total', 'unit', 1e15)],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('split: properties', () => {
  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 50 });
  const total = fc.integer({ min: 0, max: 10_000_000 });
  const unit = fc.constantFrom(1, 5, 10, 100, 1000);

  it('sums exactly to the total', () => {
    fc.assert(fc.property(total, weights, unit, (t, w, u) => sum(split(t, w, u)) === t));
  });

  it('parts are multiples of unit except the largest weight, which also takes total mod unit', () => {
    fc.assert(
      fc.property(total, weights, unit, (t, w, u) => {
        const parts = split(t, w, u);
        const largest = w.indexOf(Math.max(...w));
        return parts.every((p, i) => (i === largest ? (p - (t % u)) % u === 0 : p % u === 0));
      }),
    );
  });

  it('never negative, and each part within one unit of its exact share (largest remainder)', () => {
    fc.assert(
      fc.property(total, weights, unit, (t, w, u) => {
        const parts = split(t, w, u);
        const units = Math.floor(t / u);
        const s = sum(w);
        const largest = w.indexOf(Math.max(...w));
        return parts.every((p, i) => {
          const exact = (s > 0 ? w[i] / s : 1 / w.length) * units * u;
          const own = i === largest ? p - (t % u) : p;
          return p >= 0 && Math.abs(own - exact) < u + 1e-6;
        });
      }),
    );
  });

  it('is order-independent up to ties: a permutation of weights permutes the (weight, part) pairs', () => {
    const pairs = (w: number[], parts: number[]) => w.map((x, i) => `${x}:${parts[i]}`).sort();
    fc.assert(
      fc.property(
        total,
        weights.chain((w) => fc.tuple(fc.constant(w), fc.shuffledSubarray(w, { minLength: w.length, maxLength: w.length }))),
        unit,
        (t, [w, shuffled], u) => {
          expect(pairs(shuffled, split(t, shuffled, u))).toEqual(pairs(w, split(t, w, u)));
        },
      ),
    );
  });

  it('unit 0: parts are proportional and add up to the total to rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), weights, (t, w) => {
        expect(sum(split(t, w, 0))).toBeCloseTo(t, 0);
      }),
    );
  });
});
