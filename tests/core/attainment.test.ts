import fc from 'fast-check';
import { attainmentChance, BOOTSTRAP_RESAMPLES } from '../../src/core/attainment';
import { normalCdf } from '../../src/core/normal-cdf';
import { errorOf } from './support/domain-error';

const MONTHS = [100, 120, 80, 100]; // μ 100, sample σ √(800/3) = 16.33

describe('normalCdf', () => {
  it.each([
    // 0.5 · erfc(−z/√2), from Python's math.erfc
    [0, 0.5],
    [1, 0.8413447460685429],
    [-2, 0.02275013194817922],
    [0.5, 0.6914624612740131],
    [3, 0.9986501019683699],
    [-5.5, 1.8989562465887738e-8],
    [-8, 6.220960574271819e-16],
    [-30, 4.906713927148764e-198],
  ])('Φ(%d) = %d to 1e-15 absolute and 1e-13 relative', (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(1e-15);
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });

  it('never falls as z grows (no noise in the tails)', () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (z, step) => {
        expect(normalCdf(z + step)).toBeGreaterThanOrEqual(normalCdf(z));
      }),
    );
  });

  it('is 0 and 1 far out, and symmetric: Φ(−z) = 1 − Φ(z)', () => {
    expect([normalCdf(-Infinity), normalCdf(-40), normalCdf(40), normalCdf(Infinity)]).toEqual([0, 0, 1, 1]);
    fc.assert(fc.property(fc.double({ min: -12, max: 12, noNaN: true }), (z) => Math.abs(normalCdf(-z) - (1 - normalCdf(z))) < 1e-14));
  });
});

describe('attainmentChance, normal', () => {
  it('the worked example: 400 to date, 3 months left, quota 750 → Φ(−50 / (16.33·√3)) = 0.03855', () => {
    // z = (400 + 3·100 − 750) / (√(800/3) · √3) = −1.7677669529663687; Φ(z) by math.erfc
    expect(attainmentChance(MONTHS, 400, 750, 3)).toBeCloseTo(0.03854993587177092, 14);
    expect(attainmentChance(MONTHS, 400, 650, 3)).toBeCloseTo(1 - 0.03854993587177092, 14);
    expect(attainmentChance(MONTHS, 400, 700, 3)).toBeCloseTo(0.5, 14);
  });

  it('blanks are skipped; the order of the history does not matter', () => {
    expect(attainmentChance([null, 100, 120, null, 80, 100], 400, 750, 3)).toBe(attainmentChance([80, 100, 120, 100], 400, 750, 3));
  });

  it('a fractional remaining scales mean and variance: 0.5 period left', () => {
    // z = (700 + 0.5·100 − 760) / (√(800/3) · √0.5)
    const z = -10 / (Math.sqrt(800 / 3) * Math.sqrt(0.5));
    expect(attainmentChance(MONTHS, 700, 760, 0.5)).toBeCloseTo(normalCdf(z), 14);
  });

  it('quota already met is 1, with any history or none, and any periods left', () => {
    expect(attainmentChance([], 750, 750, 3)).toBe(1);
    expect(attainmentChance([5], 800, 750, 0, 'bootstrap')).toBe(1);
    expect(attainmentChance([-50, 20], 0, -1, 12)).toBe(1);
  });

  it('no period left and not met is 0, even without a history', () => {
    expect(attainmentChance([], 749, 750, 0)).toBe(0);
    expect(attainmentChance(MONTHS, 749, 750, 0, 'bootstrap')).toBe(0);
  });

  it('no spread: a step at actual + r·μ = quota (met exactly counts as made)', () => {
    expect(attainmentChance([100, 100, 100], 400, 700, 3)).toBe(1);
    expect(attainmentChance([100, 100, 100], 400, 700.01, 3)).toBe(0);
    expect(attainmentChance([0.1, 0.1, 0.1], 0, 0.3, 3)).toBe(1); // sd 1.7e-17 is rounding, not spread
    expect(attainmentChance([0.1, 0.1, 0.1], 0, 0.3, 3, 'bootstrap')).toBe(1);
  });

  it('fewer than 2 numbers in the history: #N/A naming history', () => {
    for (const history of [[], [100], [null, 100, null]]) {
      expect(errorOf(() => attainmentChance(history, 400, 750, 3))).toMatchObject({
        kind: 'na',
        message: expect.stringContaining('history'),
      });
    }
  });

  it('remaining outside 0..1000 is #NUM!; a non-finite number is #VALUE!; a history too large to add up is #NUM!', () => {
    for (const remaining of [-0.5, 1000.5]) expect(errorOf(() => attainmentChance(MONTHS, 0, 1, remaining)).kind).toBe('num');
    expect(errorOf(() => attainmentChance([1, NaN], 0, 1, 1)).kind).toBe('value');
    expect(errorOf(() => attainmentChance(MONTHS, Infinity, 1, 1)).kind).toBe('value');
    expect(errorOf(() => attainmentChance([1e308, -1e308, 1e308], 0, 1, 1000)).kind).toBe('num');
  });
});

const history = fc.array(fc.integer({ min: -1000, max: 100_000 }), { minLength: 2, maxLength: 24 });
const method = fc.constantFrom('normal' as const, 'bootstrap' as const);

describe('attainmentChance, properties (both methods)', () => {
  it('is a probability in [0, 1]; 1 once quota is met', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -1e6, max: 2e6 }),
        fc.double({ min: 0, max: 24, noNaN: true }),
        method,
        (h, actual, quota, r, m) => {
          const p = attainmentChance(h, actual, quota, r, m);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          if (actual >= quota) expect(p).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never falls as the actual to date grows', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e5 }),
        fc.integer({ min: 0, max: 2e6 }),
        fc.integer({ min: 0, max: 12 }),
        method,
        (h, actual, more, quota, r, m) => {
          expect(attainmentChance(h, actual + more, quota, r, m)).toBeGreaterThanOrEqual(attainmentChance(h, actual, quota, r, m));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('attainmentChance, bootstrap', () => {
  it('is deterministic and counts whole resamples', () => {
    const p = attainmentChance(MONTHS, 400, 750, 3, 'bootstrap');
    expect(attainmentChance(MONTHS, 400, 750, 3, 'bootstrap')).toBe(p);
    expect(p * BOOTSTRAP_RESAMPLES).toBeCloseTo(Math.round(p * BOOTSTRAP_RESAMPLES), 6);
  });

  it('is close to the normal approximation on normal-looking months (within 0.04)', () => {
    // A year of months around 100 (sd ≈ 9.3), 6 months left, quotas across the distribution.
    const months = [95, 110, 102, 88, 120, 99, 105, 93, 101, 112, 97, 108];
    for (const quota of [1750, 1780, 1800, 1820, 1850]) {
      const [n, b] = [attainmentChance(months, 1200, quota, 6), attainmentChance(months, 1200, quota, 6, 'bootstrap')];
      expect(Math.abs(n - b)).toBeLessThan(0.04);
    }
  });

  it('with a fractional period left, the fraction is part of one more draw', () => {
    // 2 values 0 and 100, 0.5 left: the last half-draw adds 0 or 50, half the time each.
    const p = attainmentChance([0, 100], 0, 50, 0.5, 'bootstrap');
    expect(p).toBeGreaterThan(0.45);
    expect(p).toBeLessThan(0.55);
  });
});
