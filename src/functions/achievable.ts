import { achievable as achievableCore } from '../core/achievable';
import { excelCall } from './support/excel-error';
import { numberOrBlank, requiredNumber, vector } from './support/args';

/**
 * How unusual the growth a target asks for is: its percentile (0..1) among the history's period-over-period growth.
 * @customfunction ACHIEVABLE
 * @param target The target (≥ 0).
 * @param baseline The value the target grows from, e.g. last year's result (> 0).
 * @param history Past results in time order, as a row or a column (at least 4 periods). Blank cells are skipped.
 * @returns The percentile 0..1 of target/baseline−1 under a normal fit of past growth; above 0.9 is rarely reached.
 */
export function achievable(target: number, baseline: number, history: any[][]): number {
  return excelCall(() => {
    const past = vector(history, 'history', numberOrBlank('history')).values.filter((v): v is number => v !== null);
    return achievableCore(requiredNumber(target, 'target'), requiredNumber(baseline, 'baseline'), past);
  });
}
