import { projection as projectionCore } from '../core/projection';
import { excelCall } from './support/excel-error';
import { requiredNumber } from './support/args';

/**
 * Run-rate projection to the period's end: actual ÷ elapsed days × period days.
 * @customfunction PROJECTION
 * @param actual Result to date (≥ 0).
 * @param start_date First day of the period.
 * @param end_date Last day of the period.
 * @param as_of Date the result is reported to; days are counted inclusively, a date after the end counts as the end.
 * @returns The result the period ends with if the daily run rate holds.
 */
export function projection(actual: number, start_date: number, end_date: number, as_of: number): number {
  return excelCall(() =>
    projectionCore(
      requiredNumber(actual, 'actual'),
      requiredNumber(start_date, 'start_date'),
      requiredNumber(end_date, 'end_date'),
      requiredNumber(as_of, 'as_of'),
    ),
  );
}
