import { attainmentChance, type AttainmentMethod } from '../core/attainment';
import { excelCall } from './support/excel-error';
import { numberOrBlank, optionalChoice, requiredNumber, vector } from './support/args';

const METHODS: readonly AttainmentMethod[] = ['normal', 'bootstrap'];

/**
 * Chance of making quota: the probability that the result to date plus the remaining periods reaches quota, from the completed periods' results.
 * @customfunction ATTAINMENT
 * @param history Results of the completed periods, as a row or a column; blanks are skipped. Needs at least 2 numbers.
 * @param actual Result to date.
 * @param quota The quota to reach.
 * @param remaining Periods still to come, 0 to 1000; fractions allowed.
 * @param [method] "normal" (default): normal approximation, NORM.DIST with the history's mean and sample standard deviation; "bootstrap": 10,000 seeded resamples of the history.
 * @returns The probability 0..1: 1 once quota is met, 0 when no period is left and it is not.
 */
export function attainment(history: any[][], actual: number, quota: number, remaining: number, method?: string): number {
  return excelCall(() =>
    attainmentChance(
      vector(history, 'history', numberOrBlank('history')).values,
      requiredNumber(actual, 'actual'),
      requiredNumber(quota, 'quota'),
      requiredNumber(remaining, 'remaining'),
      optionalChoice(method, 'method', METHODS),
    ),
  );
}
