import { scalingCases, sameResult } from './function-scaling';
import type { BenchRow } from './row';
import { median, time } from './timing';
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

/**
 * Every SALES function at 100,000 elements against a plain loop doing the same arithmetic
 * (bench/function-scaling.ts): one row each, `function ms / loop ms = ratio`; the target is ≤ 3×.
 */
export function functionScalingBenchmarks(): BenchRow[] {
  return scalingCases().map(({ name, run, baseline }) => {
    const agrees = sameResult(run(), baseline());
    const ms = median(time(run, 15));
    const loopMs = median(time(baseline, 15));
    const ratio = ms / loopMs;
    const figure = `${ms.toFixed(2)} ms vs plain loop ${loopMs.toFixed(2)} ms = ${ratio.toFixed(1)}×${ratio > 3 ? ' (over 3×)' : ''}${agrees ? '' : ' RESULTS DIFFER'}`;
    return { name: `${name} vs plain loop`, figure, data: { medianMs: ms, loopMs, ratio, agrees: String(agrees) } };
  });
}
