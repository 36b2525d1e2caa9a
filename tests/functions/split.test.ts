import { split } from '../../src/functions/split';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, messageExcelShows } from './support/excel-error';

describe('SALES.SPLIT', () => {
  it('docs/functions.md#salessplit example: SPLIT(100, {78.26;17.39;4.35}) = {78;18;4}, a column stays a column', () => {
    expect(split(100, [[78.26], [17.39], [4.35]])).toEqual([[78], [18], [4]]);
  });

  it('a row stays a row', () => {
    expect(split(100, [[78.26, 17.39, 4.35]])).toEqual([[78, 18, 4]]);
  });

  it('blank weights count 0 (null from Excel, "" from an empty string cell)', () => {
    // 90 by 1 : 0 : 2 → 30, 0, 60.
    expect(split(90, [[1], [null], [2]])).toEqual([[30], [0], [60]]);
    expect(split(90, [[1, '', 2]])).toEqual([[30, 0, 60]]);
  });

  it('unit: omitted is 1, blank is 1, 0 is no rounding', () => {
    expect(split(10, [[1], [2]])).toEqual(split(10, [[1], [2]], 1));
    expect(split(10, [[1], [2]], null as unknown as number)).toEqual([[3], [7]]);
    expect(split(10, [[1], [3]], 0)).toEqual([[2.5], [7.5]]);
  });

  it('a single cell is a one-part split', () => {
    expect(split(42, [[5]])).toEqual([[42]]);
  });

  const errors: [string, () => unknown, string, string][] = [
    ['text total', () => split('100' as unknown as number, [[1]]), '#VALUE!', Messages.notNumber('total')],
    ['boolean total', () => split(true as unknown as number, [[1]]), '#VALUE!', Messages.notNumber('total')],
    ['blank total', () => split(null as unknown as number, [[1]]), '#VALUE!', Messages.required('total')],
    ['text weight', () => split(100, [[1], ['a']]), '#VALUE!', Messages.notNumber('weights')],
    ['boolean weight', () => split(100, [[1], [true]]), '#VALUE!', Messages.notNumber('weights')],
    [
      'a 2×2 range of weights',
      () =>
        split(100, [
          [1, 2],
          [3, 4],
        ]),
      '#VALUE!',
      Messages.notVector('weights'),
    ],
    ['negative total', () => split(-1, [[1]]), '#NUM!', Messages.negative('total')],
    ['negative weight', () => split(1, [[1], [-1]]), '#NUM!', Messages.negative('weights')],
    ['negative unit', () => split(1, [[1]], -5), '#NUM!', Messages.negative('unit')],
    ['text unit', () => split(1, [[1]], 'x' as unknown as number), '#VALUE!', Messages.notNumber('unit')],
    ['too many units', () => split(1e308, [[1], [2]]), '#NUM!', Messages.tooManyUnits('total', 'unit', 1e15)],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
