import { pace as paceCore } from '../core/pace';
import { excelCall } from './support/excel-error';
import { isBlankRange, numberOrZero, requiredNumber, vector } from './support/args';

/**
 * Pace of a result against plan: actual ÷ the part of target expected by as_of (1 = on plan).
 * @customfunction PACE
 * @param target The period's target (> 0).
 * @param actual Result to date (≥ 0).
 * @param start_date First day of the period.
 * @param end_date Last day of the period.
 * @param as_of Date the result is reported to; days are counted inclusively, a date after the end counts as the end.
 * @param [seasonality] One weight per calendar month of the period, from its start month (a row or a column). Omitted or all blank: expected grows linearly with days.
 * @returns Actual ÷ expected to date, e.g. 0.96 = 4% behind plan.
 */
export function pace(target: number, actual: number, start_date: number, end_date: number, as_of: number, seasonality?: any[][]): number {
  return excelCall(() =>
    paceCore(
      requiredNumber(target, 'target'),
      requiredNumber(actual, 'actual'),
      requiredNumber(start_date, 'start_date'),
      requiredNumber(end_date, 'end_date'),
      requiredNumber(as_of, 'as_of'),
      isBlankRange(seasonality) ? undefined : vector(seasonality, 'seasonality', numberOrZero('seasonality')).values,
    ),
  );
}
