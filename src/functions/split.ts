import { split as splitCore } from '../core/split';
import { excelCall } from './support/excel-error';
import { numberOrZero, optionalNumber, requiredNumber, shaped, vector } from './support/args';

/**
 * Splits a total in proportion to weights; the parts are multiples of unit and sum exactly to the total.
 * @customfunction SPLIT
 * @param total Amount to split, for example the team's annual target (≥ 0).
 * @param weights One weight per part (history, potential, capacity), as a row or a column. Blank cells count 0; all zero splits equally.
 * @param [unit] Round parts to multiples of this (default 1; 0 = no rounding). The remainder goes to the largest weight.
 * @returns The parts, in the shape of weights.
 */
export function split(total: number, weights: any[][], unit?: number): number[][] {
  return excelCall(() => {
    const w = vector(weights, 'weights', numberOrZero('weights'));
    const parts = splitCore(requiredNumber(total, 'total'), w.values, optionalNumber(unit, 'unit', 1));
    return shaped(parts, w.orientation);
  });
}
