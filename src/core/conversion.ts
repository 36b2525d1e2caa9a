import { DomainError } from './errors';
import { Messages } from './messages';

/** How rates are taken along the funnel: stage over stage, or every stage over the first. */
export type ConversionMode = 'step' | 'cumulative';
export const CONVERSION_MODES: readonly ConversionMode[] = ['step', 'cumulative'];

/**
 * **Conversion** rates along a sales funnel.
 *
 * Definition: `counts[k]` is the number of deals that *reached* stage `k`, in funnel
 * order, so counts never rise. `step`: `counts[k] / counts[k−1]`, the first rate is 1
 * (nothing comes before it). `cumulative`: `counts[k] / counts[0]`. A zero
 * denominator has no rate: that element is `null` (the adapter shows `#DIV/0!`).
 * Every rate is in 0..1 because counts do not rise.
 *
 * @example
 * conversion([200, 50, 20, 5], 'step');       // => [1, 0.25, 0.4, 0.25]
 * conversion([200, 50, 20, 5], 'cumulative'); // => [1, 0.25, 0.1, 0.025]
 * conversion([10, 0, 0], 'step');             // => [1, 0, null]
 *
 * @param counts deals that reached each stage, each ≥ 0, not rising
 * @param mode `step` or `cumulative`
 * @returns one rate per stage, or `null` where the denominator is 0
 * @throws {DomainError} `value` for no counts, a non-finite count, or a count larger
 *   than the one before it; `num` for a negative count
 */
export function conversion(counts: readonly number[], mode: ConversionMode): (number | null)[] {
  checkCounts(counts);
  return counts.map((count, k) => {
    if (k === 0 && mode === 'step') return 1;
    const denominator = mode === 'step' ? counts[k - 1] : counts[0];
    // count ≤ denominator, so the ratio is in 0..1 and finite whenever the denominator is not 0.
    return denominator === 0 ? null : Math.min(1, count / denominator);
  });
}

function checkCounts(counts: readonly number[]): void {
  if (counts.length === 0) throw new DomainError('value', Messages.empty('stage_counts'));
  counts.forEach((count, k) => {
    if (!Number.isFinite(count)) throw new DomainError('value', Messages.notFinite('stage_counts'));
    if (count < 0) throw new DomainError('num', Messages.negative('stage_counts'));
    if (k > 0 && count > counts[k - 1]) throw new DomainError('value', Messages.risingFunnel('stage_counts', k + 1));
  });
}
