import { seasonality as seasonalityCore } from '../core/seasonality';
import { excelCall } from './support/excel-error';
import { asMatrix, numberOrBlank } from './support/args';

/**
 * Seasonal index per period from a history of several years: each period's mean share of its year, summing to 1.
 * @customfunction SEASONALITY
 * @param history Years × periods: one row per year, one column per month or quarter. Blank cells (a year not over yet) are skipped.
 * @returns One row: the index of each period (column), summing to 1.
 */
export function seasonality(history: any[][]): number[][] {
  return excelCall(() => {
    const cell = numberOrBlank('history');
    const years = asMatrix(history, 'history').map((row) => row.map(cell));
    return [seasonalityCore(years)];
  });
}
