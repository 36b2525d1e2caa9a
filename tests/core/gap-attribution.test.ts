import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { attributeGap, type GapParts, type Productivity } from '../../src/core/gap-attribution';

const sum = (p: GapParts) => p.activity + p.conversion + p.dealSize;
/** Rounding in the logs scales with the parts themselves, which may offset each other around a small gap. */
const scale = (p: GapParts, gap: number) => 1 + Math.abs(gap) + Math.abs(p.activity) + Math.abs(p.conversion) + Math.abs(p.dealSize);

const TEAM: Productivity = { leads: 40, won: 8, revenue: 400_000 };

// The Dashboard's own worked example (a whole plan) is in docs/functions.md, asserted by tests/workbook/warning-example.test.ts.
describe('attributeGap, worked by hand (docs/ARCHITECTURE.md, "Why the gap")', () => {
  // 20 leads, 6 won, 240,000: leads 0.5×, win rate 0.3 vs 0.2 = 1.5×, deal 40,000 vs 50,000 = 0.8×.
  const parts = attributeGap({ leads: 20, won: 6, revenue: 240_000 }, TEAM)!;
  const logMean = -160_000 / Math.log(0.6); // 313,218.43

  test('each part is ln(factor ratio) × (R − R̄) / ln(R/R̄)', () => {
    expect(logMean).toBeCloseTo(313_218.43, 2);
    expect(parts.activity).toBeCloseTo(Math.log(0.5) * logMean, 6);
    expect(parts.activity).toBeCloseTo(-217_106.47, 2);
    expect(parts.conversion).toBeCloseTo(126_999.14, 2);
    expect(parts.dealSize).toBeCloseTo(-69_892.67, 2);
  });

  test('docs/ARCHITECTURE.md shows these very numbers', () => {
    for (const doc of ['docs/ARCHITECTURE.md']) {
      const text = readFileSync(join(__dirname, '../..', doc), 'utf8');
      for (const shown of ['−217,106.47', '126,999.14', '−69,892.67'])
        expect({ doc, shown: text.includes(shown) }).toEqual({ doc, shown: true });
    }
  });

  test('they add up to the gap, 240,000 − 400,000 = −160,000', () => {
    expect(sum(parts)).toBeCloseTo(-160_000, 6);
  });

  test('revenue equal to the team mean: the causes offset each other and add up to 0', () => {
    // 40 leads, 12 won, 400,000: win rate 1.5×, deal size 1/1.5×; Λ is R̄ itself.
    const even = attributeGap({ leads: 40, won: 12, revenue: 400_000 }, TEAM)!;
    expect(even.activity).toBe(0);
    expect(even.conversion).toBeCloseTo(Math.log(1.5) * 400_000, 6);
    expect(even.dealSize).toBeCloseTo(-Math.log(1.5) * 400_000, 6);
  });
});

describe('attributeGap at zeros', () => {
  test.each([
    ['no leads → activity', { leads: 0, won: 0, revenue: 0 }, 'activity', -400_000],
    ['no leads but deals won from earlier leads → still activity', { leads: 0, won: 2, revenue: 90_000 }, 'activity', -310_000],
    ['leads, none won → conversion', { leads: 30, won: 0, revenue: 0 }, 'conversion', -400_000],
    ['won, refunds above signings → deal size', { leads: 30, won: 2, revenue: -5_000 }, 'dealSize', -405_000],
  ] as const)('%s takes the whole gap, the others 0', (_, rep, cause, gap) => {
    const parts = attributeGap(rep, TEAM)!;
    expect(parts).toEqual({ activity: 0, conversion: 0, dealSize: 0, [cause]: gap });
  });

  test.each([
    ['no leads', { ...TEAM, leads: 0 }],
    ['none won', { ...TEAM, won: 0 }],
    ['no revenue', { ...TEAM, revenue: 0 }],
    ['a negative revenue', { ...TEAM, revenue: -1 }],
  ])('no team figure to compare with (%s in the team mean): null', (_, team) => {
    expect(attributeGap({ leads: 20, won: 6, revenue: 240_000 }, team)).toBeNull();
  });

  test('the zero rule is the limit of the formula: a factor near 0 takes nearly the whole gap', () => {
    // The worked example's rep with leads and won scaled by 1e-12 (same win rate and deal): its
    // revenue nears 0, and activity takes almost all of −400,000, as the rule gives it at 0.
    const near = attributeGap({ leads: 20e-12, won: 6e-12, revenue: 240_000e-12 }, TEAM)!;
    const zero = attributeGap({ leads: 0, won: 0, revenue: 0 }, TEAM)!;
    expect(zero.activity).toBe(-400_000);
    expect(near.activity / zero.activity).toBeGreaterThan(0.98);
    for (const part of [near.conversion, near.dealSize]) expect(Math.abs(part)).toBeLessThan(0.02 * 400_000);
  });
});

describe('attributeGap properties', () => {
  const count = fc.integer({ min: 0, max: 5_000 });
  // Money in cents, refunds included, up to the inputs' 10^13 limit (MAX_INPUT_NUMBER).
  const money = fc.integer({ min: -1e8, max: 1e15 }).map((cents) => cents / 100);
  const figures = fc.record({ leads: count, won: count, revenue: money });
  const teamFigures = fc.record({
    leads: fc.double({ min: 0.25, max: 5_000, noNaN: true }),
    won: fc.double({ min: 0.25, max: 5_000, noNaN: true }),
    revenue: fc.double({ min: 0.01, max: 1e13, noNaN: true }),
  });

  test('the parts add up to the gap R − R̄, finite, whatever the figures', () => {
    fc.assert(
      fc.property(figures, teamFigures, (rep, team) => {
        const parts = attributeGap(rep, team)!;
        const gap = rep.revenue - team.revenue;
        for (const v of Object.values(parts)) expect(Number.isFinite(v)).toBe(true);
        expect(Math.abs(sum(parts) - gap)).toBeLessThanOrEqual(1e-9 * scale(parts, gap));
      }),
    );
  });

  test('a factor equal to the team’s takes no part; a factor above it a positive one', () => {
    fc.assert(
      fc.property(teamFigures, fc.double({ min: 0.1, max: 10, noNaN: true }), (team, k) => {
        // Only the leads differ (same win rate, same deal): the whole gap is activity.
        const rep = { leads: team.leads * k, won: team.won * k, revenue: team.revenue * k };
        const parts = attributeGap(rep, team)!;
        const gap = rep.revenue - team.revenue;
        expect(Math.abs(parts.conversion) + Math.abs(parts.dealSize)).toBeLessThanOrEqual(1e-9 * scale(parts, gap));
        expect(Math.abs(parts.activity - gap)).toBeLessThanOrEqual(1e-9 * scale(parts, gap));
      }),
    );
  });

  test('continuous at R = R̄: a revenue a hair off the mean gives nearly the parts of R = R̄', () => {
    fc.assert(
      fc.property(teamFigures, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (team, leads, won) => {
        const even = attributeGap({ leads, won, revenue: team.revenue }, team)!;
        const off = attributeGap({ leads, won, revenue: team.revenue * (1 + 1e-9) }, team)!;
        for (const cause of ['activity', 'conversion', 'dealSize'] as const) {
          expect(Math.abs(off[cause] - even[cause])).toBeLessThanOrEqual(1e-6 * scale(even, 0));
        }
      }),
    );
  });
});
