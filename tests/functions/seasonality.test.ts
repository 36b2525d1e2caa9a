import { seasonality } from '../../src/functions/seasonality';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, messageExcelShows } from './support/excel-error';

describe('SALES.SEASONALITY', () => {
  it('years × quarters give one row of indexes summing to 1', () => {
    // Shares .1 .2 .3 .4 and .2 .2 .3 .3 → means .15 .2 .3 .35.
    const [row] = seasonality([
      [10, 20, 30, 40],
      [20, 20, 30, 30],
    ]);
    [0.15, 0.2, 0.3, 0.35].forEach((x, i) => expect(row[i]).toBeCloseTo(x, 12));
  });

  it('blank cells of a partial year are skipped ("" or null)', () => {
    const [row] = seasonality([
      [10, 20, 30, 40],
      [30, 30, '', null],
    ]);
    // See tests/core/seasonality.test.ts for the hand computation.
    [0.125, 0.175, 0.3, 0.4].forEach((x, i) => expect(row[i]).toBeCloseTo(x, 9));
  });

  it('a single row (one year) is its own shares', () => {
    expect(seasonality([[1, 3]])).toEqual([[0.25, 0.75]]);
  });

  const errors: [string, () => unknown, string, string][] = [
    ['text in the history', () => seasonality([[1, 'n/a']]), '#VALUE!', Messages.notNumber('history')],
    ['a boolean in the history', () => seasonality([[1, false]]), '#VALUE!', Messages.notNumber('history')],
    ['a negative value', () => seasonality([[1, -1]]), '#NUM!', Messages.negative('history')],
    ['no year above 0', () => seasonality([[0, null]]), '#N/A', Messages.noPositiveRow('history')],
    [
      'a period never filled',
      () =>
        seasonality([
          [1, null],
          [2, null],
        ]),
      '#N/A',
      Messages.noValueInColumn('history', 2),
    ],
    ['a ragged range', () => seasonality([[1, 2], [3]]), '#VALUE!', Messages.notRectangular('history')],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
