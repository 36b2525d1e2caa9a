import fc from 'fast-check';
import { payout, PayoutTier } from '../../src/core/payout';
import { errorOf } from './support/domain-error';

const EXAMPLE_TIERS: PayoutTier[] = [
  { threshold: 0, rate: 0.04 },
  { threshold: 1, rate: 0.06 },
  { threshold: 1.5, rate: 0.08 },
];

describe('payout', () => {
  it('docs/functions.md#salespayout example, marginal: 100,000 × 4% + 50,000 × 6% + 10,000 × 8% = 7,800', () => {
    expect(payout(160000, 100000, EXAMPLE_TIERS, 'marginal')).toBeCloseTo(7800, 9);
  });

  it('flat: 160% reaches the 150% tier, so all 160,000 at 8% = 12,800', () => {
    expect(payout(160000, 100000, EXAMPLE_TIERS, 'flat')).toBeCloseTo(12800, 9);
  });

  it('below the first step both modes pay the base rate: 50,000 × 4% = 2,000', () => {
    expect(payout(50000, 100000, EXAMPLE_TIERS, 'marginal')).toBeCloseTo(2000, 9);
    expect(payout(50000, 100000, EXAMPLE_TIERS, 'flat')).toBeCloseTo(2000, 9);
  });

  it('exactly at a threshold: marginal has nothing above it yet, flat has reached it', () => {
    expect(payout(100000, 100000, EXAMPLE_TIERS, 'marginal')).toBeCloseTo(4000, 9); // 100,000 × 4%
    expect(payout(100000, 100000, EXAMPLE_TIERS, 'flat')).toBeCloseTo(6000, 9); // 100,000 × 6%
  });

  it('a decimal threshold is reached exactly (110,000 of 100,000 is 110%, not 109.99…%)', () => {
    const tiers = [
      { threshold: 0, rate: 0.05 },
      { threshold: 1.1, rate: 0.1 },
    ];
    expect(payout(110000, 100000, tiers, 'flat')).toBeCloseTo(11000, 9);
    expect(payout(110000, 100000, tiers, 'marginal')).toBeCloseTo(5500, 9);
  });

  it('nothing achieved pays nothing', () => {
    expect(payout(0, 100000, EXAMPLE_TIERS, 'marginal')).toBe(0);
    expect(payout(0, 100000, EXAMPLE_TIERS, 'flat')).toBe(0);
  });
});

const tiersArb = fc
  .array(fc.record({ step: fc.double({ min: 0.01, max: 2, noNaN: true }), rate: fc.double({ min: 0, max: 1, noNaN: true }) }), {
    minLength: 0,
    maxLength: 5,
  })
  .chain((rest) =>
    fc.double({ min: 0, max: 1, noNaN: true }).map((baseRate) => {
      const tiers: PayoutTier[] = [{ threshold: 0, rate: baseRate }];
      for (const { step, rate } of rest) tiers.push({ threshold: tiers[tiers.length - 1].threshold + step, rate });
      return tiers;
    }),
  );
const money = fc.double({ min: 0, max: 1e7, noNaN: true });
const quotaArb = fc.double({ min: 1, max: 1e7, noNaN: true });

describe('payout properties', () => {
  it('marginal pay never decreases as achieved grows, for any rates', () => {
    fc.assert(
      fc.property(tiersArb, quotaArb, money, money, (tiers, quota, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(payout(high, quota, tiers, 'marginal')).toBeGreaterThanOrEqual(payout(low, quota, tiers, 'marginal') - 1e-6);
      }),
    );
  });

  it('flat pay never decreases when rates rise with the tiers, and is then ≥ marginal', () => {
    const risingRates = tiersArb.map((tiers) => {
      const rates = tiers.map((t) => t.rate).sort((a, b) => a - b);
      return tiers.map((t, i) => ({ threshold: t.threshold, rate: rates[i] }));
    });
    fc.assert(
      fc.property(risingRates, quotaArb, money, money, (tiers, quota, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(payout(high, quota, tiers, 'flat')).toBeGreaterThanOrEqual(payout(low, quota, tiers, 'flat') - 1e-6);
        expect(payout(high, quota, tiers, 'flat')).toBeGreaterThanOrEqual(payout(high, quota, tiers, 'marginal') - 1e-6);
      }),
    );
  });

  it('flat pay can fall when a higher tier pays less (a decelerator): that is what flat means', () => {
    const decelerating = [
      { threshold: 0, rate: 0.08 },
      { threshold: 1, rate: 0.04 },
    ];
    expect(payout(99999, 100000, decelerating, 'flat')).toBeGreaterThan(payout(100000, 100000, decelerating, 'flat'));
  });

  it('pay stays within 0 … achieved × highest rate; one tier pays rate × achieved in both modes', () => {
    fc.assert(
      fc.property(tiersArb, quotaArb, money, (tiers, quota, achieved) => {
        const top = Math.max(...tiers.map((t) => t.rate));
        for (const mode of ['marginal', 'flat'] as const) {
          const pay = payout(achieved, quota, tiers, mode);
          expect(pay).toBeGreaterThanOrEqual(0);
          expect(pay).toBeLessThanOrEqual(achieved * top * (1 + 1e-12) + 1e-9);
        }
        const single = [tiers[0]];
        expect(payout(achieved, quota, single, 'marginal')).toBeCloseTo(achieved * tiers[0].rate, 6);
        expect(payout(achieved, quota, single, 'flat')).toBeCloseTo(achieved * tiers[0].rate, 6);
      }),
    );
  });
});

describe('payout errors', () => {
  it('a quota of 0 is #DIV/0!; negative quota or achieved is #NUM!', () => {
    expect(errorOf(() => payout(1, 0, EXAMPLE_TIERS, 'marginal')).kind).toBe('div0');
    expect(errorOf(() => payout(1, -1, EXAMPLE_TIERS, 'marginal'))).toMatchObject({
      kind: 'num',
      message: expect.stringContaining('quota'),
    });
    expect(errorOf(() => payout(-1, 1, EXAMPLE_TIERS, 'marginal'))).toMatchObject({
      kind: 'num',
      message: expect.stringContaining('achieved'),
    });
  });

  it('tiers must exist, start at 0 and rise strictly (#VALUE!); rates must be within 0..1 (#NUM!)', () => {
    expect(errorOf(() => payout(1, 1, [], 'flat'))).toMatchObject({ kind: 'value', message: expect.stringContaining('tiers') });
    expect(errorOf(() => payout(1, 1, [{ threshold: 0.5, rate: 0.1 }], 'flat')).kind).toBe('value');
    expect(
      errorOf(() =>
        payout(
          1,
          1,
          [
            { threshold: 0, rate: 0.1 },
            { threshold: 0, rate: 0.2 },
          ],
          'flat',
        ),
      ).kind,
    ).toBe('value');
    expect(
      errorOf(() =>
        payout(
          1,
          1,
          [
            { threshold: 0, rate: 0.1 },
            { threshold: 2, rate: 0.2 },
            { threshold: 1, rate: 0.3 },
          ],
          'flat',
        ),
      ).kind,
    ).toBe('value');
    expect(errorOf(() => payout(1, 1, [{ threshold: 0, rate: 1.5 }], 'flat'))).toMatchObject({
      kind: 'num',
      message: expect.stringContaining('tiers'),
    });
    expect(errorOf(() => payout(1, 1, [{ threshold: 0, rate: -0.1 }], 'flat')).kind).toBe('num');
    expect(errorOf(() => payout(1, 1, [{ threshold: 0, rate: Number.NaN }], 'flat')).kind).toBe('value');
  });
});
