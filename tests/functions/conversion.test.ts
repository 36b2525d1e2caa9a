import { conversion } from '../../src/functions/conversion';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, isExcelError, messageExcelShows } from './support/excel-error';

describe('SALES.CONVERSION', () => {
  it('step (default) on a column gives a column', () => {
    // 200 → 50 → 20 → 5: 1, .25, .4, .25.
    expect(conversion([[200], [50], [20], [5]])).toEqual([[1], [0.25], [0.4], [0.25]]);
  });

  it('cumulative on a row gives a row; the mode is matched case-insensitively', () => {
    expect(conversion([[200, 50, 20, 5]], 'Cumulative')).toEqual([[1, 0.25, 0.1, 0.025]]);
    expect(conversion([[200, 50]], ' STEP ')).toEqual([[1, 0.25]]);
  });

  it('a zero denominator is #DIV/0! in that element only; blanks count 0', () => {
    const result = conversion([[10], [null], ['']]);
    expect(result[0][0]).toBe(1);
    expect(result[1][0]).toBe(0);
    expect(isExcelError(result[2][0]) && result[2][0].code).toBe('#DIV/0!');
  });

  const errors: [string, () => unknown, string, string][] = [
    ['rising counts', () => conversion([[100], [20], [30]]), '#VALUE!', Messages.risingFunnel('stage_counts', 3)],
    ['a negative count', () => conversion([[100, -1]]), '#NUM!', Messages.negative('stage_counts')],
    ['text in the counts', () => conversion([[100], ['lots']]), '#VALUE!', Messages.notNumber('stage_counts')],
    ['an unknown mode', () => conversion([[100]], 'average'), '#VALUE!', Messages.notOneOf('mode', ['step', 'cumulative'])],
    ['a boolean mode', () => conversion([[100]], true as unknown as string), '#VALUE!', Messages.notOneOf('mode', ['step', 'cumulative'])],
    [
      'a 2-D range',
      () =>
        conversion([
          [3, 2],
          [1, 0],
        ]),
      '#VALUE!',
      Messages.notVector('stage_counts'),
    ],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
