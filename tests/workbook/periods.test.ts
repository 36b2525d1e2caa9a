import fc from 'fast-check';
import { serialToYmd, ymdToSerial } from '../../src/core/dates';
import { workbookText } from '../../src/workbook/i18n';
import { planPeriods } from '../../src/workbook/periods';

const text = workbookText('en-US');

describe('planPeriods', () => {
  test('a plan from 31 January: periods from the 31st, or the month’s last day when it is shorter', () => {
    const periods = planPeriods({ periodStart: ymdToSerial(2026, 1, 31), periodCount: 4, granularity: 'month' }, text);
    expect(periods.map((p) => p.id)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(periods.map((p) => serialToYmd(p.start).day)).toEqual([31, 28, 31, 30]);
  });

  test('property: for any start day, ids are unique and the periods tile the plan without gap or overlap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 36 }),
        fc.constantFrom('month' as const, 'quarter' as const),
        (year, month, day, periodCount, granularity) => {
          const start = Math.min(ymdToSerial(year, month, day), ymdToSerial(year, month + 1, 1) - 1);
          const periods = planPeriods({ periodStart: start, periodCount, granularity }, text);
          expect(new Set(periods.map((p) => p.id)).size).toBe(periodCount);
          expect(periods[0].start).toBe(start);
          periods.forEach((p, k) => {
            expect(p.end).toBeGreaterThanOrEqual(p.start);
            if (k > 0) expect(p.start).toBe(periods[k - 1].end + 1);
          });
        },
      ),
    );
  });
});
