import { ramp as rampCore } from '../core/ramp';
import { excelCall } from './support/excel-error';
import { isBlankRange, numberNotBlank, numberOrBlank, requiredNumber, shaped, vector } from './support/args';

/**
 * Capacity factor 0..1 of each rep over a period, from their start dates: new hires ramp up (25%, 50%, 75%, then 100% by month of tenure).
 * @customfunction RAMP
 * @param start_dates Each rep's start date, as a row or a column. A blank cell is an existing rep (factor 1).
 * @param period_start First day of the planning period.
 * @param period_end Last day of the planning period.
 * @param [ramp] Capacity share for tenure months 1, 2, 3…, each 0..1 (default 25%, 50%, 75%); full capacity after the last.
 * @returns One factor per rep in the shape of start_dates: the mean share over the calendar months the period touches.
 */
export function ramp(start_dates: any[][], period_start: number, period_end: number, ramp?: any[][]): number[][] {
  return excelCall(() => {
    const starts = vector(start_dates, 'start_dates', numberOrBlank('start_dates'));
    const shares = isBlankRange(ramp) ? undefined : vector(ramp, 'ramp', numberNotBlank('ramp')).values;
    const factors = rampCore(starts.values, requiredNumber(period_start, 'period_start'), requiredNumber(period_end, 'period_end'), shares);
    return shaped(factors, starts.orientation);
  });
}
