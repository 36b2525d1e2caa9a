import fc from 'fast-check';
import { elapsedDays, periodDays, wholeDay } from '../../src/core/days';
import { expectDomainError } from './support/domain-error';

// Serials computed independently (Python: date − 1899-12-30): 2024-01-01 = 45292, 2024-01-20 = 45311,
// 2024-01-30 = 45321, 9999-12-31 = 2958465.
const JAN_1 = 45292;
const JAN_20 = 45311;
const JAN_30 = 45321;

describe('periodDays', () => {
  it('counts both ends: Jan 1 … Jan 30 is 30 days, a one-day period is 1', () => {
    expect(periodDays(JAN_1, JAN_30)).toBe(30);
    expect(periodDays(JAN_1, JAN_1)).toBe(1);
  });

  it('drops the time of day: 10:00 on Jan 1 to 23:00 on Jan 30 is still 30 days', () => {
    expect(periodDays(JAN_1 + 10 / 24, JAN_30 + 23 / 24)).toBe(30);
  });

  it('rejects an end before the start (#NUM!, like DATEDIF) and dates Excel does not have', () => {
    expectDomainError(() => periodDays(JAN_30, JAN_1), 'num');
    expectDomainError(() => periodDays(-1, JAN_1), 'num');
    expectDomainError(() => periodDays(JAN_1, 2958466), 'num');
    expectDomainError(() => periodDays(Number.NaN, JAN_1), 'value');
    expect(periodDays(0, 2958465)).toBe(2958466);
  });
});

describe('elapsedDays', () => {
  it('day 20 of Jan 1 … Jan 30 is 20 days; as_of on the start day is 1', () => {
    expect(elapsedDays(JAN_1, JAN_30, JAN_20)).toBe(20);
    expect(elapsedDays(JAN_1, JAN_30, JAN_1)).toBe(1);
  });

  it('an as_of after the end counts as the end', () => {
    expect(elapsedDays(JAN_1, JAN_30, JAN_30 + 100)).toBe(30);
  });

  it('an as_of before the start is #N/A, naming both dates', () => {
    expectDomainError(() => elapsedDays(JAN_1, JAN_30, JAN_1 - 1), 'na');
    expect(() => elapsedDays(JAN_1, JAN_30, JAN_1 - 1)).toThrow(/as_of.*start_date/);
  });

  it('wholeDay floors a time stamp and names the argument', () => {
    expect(wholeDay(JAN_20 + 0.99, 'as_of')).toBe(JAN_20);
    expect(() => wholeDay(Infinity, 'as_of')).toThrow(/as_of/);
  });

  it('property: 1 ≤ elapsed ≤ period, and elapsed grows by one a day until the end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 800 }),
        (start, length, offset) => {
          const end = start + length;
          const elapsed = elapsedDays(start, end, start + offset);
          expect(elapsed).toBeGreaterThanOrEqual(1);
          expect(elapsed).toBeLessThanOrEqual(periodDays(start, end));
          expect(elapsed).toBe(Math.min(offset, length) + 1);
        },
      ),
    );
  });
});
