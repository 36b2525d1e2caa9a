import { mulberry32 } from '../../src/core/mulberry32';

describe('mulberry32', () => {
  it('gives the same sequence for a seed, another for another seed', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(20260101)).toEqual(take(20260101));
    expect(take(20260101)).not.toEqual(take(20260102));
  });

  it('draws uniformly from [0, 1): 10,000 draws stay inside and average about ½', () => {
    const next = mulberry32(7);
    const draws = Array.from({ length: 10_000 }, next);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(draws.reduce((a, b) => a + b, 0) / draws.length - 0.5)).toBeLessThan(0.02);
  });
});
