import { forecast as forecastCore } from '../core/forecast';
import { excelCall } from './support/excel-error';
import { isBlankRange, numberOrBlank, optionalNumber, requiredNumber, shaped, vector } from './support/args';

/**
 * Forecasts the next values of a series: least-squares trend, plus an additive season when season_length is given.
 * @customfunction FORECAST
 * @param history Past values in time order, as a row or a column. Blank cells are missing periods; trailing blanks are ignored.
 * @param [periods] How many future values to return, a whole number 1..1000 (default 1).
 * @param [season_length] Periods per season (12 for months, 4 for quarters); needs at least 2 full seasons of history.
 * @returns The forecast values, next period first, as a row or a column like history.
 */
export function forecast(history: any[][], periods?: number, season_length?: number): number[][] {
  return excelCall(() => {
    const h = vector(history, 'history', numberOrBlank('history'));
    const seasonLength = isBlankRange(season_length) ? undefined : requiredNumber(season_length, 'season_length');
    const values = forecastCore(h.values, optionalNumber(periods, 'periods', 1), seasonLength);
    return shaped(values, h.orientation);
  });
}
