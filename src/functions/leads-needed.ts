import { leadsNeeded as leadsNeededCore } from '../core/leads-needed';
import { excelCall } from './support/excel-error';
import { numberNotBlank, requiredNumber, shaped, vector } from './support/args';

/**
 * Reverse funnel: how many deals each stage needs for a target, leads first and wins last.
 * @customfunction LEADSNEEDED
 * @param target The sales target (≥ 0).
 * @param avg_deal Average value of a won deal (> 0).
 * @param step_rates Conversion rate of each step in funnel order, each above 0 and at most 1 (a row or a column, no blanks).
 * @returns The deals needed at each stage, rounded up, one more than step_rates, in their shape.
 */
export function leadsNeeded(target: number, avg_deal: number, step_rates: any[][]): number[][] {
  return excelCall(() => {
    const rates = vector(step_rates, 'step_rates', numberNotBlank('step_rates'));
    const stages = leadsNeededCore(requiredNumber(target, 'target'), requiredNumber(avg_deal, 'avg_deal'), rates.values);
    return shaped(stages, rates.orientation);
  });
}
