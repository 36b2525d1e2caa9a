import { ramp } from '../../src/functions/ramp';
import { Messages } from '../../src/core/messages';
import { excelErrorOf, messageExcelShows } from './support/excel-error';

const JAN_1 = 45658; // 2025-01-01
const DEC_31 = JAN_1 + 364;
const MAR_15 = JAN_1 + 31 + 28 + 14;

describe('SALES.RAMP', () => {
  it('a column of start dates gives a column; a blank is an existing rep', () => {
    // 2025 for a 2025-03-15 hire: (.25 + .5 + .75 + 7) / 12 (see tests/core/ramp.test.ts).
    const [[existing], [hire]] = ramp([[null], [MAR_15]], JAN_1, DEC_31);
    expect(existing).toBe(1);
    expect(hire).toBeCloseTo(8.5 / 12, 12);
  });

  it('a row gives a row', () => {
    const result = ramp([[null, MAR_15, '']], JAN_1, DEC_31);
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(3);
    expect(result[0][2]).toBe(1);
  });

  it('a custom ramp as a row or a column; an omitted or blank ramp is the default', () => {
    // Jan–Feb 2025, hired in January, ramp {50%}: (.5 + 1) / 2.
    expect(ramp([[JAN_1]], JAN_1, JAN_1 + 58, [[0.5]])).toEqual([[0.75]]);
    expect(ramp([[JAN_1]], JAN_1, JAN_1 + 58, [[0.5, 1]])).toEqual([[0.75]]);
    // Default: (.25 + .5) / 2.
    expect(ramp([[JAN_1]], JAN_1, JAN_1 + 58)).toEqual([[0.375]]);
    expect(ramp([[JAN_1]], JAN_1, JAN_1 + 58, [[null]])).toEqual([[0.375]]);
  });

  const errors: [string, () => unknown, string, string][] = [
    ['a text start date', () => ramp([['2025-03-15']], JAN_1, DEC_31), '#VALUE!', Messages.notNumber('start_dates')],
    ['a boolean start date', () => ramp([[true]], JAN_1, DEC_31), '#VALUE!', Messages.notNumber('start_dates')],
    ['a text period start', () => ramp([[null]], 'Jan' as unknown as number, DEC_31), '#VALUE!', Messages.notNumber('period_start')],
    ['a blank period end', () => ramp([[null]], JAN_1, null as unknown as number), '#VALUE!', Messages.required('period_end')],
    ['a boolean period end', () => ramp([[null]], JAN_1, false as unknown as number), '#VALUE!', Messages.notNumber('period_end')],
    ['end before start', () => ramp([[null]], DEC_31, JAN_1), '#NUM!', Messages.endBeforeStart('period_end', 'period_start')],
    ['a date beyond 9999', () => ramp([[3e6]], JAN_1, DEC_31), '#NUM!', Messages.notDate('start_dates')],
    ['a share above 100%', () => ramp([[null]], JAN_1, DEC_31, [[0.5], [2]]), '#NUM!', Messages.notBetween('ramp', 0, 1)],
    ['a blank inside the ramp', () => ramp([[null]], JAN_1, DEC_31, [[0.5], [null], [0.9]]), '#VALUE!', Messages.blankCell('ramp')],
    [
      'a 2-D range of start dates',
      () =>
        ramp(
          [
            [1, 2],
            [3, 4],
          ],
          JAN_1,
          DEC_31,
        ),
      '#VALUE!',
      Messages.notVector('start_dates'),
    ],
  ];
  it.each(errors)('%s → its Excel error, with the message naming the argument where Excel shows one', (_name, call, code, message) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe(code);
    expect(error.message).toBe(messageExcelShows(code, message));
  });
});
