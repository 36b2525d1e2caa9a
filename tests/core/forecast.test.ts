import fc from 'fast-check';
import { forecast } from '../../src/core/forecast';
import { errorOf } from './support/domain-error';

const closeTo = (actual: number[], expected: number[], digits = 9) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], digits));
};

describe('forecast, trend (FORECAST.LINEAR on x = 1..n)', () => {
  it('a straight line continues: 10, 12, 14 → 16', () => {
    closeTo(forecast([10, 12, 14]), [16]);
  });

  it('3, 5, 4, 8 → 8.5, 9.9 (slope 7/5, intercept 1.5, by hand)', () => {
    // x̄ = 2.5, ȳ = 5; Σdx·dy = 3 + 0 − 0.5 + 4.5 = 7; Σdx² = 5 → slope 1.4, intercept 5 − 1.4·2.5 = 1.5.
    // FORECAST.LINEAR(5, {3,5,4,8}, {1,2,3,4}) = 8.5 and at 6 = 9.9.
    closeTo(forecast([3, 5, 4, 8], 2), [8.5, 9.9]);
  });

  it('a blank inside the history is a missing period that keeps its place', () => {
    // points (1,3) (2,5) (4,8): slope (23/3)/(14/3) = 23/14, intercept 16/3 − 23/14 · 7/3 = 1.5 → at 5: 1.5 + 115/14
    closeTo(forecast([3, 5, null, 8]), [1.5 + 115 / 14]);
  });

  it('trailing blanks are not periods: the forecast follows the last number', () => {
    closeTo(forecast([10, 12, 14, null, null], 2), [16, 18]);
  });

  it('property: exact on any straight line, for any horizon', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -100, max: 100 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 24 }),
        (a, b, n, periods) => {
          const history = Array.from({ length: n }, (_, i) => a + b * (i + 1));
          closeTo(
            forecast(history, periods),
            Array.from({ length: periods }, (_, k) => a + b * (n + k + 1)),
            6,
          );
        },
      ),
    );
  });
});

describe('forecast, trend + season', () => {
  it('1, 5, 3, 7, 5, 9 with season 2 → 7, 11 (y = x on odd periods, x + 3 on even)', () => {
    closeTo(forecast([1, 5, 3, 7, 5, 9], 2, 2), [7, 11]);
  });

  it('two years of quarters: 100 + 10t + season (−20, 5, 30, −15) → 170, 205, 240, 205', () => {
    const season = [-20, 5, 30, -15];
    const history = Array.from({ length: 8 }, (_, i) => 100 + 10 * (i + 1) + season[i % 4]);
    closeTo(forecast(history, 4, 4), [170, 205, 240, 205]);
  });

  it('season_length 1 is the plain trend', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 40 }), (history) => {
        closeTo(forecast(history, 3, 1), forecast(history, 3), 4);
      }),
    );
  });

  it('property: exact on any linear trend plus a repeating season, including part seasons', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((length) =>
          fc.record({
            season: fc.array(fc.integer({ min: -500, max: 500 }), { minLength: length, maxLength: length }),
            seasons: fc.integer({ min: 2, max: 5 }),
            extra: fc.integer({ min: 0, max: length - 1 }),
            a: fc.integer({ min: -1000, max: 1000 }),
            b: fc.integer({ min: -50, max: 50 }),
            periods: fc.integer({ min: 1, max: 30 }),
          }),
        ),
        ({ season, seasons, extra, a, b, periods }) => {
          const L = season.length;
          const n = seasons * L + extra;
          const at = (x: number) => a + b * x + season[(x - 1) % L];
          const history = Array.from({ length: n }, (_, i) => at(i + 1));
          closeTo(
            forecast(history, periods, L),
            Array.from({ length: periods }, (_, k) => at(n + k + 1)),
            6,
          );
        },
      ),
    );
  });
});

describe('forecast errors and limits', () => {
  it('fewer than 2 numbers is #N/A naming history', () => {
    for (const history of [[], [5], [5, null], [null, null, 7]]) {
      expect(errorOf(() => forecast(history))).toMatchObject({ kind: 'na', message: expect.stringContaining('history') });
    }
  });

  it('fewer than 2 full seasons, or a season position with < 2 values, is #N/A', () => {
    expect(errorOf(() => forecast([1, 2, 3, 4, 5], 1, 3))).toMatchObject({ kind: 'na', message: expect.stringContaining('season_length') });
    expect(errorOf(() => forecast([1, null, 3, 4, 5, null, 7], 1, 2)).kind).toBe('na');
    // a season length near the largest safe integer must fail fast, not loop
    expect(errorOf(() => forecast([1, 2, 3, 4], 1, Number.MAX_SAFE_INTEGER)).kind).toBe('na');
  });

  it('periods must be a whole number 1..1000, season_length a whole number ≥ 1 (#NUM!)', () => {
    for (const periods of [0, -1, 1.5, 1001]) {
      expect(errorOf(() => forecast([1, 2, 3], periods))).toMatchObject({ kind: 'num', message: expect.stringContaining('periods') });
    }
    for (const seasonLength of [0, 2.5, -4]) {
      expect(errorOf(() => forecast([1, 2, 3, 4], 1, seasonLength))).toMatchObject({
        kind: 'num',
        message: expect.stringContaining('season_length'),
      });
    }
    expect(forecast([1, 2, 3], 1000)).toHaveLength(1000);
  });

  it('non-finite input is #VALUE!, an overflowing result #NUM!', () => {
    expect(errorOf(() => forecast([1, Number.NaN, 3])).kind).toBe('value');
    expect(errorOf(() => forecast([-1.7e308, 1.7e308], 5)).kind).toBe('num');
  });

  it('10,000 monthly values with a season forecast quickly', () => {
    const history = Array.from({ length: 10000 }, (_, i) => 1000 + i + 50 * Math.sin(i));
    const started = performance.now();
    forecast(history, 12, 12);
    expect(performance.now() - started).toBeLessThan(2000); // hang guard; speed is `npm run bench`
  });
});
