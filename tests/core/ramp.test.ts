import fc from 'fast-check';
import { monthIndex, ymdToSerial } from '../../src/core/dates';
import type { DomainErrorKind } from '../../src/core/errors';
import { Messages } from '../../src/core/messages';
import { ramp } from '../../src/core/ramp';
import { expectDomainError } from './support/domain-error';

// 45658 = 2025-01-01 (the period start of the example in docs/functions.md#salesramp); the rest counted from it by month lengths.
const JAN_1 = 45658;
const MAR_31 = JAN_1 + 31 + 28 + 30; // 45747
const DEC_31 = JAN_1 + 364; // 46022
const MAR_15 = JAN_1 + 31 + 28 + 14; // 45731
const DEC_10_2024 = JAN_1 - 22; // 45636

describe('monthIndex', () => {
  it('counts calendar months, so differences are whole months', () => {
    expect(monthIndex(JAN_1) - monthIndex(JAN_1 - 366)).toBe(12); // 2024-01-01, a leap year before
    expect(monthIndex(MAR_31) - monthIndex(JAN_1)).toBe(2);
    expect(monthIndex(MAR_15)).toBe(2025 * 12 + 2);
  });
});

describe('ramp: worked values', () => {
  it('a hire on 2025-03-15 over 2025: (0 + 0 + .25 + .5 + .75 + 7 × 1) / 12', () => {
    const [existing, hire] = ramp([null, MAR_15], JAN_1, DEC_31);
    expect(existing).toBe(1);
    expect(hire).toBeCloseTo(8.5 / 12, 12);
  });

  it('a hire of the month before the period is already in tenure month 2', () => {
    // Q1 2025, start 2024-12-10: Jan = month 2 (.5), Feb = 3 (.75), Mar = 4 (1) → 2.25 / 3.
    expect(ramp([DEC_10_2024], JAN_1, MAR_31)[0]).toBeCloseTo(0.75, 12);
  });

  it('a rep starting after the period gets 0; long before it gets 1', () => {
    expect(ramp([DEC_31 + 1, ymdToSerial(2020, 6, 1)], JAN_1, MAR_31)).toEqual([0, 1]);
  });

  it('the start month is tenure month 1 whatever the day', () => {
    // A one-month period (January) for a rep who starts on Jan 31: share .25.
    expect(ramp([JAN_1 + 30], JAN_1, JAN_1 + 30)).toEqual([0.25]);
  });

  it('a custom ramp, and an empty one (full capacity from the start month)', () => {
    // Jan–Feb, start in January with ramp {50%}: (.5 + 1) / 2.
    expect(ramp([JAN_1], JAN_1, JAN_1 + 58, [0.5])).toEqual([0.75]);
    expect(ramp([JAN_1, DEC_31], JAN_1, DEC_31, [])).toEqual([1, 1 / 12]);
  });

  it('a period of all Excel dates is still instant (cost does not grow with its length)', () => {
    const t0 = performance.now();
    const [factor] = ramp([JAN_1], 1, 2958465);
    expect(performance.now() - t0).toBeLessThan(1000); // a hang guard, not a speed test: a per-day loop would take minutes
    // Months 1900-01 … 9999-12 = 97,200; the rep works from 2025-01 at .25, .5, .75, then 1.
    const months = (9999 - 1900 + 1) * 12;
    const worked = (9999 - 2025 + 1) * 12;
    expect(factor).toBeCloseTo((worked - 3 + 1.5) / months, 12);
  });
});

describe('ramp: errors', () => {
  const cases: [string, () => unknown, DomainErrorKind, string][] = [
    ['end before start', () => ramp([null], DEC_31, JAN_1), 'num', Messages.endBeforeStart('period_end', 'period_start')],
    ['a share above 1', () => ramp([null], JAN_1, DEC_31, [0.5, 1.2]), 'num', Messages.notBetween('ramp', 0, 1)],
    ['a negative share', () => ramp([null], JAN_1, DEC_31, [-0.1]), 'num', Messages.notBetween('ramp', 0, 1)],
    ['a NaN share', () => ramp([null], JAN_1, DEC_31, [NaN]), 'value', Messages.notFinite('ramp')],
    ['a start date out of Excel range', () => ramp([3e6], JAN_1, DEC_31), 'num', Messages.notDate('start_dates')],
    ['a negative period start', () => ramp([null], -1, DEC_31), 'num', Messages.notDate('period_start')],
    ['an infinite period end', () => ramp([null], JAN_1, Infinity), 'value', Messages.notFinite('period_end')],
  ];
  it.each(cases)('%s', (_name, call, kind, message) => {
    expectDomainError(call, kind, message);
  });
});

describe('ramp: properties', () => {
  const date = fc.integer({ min: 40000, max: 50000 });
  const shares = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

  it('factors are in 0..1', () => {
    fc.assert(
      fc.property(fc.array(fc.option(date), { minLength: 1, maxLength: 20 }), date, date, shares, (starts, a, b, s) => {
        const factors = ramp(starts, Math.min(a, b), Math.max(a, b), s);
        return factors.every((f) => f >= 0 && f <= 1);
      }),
    );
  });

  it('a later start never gives more capacity when the ramp rises', () => {
    const rising = shares.map((s) => s.sort((x, y) => x - y));
    fc.assert(
      fc.property(date, date, date, date, rising, (s1, s2, a, b, s) => {
        const [early, late] = ramp([Math.min(s1, s2), Math.max(s1, s2)], Math.min(a, b), Math.max(a, b), s);
        return late <= early + 1e-12;
      }),
    );
  });

  it('equals the month-by-month mean it is defined as', () => {
    // The implementation counts the months past the ramp at once; this walks every month.
    fc.assert(
      fc.property(date, date, date, shares, (start, a, b, s) => {
        const first = monthIndex(Math.min(a, b));
        const last = monthIndex(Math.max(a, b));
        let total = 0;
        for (let m = first; m <= last; m++) {
          const t = m - monthIndex(start) + 1;
          total += t < 1 ? 0 : t <= s.length ? s[t - 1] : 1;
        }
        expect(ramp([start], Math.min(a, b), Math.max(a, b), s)[0]).toBeCloseTo(total / (last - first + 1), 12);
      }),
    );
  });
});
