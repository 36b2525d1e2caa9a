import fc from 'fast-check';
import { workbookText } from '../../src/workbook/i18n';
import { planPeriods } from '../../src/workbook/periods';
import { capacities, computeQuotas } from '../../src/workbook/quotas';
import { JAN_1_2026, rep, smallSetup } from './fixture';

const en = workbookText('en-US');

describe('computeQuotas', () => {
  test('two months weighted 1:3, cushion 10%: 1,100 → 550 each, phased 137 + 413 (tie → larger weight)', () => {
    const setup = smallSetup({ periodCount: 2, seasonality: [1, 3], cushion: 0.1 });
    const plan = computeQuotas(setup, [rep('A'), rep('B')], planPeriods(setup, en));
    expect(plan.table).toEqual({ A: [137, 413], B: [137, 413] });
    expect(plan.weights).toEqual([0.5, 0.5]);
  });

  test('a new hire starting in February with ramp [50%]: factor (0 + 0.5)/2, the veteran carries the rest', () => {
    // effective weights 0.5 · 1 and 0.5 · 0.25 → 1,100 split 880 / 220; the new hire's
    // phasing is season × ramp share = [0, 0.5·3] → all in February.
    const setup = smallSetup({ periodCount: 2, seasonality: [1, 3], cushion: 0.1, ramp: [0.5] });
    const plan = computeQuotas(setup, [rep('A'), rep('B', { startDate: JAN_1_2026 + 31 })], planPeriods(setup, en));
    expect(plan.rampFactors).toEqual([1, 0.25]);
    expect(plan.table).toEqual({ A: [220, 660], B: [0, 220] });
  });

  test('a leaver (last day 15 February) works half of February and nothing after: the others carry the rest', () => {
    // 4 months of 1,000: capacities A 1, 1, 1, 1 and B 1, 15/28, 0, 0 → B weighs (1 + 15/28) / 4 of A.
    const setup = smallSetup();
    const periods = planPeriods(setup, en);
    const leaver = rep('B', { leaveDate: JAN_1_2026 + 31 + 14 });
    const { byPeriod, overall } = capacities([rep('A'), leaver], periods, setup.ramp);
    expect(byPeriod.map((c) => c[1])).toEqual([1, 15 / 28, 0, 0]);
    expect(overall[1]).toBeCloseTo((1 + 15 / 28) / 4, 12);
    // 1,000 split 1 : 0.3839 → A 723 (180.75 a month), B 277, phased 1 : 15/28 → 180, 97
    expect(computeQuotas(setup, [rep('A'), leaver], periods).table).toEqual({ A: [181, 181, 181, 180], B: [180, 97, 0, 0] });
  });

  test('history weights: 300 and 100 of 1,000 → 750 and 250', () => {
    const setup = smallSetup({ method: 'history', periodCount: 1, seasonality: [1] });
    const plan = computeQuotas(setup, [rep('A', { history: 300 }), rep('B', { history: 100 })], planPeriods(setup, en));
    expect(plan.table).toEqual({ A: [750], B: [250] });
  });

  test('blend 25% history: shares 0.25·(3/4, 1/4) + 0.75·(1/4, 3/4) = (3/8, 5/8)', () => {
    const setup = smallSetup({ method: 'blend', blendHistoryShare: 0.25, periodCount: 1, seasonality: [1] });
    const reps = [rep('A', { history: 300, potential: 100 }), rep('B', { history: 100, potential: 300 })];
    const plan = computeQuotas(setup, reps, planPeriods(setup, en));
    expect(plan.weights[0]).toBeCloseTo(3 / 8, 12);
    expect(plan.table).toEqual({ A: [375], B: [625] });
  });

  test('property: quotas sum to target × (1 + cushion), each rep’s periods to its quota, none negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.constantFrom(0, 0.05, 0.1, 0.15),
        fc.constantFrom('equal', 'history', 'potential', 'blend') as fc.Arbitrary<'equal' | 'history' | 'potential' | 'blend'>,
        fc.array(fc.record({ history: fc.nat(10_000), potential: fc.nat(10_000), start: fc.option(fc.integer({ min: -400, max: 400 })) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.array(fc.nat(20), { minLength: 12, maxLength: 12 }),
        (target, cushion, method, people, seasonality) => {
          const setup = smallSetup({ target, cushion, method, periodCount: 12, seasonality });
          const reps = people.map((p, i) =>
            rep(`R${i}`, { history: p.history, potential: p.potential, startDate: p.start === null ? null : JAN_1_2026 + p.start }),
          );
          const plan = computeQuotas(setup, reps, planPeriods(setup, en));
          const rows = reps.map((r) => plan.table[r.id]);
          const total = rows.flat().reduce((s, q) => s + q, 0);
          expect(total).toBeCloseTo(Math.round(target * (1 + cushion) * 100) / 100, 6);
          for (const row of rows) {
            expect(row).toHaveLength(12);
            for (const q of row) expect(q).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
