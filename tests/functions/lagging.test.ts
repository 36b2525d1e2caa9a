import { lagging } from '../../src/functions/lagging';
import { excelErrorOf } from './support/excel-error';

describe('SALES.LAGGING', () => {
  it('keeps the shape of values: a column gives a column, a row a row; default method zscore', () => {
    // 10…50: mean 30, population sd √200 = 14.14 → only 10 is below 15.86
    expect(lagging([[10], [20], [30], [40], [50]])).toEqual([[true], [false], [false], [false], [false]]);
    expect(lagging([[10, 20, 30, 40, 50]])).toEqual([[true, false, false, false, false]]);
  });

  it('blanks are FALSE and are left out of the statistics', () => {
    // mean of 100 and 50 is 75 → 0.8 × 75 = 60: 50 lags
    expect(lagging([[100], [null], [50], ['']], 'mean')).toEqual([[false], [false], [true], [false]]);
  });

  it('methods by name, any case; threshold blank means the default', () => {
    expect(lagging([[4, 3, 2, 1]], 'Quartile')).toEqual([[false, false, false, true]]); // Q1 = 1.75
    expect(lagging([[0.96, 1.02, 0.7]], 'below', 0.9)).toEqual([[false, false, true]]);
    expect(lagging([[0.96, 1.02, 0.7]], 'below', null as unknown as number)).toEqual([[true, false, true]]);
    expect(lagging([[10, 20, 30, 40, 50]], 'zscore', 0.5)).toEqual([[true, true, false, false, false]]);
  });

  it('a single cell is a one-element column', () => {
    expect(lagging([[0.5]], 'below')).toEqual([[true]]);
    expect(lagging(0.5 as unknown as any[][], 'below')).toEqual([[true]]);
  });

  it.each([
    [
      'values',
      () =>
        lagging([
          [1, 2],
          [3, 4],
        ]),
    ],
    ['values', () => lagging([[1, 'lots', 3]])],
    ['values', () => lagging([[1, false, 3]])],
    ['method', () => lagging([[1, 2, 3]], 'median')],
    ['threshold', () => lagging([[1, 2, 3]], 'below', 'low' as unknown as number)],
  ])('#VALUE! naming %s for wrong type or shape', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it('#NUM! for a negative threshold with zscore or mean; #N/A for no numbers', () => {
    expect(excelErrorOf(() => lagging([[1, 2, 3]], 'zscore', -1))).toMatchObject({
      code: '#NUM!',
      message: '', // Excel shows no message with #NUM!
    });
    expect(excelErrorOf(() => lagging([[1, 2, 3]], 'mean', -1))).toMatchObject({
      code: '#NUM!',
      message: '', // Excel shows no message with #NUM!
    });
    expect(excelErrorOf(() => lagging([[null, null]]))).toMatchObject({ code: '#N/A', message: expect.stringContaining('values') });
    expect(lagging([[null, null]], 'below')).toEqual([[false, false]]);
  });
});
