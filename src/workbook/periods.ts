import { serialToYmd, ymdToSerial } from '../core/dates';
import type { WorkbookText } from './i18n';
import type { Period, PlanSetup } from './plan';

/**
 * **Plan periods**: the months or quarters of a plan, each with a stable id.
 *
 * Definition: period k (0-based) starts on the plan start moved by k months (or 3k
 * months), as Excel's `EDATE` would, and ends the day before the next one starts.
 * Ids are `YYYY-MM` for months and `YYYY-Qn` for quarters (the calendar quarter of the
 * period's first month); input keys use them, so a shifted plan keeps the values of the
 * months it still covers.
 *
 * @example
 * planPeriods({ periodStart: 46023, periodCount: 2, granularity: 'month' }, enUS)
 * // => [{ id: '2026-01', start: 46023, end: 46053, label: 'Jan 2026' },
 * //     { id: '2026-02', start: 46054, end: 46081, label: 'Feb 2026' }]
 */
export function planPeriods(setup: Pick<PlanSetup, 'periodStart' | 'periodCount' | 'granularity'>, text: WorkbookText): Period[] {
  const months = setup.granularity === 'quarter' ? 3 : 1;
  const first = serialToYmd(setup.periodStart);
  // The same day of the month each period, or the month's last day when it is shorter (a plan
  // from 31 January has periods from 28 February, 31 March …): one period per month, unique ids.
  const startOf = (k: number) => {
    const firstOfMonth = ymdToSerial(first.year, first.month + k * months, 1);
    const days = ymdToSerial(first.year, first.month + k * months + 1, 1) - firstOfMonth;
    return firstOfMonth + Math.min(first.day, days) - 1;
  };
  const periods: Period[] = [];
  for (let k = 0; k < setup.periodCount; k++) {
    const start = startOf(k);
    const { year, month } = serialToYmd(start);
    const quarter = Math.floor((month - 1) / 3) + 1;
    const id = months === 3 ? `${year}-Q${quarter}` : `${year}-${String(month).padStart(2, '0')}`;
    const label = months === 3 ? text.periodLabel.quarter(year, quarter) : text.periodLabel.month(year, month);
    periods.push({ id, start, end: startOf(k + 1) - 1, label });
  }
  return periods;
}

/** Last day of the plan (inclusive). */
export function planEnd(periods: readonly Period[]): number {
  return periods[periods.length - 1].end;
}
