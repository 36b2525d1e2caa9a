import fc from 'fast-check';
import { pace } from '../../src/core/pace';
import { periodDays } from '../../src/core/days';
import { endOfMonth } from '../../src/core/dates';
import { errorOf } from './support/domain-error';

// Serials (days since 1899-12-30, computed independently): 2024-01-01 = 45292, 01-16 = 45307,
// 01-20 = 45311, 01-23 = 45314, 01-30 = 45321, 02-15 = 45337, 03-31 = 45382.
const JAN_1 = 45292;

describe('pace, linear', () => {
  it('docs/functions.md#salespace example: day 20 of 30, 320k of 500k → expected 333,333.33 → 0.96', () => {
    expect(pace(500000, 320000, 45292, 45321, 45311)).toBeCloseTo(0.96, 12);
  });

  it('after the end the whole target is expected: pace = actual / target', () => {
    expect(pace(500000, 450000, 45292, 45321, 45400)).toBeCloseTo(0.9, 12);
  });

  it('on the first day 1/30 of the target is expected', () => {
    // 500,000 / 30 = 16,666.67 expected; 20,000 / 16,666.67 = 1.2
    expect(pace(500000, 20000, 45292, 45321, 45292)).toBeCloseTo(1.2, 12);
  });

  it('property: pace is 1 when actual equals the linear expectation, and scales with actual', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 900 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (target, length, offset, factor) => {
          const end = JAN_1 + length;
          const elapsed = Math.min(offset, length) + 1;
          const expected = (target * elapsed) / (length + 1);
          expect(pace(target, expected, JAN_1, end, JAN_1 + offset)).toBeCloseTo(1, 9);
          expect(pace(target, expected * factor, JAN_1, end, JAN_1 + offset)).toBeCloseTo(factor, 9);
        },
      ),
    );
  });
});

describe('pace, seasonal', () => {
  it('Q1 2024 weighted 1:2:1, as of Feb 15: January (¼) + 15/29 of February (½)', () => {
    // share due = 1/4 + 1/2 · 15/29 = 59/116; expected = 1000 · 59/116 = 508.62; 400 / 508.62 = 46400/59000
    expect(pace(1000, 400, 45292, 45382, 45337, [1, 2, 1])).toBeCloseTo(46400 / 59000, 12);
  });

  it('a month cut by the period counts only its days inside the period', () => {
    // Jan 16 … Feb 15, weights ½ each; Jan 16 … Jan 31 is 16 days, as of Jan 23 is 8 of them:
    // share due = ½ · 8/16 = ¼ → 25 of 100 is on pace.
    expect(pace(100, 25, 45307, 45337, 45314, [1, 1])).toBeCloseTo(1, 12);
  });

  it('weights are normalised: [2, 4, 2] is the same plan as [1, 2, 1]', () => {
    expect(pace(1000, 400, 45292, 45382, 45337, [2, 4, 2])).toBeCloseTo(pace(1000, 400, 45292, 45382, 45337, [1, 2, 1]), 12);
  });

  it('property: weights proportional to each month’s days in the period give the linear pace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        (from, length, offset) => {
          const start = JAN_1 + from;
          const end = start + length;
          const daysPerMonth: number[] = [];
          for (let m = start; m <= end; m = endOfMonth(m) + 1) daysPerMonth.push(Math.min(endOfMonth(m), end) - m + 1);
          expect(daysPerMonth.reduce((a, b) => a + b, 0)).toBe(periodDays(start, end));
          const linear = pace(1000, 500, start, end, start + offset);
          expect(pace(1000, 500, start, end, start + offset, daysPerMonth)).toBeCloseTo(linear, 9);
        },
      ),
    );
  });
});

describe('pace errors', () => {
  it('target ≤ 0 and negative actual are #NUM!, naming the argument', () => {
    expect(errorOf(() => pace(0, 1, 45292, 45321, 45311))).toMatchObject({ kind: 'num', message: expect.stringContaining('target') });
    expect(errorOf(() => pace(-5, 1, 45292, 45321, 45311)).kind).toBe('num');
    expect(errorOf(() => pace(10, -1, 45292, 45321, 45311))).toMatchObject({ kind: 'num', message: expect.stringContaining('actual') });
  });

  it('as_of before the start is #N/A; end before start is #NUM!', () => {
    expect(errorOf(() => pace(10, 1, 45292, 45321, 45291)).kind).toBe('na');
    expect(errorOf(() => pace(10, 1, 45321, 45292, 45321)).kind).toBe('num');
  });

  it('a wrong number of weights is #VALUE! and says how many months the period has', () => {
    const e = errorOf(() => pace(1000, 400, 45292, 45382, 45337, Array(12).fill(1)));
    expect(e.kind).toBe('value');
    expect(e.message).toMatch(/seasonality.*\(3\)/);
  });

  it('negative weights are #NUM!, weights adding up to 0 are #NUM!', () => {
    expect(errorOf(() => pace(1000, 400, 45292, 45382, 45337, [1, -1, 1])).kind).toBe('num');
    expect(errorOf(() => pace(1000, 400, 45292, 45382, 45337, [0, 0, 0]))).toMatchObject({
      kind: 'num',
      message: expect.stringContaining('seasonality'),
    });
  });

  it('nothing expected yet (the months so far weigh 0) is #DIV/0!', () => {
    expect(errorOf(() => pace(1000, 400, 45292, 45382, 45300, [0, 1, 1])).kind).toBe('div0');
  });

  it('never returns Infinity: a result too large is #NUM!', () => {
    expect(errorOf(() => pace(1e-300, 1e300, 45292, 45321, 45311)).kind).toBe('num');
  });
});
