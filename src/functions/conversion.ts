import { DomainError } from '../core/errors';
import { CONVERSION_MODES, conversion as conversionCore } from '../core/conversion';
import { Messages } from '../core/messages';
import { excelCall, toExcelError } from './support/excel-error';
import { numberOrZero, optionalChoice, shaped, vector } from './support/args';

/**
 * Conversion rates along a sales funnel, from the number of deals that reached each stage.
 * @customfunction CONVERSION
 * @param stage_counts Deals that reached each stage, in funnel order (a row or a column); they must not rise. Blank cells count 0.
 * @param [mode] "step" (default): each stage over the one before, the first is 1. "cumulative": each stage over the first.
 * @returns One rate 0..1 per stage in the shape of stage_counts; #DIV/0! where the earlier count is 0.
 */
export function conversion(stage_counts: any[][], mode?: string): any[][] {
  return excelCall(() => {
    const counts = vector(stage_counts, 'stage_counts', numberOrZero('stage_counts'));
    const rates = conversionCore(counts.values, optionalChoice(mode, 'mode', CONVERSION_MODES));
    const zeroDenominator = () => toExcelError(new DomainError('div0', Messages.notPositive('stage_counts')));
    return shaped(
      rates.map((r) => (r === null ? zeroDenominator() : r)),
      counts.orientation,
    );
  });
}
