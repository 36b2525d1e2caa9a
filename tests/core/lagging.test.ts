import fc from 'fast-check';
import { lagging, LaggingMethod } from '../../src/core/lagging';
import { errorOf } from './support/domain-error';

const T = true;
const F = false;

describe('lagging', () => {
  it('zscore: 10…50 has mean 30, population sd √200 = 14.14; 10 < 15.86 lags', () => {
    expect(lagging([10, 20, 30, 40, 50], 'zscore')).toEqual([T, F, F, F, F]);
    // threshold 0.5: 30 − 7.07 = 22.93, so 20 lags too
    expect(lagging([10, 20, 30, 40, 50], 'zscore', 0.5)).toEqual([T, T, F, F, F]);
  });

  it('zscore uses the population sd, not the sample sd', () => {
    // [0, 10, 10]: mean 6.667; population sd √(66.67/3) = 4.714, sample sd √(66.67/2) = 5.774.
    // threshold 1.4: bar 6.667 − 6.600 = 0.067 with the population sd (0 lags),
    // but 6.667 − 8.083 = −1.417 with the sample sd (0 would not lag).
    expect(lagging([0, 10, 10], 'zscore', 1.4)).toEqual([T, F, F]);
  });

  it('mean: 0.8 × mean; blanks are FALSE and not in the mean (mean of 100, 50 is 75 → bar 60)', () => {
    expect(lagging([100, null, 50], 'mean')).toEqual([F, F, T]);
    expect(lagging([100, null, 50], 'mean', 0.5)).toEqual([F, F, F]);
  });

  it('quartile: at or below QUARTILE.INC(values, 1)', () => {
    // QUARTILE.INC({1,2,3,4},1) = 1 + 0.75·(2 − 1) = 1.75 (position (n−1)/4 = 0.75)
    expect(lagging([4, 3, 2, 1], 'quartile')).toEqual([F, F, F, T]);
    // QUARTILE.INC({1,2,3,4,5},1) = 2 exactly (position 1): 2 is at the quartile, so it lags
    expect(lagging([5, 1, 4, 2, 3], 'quartile')).toEqual([F, T, F, T, F]);
    // QUARTILE.INC({10,20,30,40},1) = 17.5
    expect(lagging([10, 20, 30, 40], 'quartile')).toEqual([T, F, F, F]);
  });

  it('below: value < threshold (default 1, e.g. pace below plan)', () => {
    expect(lagging([0.96, 1.02, 0.7], 'below', 0.9)).toEqual([F, F, T]);
    expect(lagging([0.96, 1.02, 0.7, 1], 'below')).toEqual([T, F, T, F]);
    expect(lagging([null, null], 'below')).toEqual([F, F]);
  });

  it('equal results never flag each other through rounding (mean of 0.1, 0.1, 0.1 is 0.10000000000000002)', () => {
    expect(lagging([0.1, 0.1, 0.1], 'mean', 1)).toEqual([F, F, F]);
    expect(lagging([0.1, 0.1, 0.1], 'zscore', 0)).toEqual([F, F, F]);
    expect(lagging([7, 7, 7, 7], 'zscore')).toEqual([F, F, F, F]);
  });
});

describe('lagging properties', () => {
  const methods: LaggingMethod[] = ['zscore', 'mean', 'quartile', 'below'];
  const cell = fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null, freq: 4 });

  it('one flag per value, blanks FALSE, and blanks anywhere do not change the other flags', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 60 }), fc.constantFrom(...methods), (values, method) => {
        const numbers = values.filter((v): v is number => v !== null);
        fc.pre(numbers.length > 0);
        const flags = lagging(values, method);
        expect(flags).toHaveLength(values.length);
        values.forEach((v, i) => v === null && expect(flags[i]).toBe(false));
        expect(flags.filter((_, i) => values[i] !== null)).toEqual(lagging(numbers, method));
      }),
    );
  });

  it('the order of values does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...methods),
        (values, method) => {
          const reversed = [...values].reverse();
          expect(lagging(reversed, method)).toEqual(lagging(values, method).reverse());
        },
      ),
    );
  });

  it('quartile flags at least a quarter of the numbers; the largest number never lags unless all are equal', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 40 }), (values) => {
        const flags = lagging(values, 'quartile');
        expect(flags.filter(Boolean).length).toBeGreaterThanOrEqual(values.length / 4);
        const max = Math.max(...values);
        if (Math.min(...values) < max) expect(flags[values.indexOf(max)]).toBe(false);
      }),
    );
  });
});

describe('lagging errors', () => {
  it('statistical methods need a number (#N/A); negative thresholds for zscore and mean are #NUM!', () => {
    expect(errorOf(() => lagging([null, null], 'zscore'))).toMatchObject({ kind: 'na', message: expect.stringContaining('values') });
    expect(errorOf(() => lagging([], 'quartile')).kind).toBe('na');
    expect(errorOf(() => lagging([1, 2], 'zscore', -1))).toMatchObject({ kind: 'num', message: expect.stringContaining('threshold') });
    expect(errorOf(() => lagging([1, 2], 'mean', -0.5)).kind).toBe('num');
    expect(errorOf(() => lagging([1, Number.NaN], 'below')).kind).toBe('value');
  });
});
