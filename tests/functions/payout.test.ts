import { payout } from '../../src/functions/payout';
import { excelErrorOf } from './support/excel-error';

const TIERS = [
  [0, 0.04],
  [1, 0.06],
  [1.5, 0.08],
];

describe('SALES.PAYOUT', () => {
  it('docs/functions.md#salespayout example: =SALES.PAYOUT(160000, 100000, {0,0.04;1,0.06;1.5,0.08}) = 7800', () => {
    // 100,000 × 4% + 50,000 × 6% + 10,000 × 8%
    expect(payout(160000, 100000, TIERS)).toBeCloseTo(7800, 9);
    expect(payout(160000, 100000, TIERS, 'marginal')).toBeCloseTo(7800, 9);
  });

  it('"flat" (any case) pays all at the highest tier reached: 160,000 × 8% = 12,800', () => {
    expect(payout(160000, 100000, TIERS, 'flat')).toBeCloseTo(12800, 9);
    expect(payout(160000, 100000, TIERS, ' FLAT ')).toBeCloseTo(12800, 9);
  });

  it('blank rows at the end of a Setup table are skipped; a blank mode is the default', () => {
    expect(payout(160000, 100000, [...TIERS, [null, null], [null, null]], null as unknown as string)).toBeCloseTo(7800, 9);
  });

  it.each([
    ['achieved', () => payout('160000' as unknown as number, 100000, TIERS)],
    ['quota', () => payout(160000, null as unknown as number, TIERS)],
    ['tiers', () => payout(160000, 100000, [[0, 0.04, 1]])],
    ['tiers', () => payout(160000, 100000, [[0], [0.04]])],
    [
      'tiers',
      () =>
        payout(160000, 100000, [
          [0, 0.04],
          [1, null],
        ]),
    ],
    [
      'tiers',
      () =>
        payout(160000, 100000, [
          [0, 0.04],
          ['gold', 0.06],
        ]),
    ],
    [
      'tiers',
      () =>
        payout(160000, 100000, [
          [0.5, 0.04],
          [1, 0.06],
        ]),
    ],
    [
      'tiers',
      () =>
        payout(160000, 100000, [
          [0, 0.04],
          [1.5, 0.06],
          [1, 0.08],
        ]),
    ],
    ['tiers', () => payout(160000, 100000, [[null, null]])],
    ['mode', () => payout(160000, 100000, TIERS, 'stepped')],
    ['mode', () => payout(160000, 100000, TIERS, 1 as unknown as string)],
  ])('#VALUE! naming %s for wrong type or shape', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it.each([
    ['achieved', () => payout(-1, 100000, TIERS)],
    ['quota', () => payout(1, -100000, TIERS)],
    ['tiers', () => payout(1, 100000, [[0, 4]])],
    [
      'tiers',
      () =>
        payout(1, 100000, [
          [0, 0.04],
          [1, -0.06],
        ]),
    ],
  ])('#NUM! for %s out of its domain (rates outside 0..1)', (_arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#NUM!');
    expect(error.message).toBe(''); // Excel shows no message with #NUM! (CustomFunctions.ErrorCode)
  });

  it('a quota of 0 is #DIV/0!', () => {
    expect(excelErrorOf(() => payout(1, 0, TIERS)).code).toBe('#DIV/0!');
  });
});
