import { achievable } from '../../src/functions/achievable';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, messageExcelShows } from './support/excel-error';

describe('SALES.ACHIEVABLE', () => {
  it('a column and a row of history give the same percentile', () => {
    // Growth .1, .1, 0 → z = 1.4434 → .9255 (see tests/core/achievable.test.ts).
    expect(achievable(115, 100, [[100], [110], [121], [121]])).toBeCloseTo(0.9255, 4);
    expect(achievable(115, 100, [[100, 110, 121, 121]])).toBeCloseTo(0.9255, 4);
  });

  it('blank cells are skipped (a range longer than the data)', () => {
    expect(achievable(115, 100, [[100], [110], [121], [121], [null], ['']])).toBeCloseTo(0.9255, 4);
  });

  const errors: [string, () => unknown, string, string][] = [
    ['too little history', () => achievable(115, 100, [[100], [110], [121]]), '#N/A', Messages.tooFewGrowthPoints('history', 3)],
    ['baseline 0', () => achievable(115, 0, [[1], [2], [3], [4]]), '#DIV/0!', ''],
    ['negative target', () => achievable(-1, 100, [[1], [2], [3], [4]]), '#NUM!', Messages.negative('target')],
    ['text baseline', () => achievable(1, 'x' as unknown as number, [[1]]), '#VALUE!', Messages.notNumber('baseline')],
    ['text in history', () => achievable(1, 1, [[1], ['x']]), '#VALUE!', Messages.notNumber('history')],
    [
      'a 2-D history',
      () =>
        achievable(1, 1, [
          [1, 2],
          [3, 4],
        ]),
      '#VALUE!',
      Messages.notVector('history'),
    ],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message)); // none with #NUM! or #DIV/0! (CustomFunctions.ErrorCode)
  });
});
