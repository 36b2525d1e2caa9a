import { forecast } from '../../src/functions/forecast';
import { excelErrorOf } from './support/excel-error';

const close = (actual: number[][], expected: number[][]) => {
  expect(actual.map((r) => r.length)).toEqual(expected.map((r) => r.length));
  actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 9)));
};

describe('SALES.FORECAST', () => {
  it('a column history gives a column: {3;5;4;8}, 2 periods → {8.5;9.9} (FORECAST.LINEAR by hand)', () => {
    // slope Σdx·dy / Σdx² = 7/5, intercept 5 − 1.4 · 2.5 = 1.5 → 1.5 + 1.4 · 5 and 1.5 + 1.4 · 6
    close(forecast([[3], [5], [4], [8]], 2), [[8.5], [9.9]]);
  });

  it('a row history gives a row, continuing to the right', () => {
    close(forecast([[3, 5, 4, 8]], 2), [[8.5, 9.9]]);
  });

  it('periods defaults to 1; blank cells are missing periods; trailing blanks are ignored', () => {
    close(forecast([[10, 12, 14, null, null]]), [[16]]);
    close(forecast([[10, null, 14, null]]), [[16]]);
    close(forecast([[10, 12, 14]], null as unknown as number), [[16]]);
  });

  it('with season_length: two years of quarters continue trend and season exactly', () => {
    // 100 + 10t + (−20, 5, 30, −15): next year is 170, 205, 240, 205
    const season = [-20, 5, 30, -15];
    const history = [Array.from({ length: 8 }, (_, i) => 100 + 10 * (i + 1) + season[i % 4])];
    close(forecast(history, 4, 4), [[170, 205, 240, 205]]);
    close(forecast(history, 1, null as unknown as number), forecast(history, 1));
  });

  it.each([
    [
      'history',
      () =>
        forecast([
          [1, 2],
          [3, 4],
        ]),
    ],
    ['history', () => forecast([[1, 'n/a', 3]])],
    ['history', () => forecast([[1, true, 3]])],
    ['periods', () => forecast([[1, 2, 3]], 'two' as unknown as number)],
    ['season_length', () => forecast([[1, 2, 3, 4]], 1, 'quarter' as unknown as number)],
  ])('#VALUE! naming %s for wrong type or shape', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it.each([
    ['periods', () => forecast([[1, 2, 3]], 0)],
    ['periods', () => forecast([[1, 2, 3]], 2.5)],
    ['periods', () => forecast([[1, 2, 3]], 1001)],
    ['season_length', () => forecast([[1, 2, 3, 4]], 1, 0)],
  ])('#NUM! for %s out of its domain', (_arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBe(''); // Excel shows no message with #NUM! (CustomFunctions.ErrorCode)
  });

  it('#N/A for fewer than 2 numbers, or fewer than 2 full seasons', () => {
    expect(excelErrorOf(() => forecast([[5]]))).toMatchObject({ code: '#N/A', message: expect.stringContaining('history') });
    expect(excelErrorOf(() => forecast([[null], [null]]))).toMatchObject({ code: '#N/A' });
    expect(excelErrorOf(() => forecast([[1, 2, 3, 4, 5, 6, 7]], 1, 4))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('season_length'),
    });
  });
});
