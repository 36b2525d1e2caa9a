import { leadsNeeded } from '../../src/functions/leads-needed';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, messageExcelShows } from './support/excel-error';

describe('SALES.LEADSNEEDED', () => {
  it('a column of rates gives a column one longer, leads first, wins last', () => {
    // 20 wins; 20 / .5 = 40; 40 / .3 = 133.3 → 134.
    expect(leadsNeeded(1_000_000, 50_000, [[0.3], [0.5]])).toEqual([[134], [40], [20]]);
  });

  it('a row of rates gives a row', () => {
    expect(leadsNeeded(1_000_000, 50_000, [[0.3, 0.5]])).toEqual([[134, 40, 20]]);
  });

  it('a single rate cell is a column of two', () => {
    expect(leadsNeeded(3, 1, [[0.3]])).toEqual([[10], [3]]);
  });

  const errors: [string, () => unknown, string, string][] = [
    ['a rate of 0', () => leadsNeeded(100, 10, [[0.5], [0]]), '#NUM!', Messages.notRate('step_rates')],
    ['a rate of 120%', () => leadsNeeded(100, 10, [[1.2]]), '#NUM!', Messages.notRate('step_rates')],
    ['a blank rate', () => leadsNeeded(100, 10, [[0.5], [null]]), '#VALUE!', Messages.blankCell('step_rates')],
    ['a text rate', () => leadsNeeded(100, 10, [['30%']]), '#VALUE!', Messages.notNumber('step_rates')],
    ['an average deal of 0', () => leadsNeeded(100, 0, [[0.5]]), '#DIV/0!', ''],
    ['a negative average deal', () => leadsNeeded(100, -1, [[0.5]]), '#NUM!', Messages.notPositive('avg_deal')],
    ['a negative target', () => leadsNeeded(-1, 10, [[0.5]]), '#NUM!', Messages.negative('target')],
    ['a text target', () => leadsNeeded('a lot' as unknown as number, 10, [[0.5]]), '#VALUE!', Messages.notNumber('target')],
    ['leads beyond counting', () => leadsNeeded(1e308, 1, [[0.5]]), '#NUM!', Messages.resultTooLarge('avg_deal')],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
