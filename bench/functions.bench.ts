import { conversion } from '../src/functions/conversion';
import { lagging } from '../src/functions/lagging';
import { split } from '../src/functions/split';

const N = 10_000;

/** Deterministic pseudo-random numbers, so every run measures the same input. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The 10,000-element calls docs/ARCHITECTURE.md#targets sets a target for (well under 10 ms), as Excel hands them over. */
export function functionBenchmarks(): [string, () => unknown][] {
  const next = lcg(42);
  const weights = Array.from({ length: N }, () => [Math.round(next() * 1000)]);
  const values = Array.from({ length: N }, () => [next() * 100_000]);
  const funnel = Array.from({ length: N }, (_, i) => [N - i]);
  return [
    ['SALES.SPLIT 10,000 weights (column)', () => split(12_000_000, weights, 1)],
    ['SALES.LAGGING 10,000 values, zscore', () => lagging(values)],
    ['SALES.LAGGING 10,000 values, quartile', () => lagging(values, 'quartile')],
    ['SALES.CONVERSION 10,000 stages', () => conversion(funnel)],
  ];
}
