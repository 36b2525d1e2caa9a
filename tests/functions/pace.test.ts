import { pace } from '../../src/functions/pace';
import { excelErrorOf } from './support/excel-error';

// 2024-01-01 = 45292, 01-20 = 45311, 01-30 = 45321, 02-15 = 45337, 03-31 = 45382 (days since 1899-12-30).
describe('SALES.PACE', () => {
  it('docs/functions.md#salespace example: =SALES.PACE(500000, 320000, 2024-01-01, 2024-01-30, 2024-01-20) = 0.96', () => {
    expect(pace(500000, 320000, 45292, 45321, 45311)).toBeCloseTo(0.96, 12);
  });

  it('omitted, blank or all-blank seasonality means linear', () => {
    const linear = pace(500000, 320000, 45292, 45321, 45311);
    expect(pace(500000, 320000, 45292, 45321, 45311, undefined)).toBe(linear);
    expect(pace(500000, 320000, 45292, 45321, 45311, null as unknown as any[][])).toBe(linear);
    expect(pace(500000, 320000, 45292, 45321, 45311, [[null], [null]])).toBe(linear);
  });

  it('seasonality as a row or a column gives the same pace; a blank weight counts 0', () => {
    // Q1 weighted 1:2:1, as of Feb 15: ¼ + ½ · 15/29 = 59/116 of 1000 due; 400 / (59000/116)
    expect(pace(1000, 400, 45292, 45382, 45337, [[1, 2, 1]])).toBeCloseTo(46400 / 59000, 12);
    expect(pace(1000, 400, 45292, 45382, 45337, [[1], [2], [1]])).toBeCloseTo(46400 / 59000, 12);
    // weights (blank, 1, 1): nothing due in January, half of February's 15/29 by Feb 15
    expect(pace(1000, 400, 45292, 45382, 45337, [[null, 1, 1]])).toBeCloseTo(400 / ((1000 * 0.5 * 15) / 29), 12);
  });

  it.each([
    ['target', () => pace('500000' as unknown as number, 1, 45292, 45321, 45311)],
    ['actual', () => pace(500000, true as unknown as number, 45292, 45321, 45311)],
    ['start_date', () => pace(500000, 1, null as unknown as number, 45321, 45311)],
    ['end_date', () => pace(500000, 1, 45292, 'Jan 30' as unknown as number, 45311)],
    ['as_of', () => pace(500000, 1, 45292, 45321, undefined as unknown as number)],
    [
      'seasonality',
      () =>
        pace(1000, 400, 45292, 45382, 45337, [
          [1, 2, 1],
          [1, 2, 1],
        ]),
    ],
    ['seasonality', () => pace(1000, 400, 45292, 45382, 45337, [[1, 'high', 1]])],
    ['seasonality', () => pace(1000, 400, 45292, 45382, 45337, [[1, 2, 1, 1]])],
  ])('#VALUE! naming %s for wrong type or shape', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it.each([
    ['target', () => pace(0, 1, 45292, 45321, 45311)],
    ['actual', () => pace(10, -1, 45292, 45321, 45311)],
    ['end_date', () => pace(10, 1, 45321, 45292, 45321)],
    ['start_date', () => pace(10, 1, -3, 45321, 45311)],
    ['seasonality', () => pace(1000, 400, 45292, 45382, 45337, [[1, -2, 1]])],
    ['seasonality', () => pace(1000, 400, 45292, 45382, 45337, [[0, 0, 0]])],
  ])('#NUM! for %s, a number out of its domain', (_arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBe(''); // Excel shows no message with #NUM! (CustomFunctions.ErrorCode)
  });

  it('#N/A naming as_of before the start; #DIV/0! when nothing is due yet', () => {
    const early = excelErrorOf(() => pace(10, 1, 45292, 45321, 45200));
    expect(early.code).toBe('#N/A');
    expect(early.message).toContain('as_of');
    expect(excelErrorOf(() => pace(1000, 400, 45292, 45382, 45300, [[0, 1, 1]])).code).toBe('#DIV/0!');
  });
});
