import { lagging as laggingCore, LaggingMethod } from '../core/lagging';
import { excelCall } from './support/excel-error';
import { isBlankRange, numberOrBlank, requiredNumber, optionalChoice, shaped, vector } from './support/args';

const METHODS: readonly LaggingMethod[] = ['zscore', 'mean', 'quartile', 'below'];

/**
 * Flags who lags: TRUE where a value falls behind the rest (blanks are FALSE).
 * @customfunction LAGGING
 * @param values One value per rep (result, attainment, pace …), as a row or a column. Blanks are FALSE and left out of the statistics.
 * @param [method] "zscore" (default): below mean − threshold × standard deviation; "mean": below threshold × mean; "quartile": at or below the first quartile; "below": below threshold.
 * @param [threshold] The method's threshold: zscore 1, mean 0.8, below 1 by default; not used by quartile.
 * @returns TRUE or FALSE per value, in the shape of values.
 */
export function lagging(values: any[][], method?: string, threshold?: number): boolean[][] {
  return excelCall(() => {
    const v = vector(values, 'values', numberOrBlank('values'));
    const m = optionalChoice(method, 'method', METHODS);
    const t = isBlankRange(threshold) ? undefined : requiredNumber(threshold, 'threshold');
    return shaped(laggingCore(v.values, m, t), v.orientation);
  });
}
