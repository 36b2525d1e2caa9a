import fc from 'fast-check';
import { DomainError, DomainErrorKind } from '../../src/core/errors';
import { Messages } from '../../src/core/messages';
import { seasonality } from '../../src/core/seasonality';
import { expectDomainError } from './support/domain-error';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const expectClose = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 9));
};

describe('seasonality: worked values', () => {
  it('complete years: the mean share of each period', () => {
    // Shares .1 .2 .3 .4 (total 100) and .2 .2 .3 .3 (total 100): means .15 .2 .3 .35.
    expectClose(
      seasonality([
        [10, 20, 30, 40],
        [20, 20, 30, 30],
      ]),
      [0.15, 0.2, 0.3, 0.35],
    );
  });

  it('the scale of a year does not matter', () => {
    // Year 2 is year 1 × 1000: same shares.
    expectClose(
      seasonality([
        [10, 20, 30, 40],
        [10_000, 20_000, 30_000, 40_000],
      ]),
      [0.1, 0.2, 0.3, 0.4],
    );
  });

  it('a partial year is compared with the periods it has, not with its short total', () => {
    // Full year .1 .2 .3 .4; a half year 30, 30. Fixed point of the fit: the half year keeps the
    // first half's weight at .3 (its level is 60 / .3 = 200), so it contributes .15 and .15:
    // Q1 = (.1 + .15) / 2 = .125, Q2 = (.2 + .15) / 2 = .175, Q3 .3, Q4 .4 (sum 1).
    // Shares against the half year's own total (.5, .5) would instead give Q1 + Q2 = .45 of the year.
    expectClose(
      seasonality([
        [10, 20, 30, 40],
        [30, 30, null, null],
      ]),
      [0.125, 0.175, 0.3, 0.4],
    );
  });

  it('a partial year that runs like the full one changes nothing', () => {
    expectClose(
      seasonality([
        [10, 20, 30, 40],
        [15, 30, null, null],
      ]),
      [0.1, 0.2, 0.3, 0.4],
    );
  });

  it('a year that adds up to 0 carries no information', () => {
    expectClose(
      seasonality([
        [10, 20, 30, 40],
        [0, 0, 0, 0],
      ]),
      [0.1, 0.2, 0.3, 0.4],
    );
  });

  it('one period is the whole year', () => {
    expect(seasonality([[5], [7]])).toEqual([1]);
  });

  it('values near the largest double do not overflow the total of a year', () => {
    expectClose(seasonality([[1e308, 1e308, 1e308, 1e308]]), [0.25, 0.25, 0.25, 0.25]);
  });
});

describe('seasonality: errors', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['no years', () => seasonality([]), 'value', Messages.empty('history')],
    ['no periods', () => seasonality([[]]), 'value', Messages.empty('history')],
    ['ragged years', () => seasonality([[1, 2], [1]]), 'value', Messages.notRectangular('history')],
    ['a negative value', () => seasonality([[1, -2]]), 'num', Messages.negative('history')],
    ['a NaN value', () => seasonality([[1, NaN]]), 'value', Messages.notFinite('history')],
    [
      'only zero years',
      () =>
        seasonality([
          [0, 0],
          [0, null],
        ]),
      'na',
      Messages.noPositiveRow('history'),
    ],
    [
      'a period with no value',
      () =>
        seasonality([
          [1, null, 3],
          [2, null, 4],
        ]),
      'na',
      Messages.noValueInColumn('history', 2),
    ],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('seasonality: properties', () => {
  const value = fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 1000 }));
  const history = (blanks: boolean) =>
    fc.integer({ min: 1, max: 12 }).chain((periods) =>
      fc.array(fc.array(blanks ? fc.option(value, { freq: 4 }) : value, { minLength: periods, maxLength: periods }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
  const usable = (h: (number | null)[][]) => {
    try {
      return seasonality(h);
    } catch (e) {
      if (e instanceof DomainError && e.kind === 'na') return null; // no data for a period: legitimately N/A
      throw e;
    }
  };

  it('sums to 1, every index ≥ 0, one per period', () => {
    fc.assert(
      fc.property(history(true), (h) => {
        const index = usable(h);
        if (index === null) return;
        expect(index).toHaveLength(h[0].length);
        expect(sum(index)).toBeCloseTo(1, 9);
        expect(index.every((x) => x >= 0)).toBe(true);
      }),
    );
  });

  it('with complete years, equals the normalised mean share of each period (docs/functions.md#salesseasonality)', () => {
    fc.assert(
      fc.property(history(false), (h) => {
        const index = usable(h);
        if (index === null) return;
        const years = (h as number[][]).filter((y) => sum(y) > 0); // no blanks in this generator
        const mean = h[0].map((_, p) => sum(years.map((y) => y[p] / sum(y))) / years.length);
        expectClose(
          index,
          mean.map((m) => m / sum(mean)),
        );
      }),
    );
  });

  it('does not depend on the order of the years', () => {
    fc.assert(
      fc.property(history(true), (h) => {
        const index = usable(h);
        if (index === null) return;
        expectClose(usable([...h].reverse()) as number[], index);
      }),
    );
  });
});
