import { smart } from '../../src/functions/smart';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, isExcelError, messageExcelShows } from './support/excel-error';

const JAN_1 = 45658; // 2025-01-01
const DEC_31 = JAN_1 + 364;
const HISTORY = [[100], [110], [121], [121]]; // growth .1, .1, 0

describe('SALES.SMART', () => {
  it('returns one row: verdict, growth, percentile, S, M, A, R, T', () => {
    // Growth .05 → percentile Φ(−.29) = .386 (see tests/core/smart.test.ts).
    const [row] = smart(105, 100, JAN_1, DEC_31, HISTORY, 0.03, JAN_1 + 100);
    expect(row).toHaveLength(8);
    expect(row[0]).toBe('SMART');
    expect(row[1]).toBeCloseTo(0.05, 12);
    expect(row[2]).toBeCloseTo(0.386, 3);
    expect(row.slice(3)).toEqual([true, true, true, true, true]);
  });

  it('names the failing letters, history as a row works too', () => {
    // 115 asks for .15: percentile .9255 > .9 (A); market 20% > 15% (R); as_of after the end (T).
    const [row] = smart(115, 100, JAN_1, DEC_31, [[100, 110, 121, 121]], 0.2, DEC_31 + 1);
    expect(row[0]).toBe('ART');
    expect(row.slice(3)).toEqual([true, true, false, false, false]);
  });

  it('a percentile that cannot be computed shows #N/A in its cell with the reason', () => {
    const [row] = smart(105, 100, JAN_1, DEC_31);
    expect(row[0]).toBe('A');
    expect(row[1]).toBeCloseTo(0.05, 12);
    expect(isExcelError(row[2]) && [row[2].code, row[2].message]).toEqual(['#N/A', Messages.tooFewGrowthPoints('history', 3)]);
  });

  it('blank target and baseline fail S and M; growth is #N/A', () => {
    const [row] = smart(null, '', JAN_1, DEC_31, HISTORY);
    expect(row[0]).toBe('SMA');
    expect(isExcelError(row[1]) && [row[1].code, row[1].message]).toEqual(['#N/A', Messages.growthNotComputable('target', 'baseline')]);
    expect(isExcelError(row[2]) && row[2].code).toBe('#N/A');
  });

  it('blank optional arguments count as omitted; blank dates fail S and T', () => {
    const [row] = smart(105, 100, JAN_1, DEC_31, [[null]], null as unknown as number, '');
    expect(row[0]).toBe('A');
    expect(smart(105, 100, null, DEC_31, HISTORY)[0][0]).toBe('ST');
  });

  const errors: [string, () => unknown, string, string][] = [
    ['a text target', () => smart('big', 100, JAN_1, DEC_31), '#VALUE!', Messages.notNumber('target')],
    ['a boolean baseline', () => smart(105, true, JAN_1, DEC_31), '#VALUE!', Messages.notNumber('baseline')],
    ['a text start date', () => smart(105, 100, '2025-01-01', DEC_31), '#VALUE!', Messages.notNumber('start_date')],
    ['a boolean end date', () => smart(105, 100, JAN_1, false), '#VALUE!', Messages.notNumber('end_date')],
    ['a text as_of', () => smart(105, 100, JAN_1, DEC_31, undefined, undefined, 'today'), '#VALUE!', Messages.notNumber('as_of')],
    [
      'text market growth',
      () => smart(105, 100, JAN_1, DEC_31, undefined, '8%' as unknown as number),
      '#VALUE!',
      Messages.notNumber('market_growth'),
    ],
    ['text in the history', () => smart(105, 100, JAN_1, DEC_31, [[100], ['x']]), '#VALUE!', Messages.notNumber('history')],
    ['a negative history value', () => smart(105, 100, JAN_1, DEC_31, [[100], [-1], [3], [4]]), '#NUM!', Messages.negative('history')],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
