import fc from 'fast-check';
import type { PlanSetup, Rep, SplitMethod } from '../../src/workbook/plan';
import { previewBuild, previewChange, previewReplan } from '../../src/workbook/preview';
import { computeQuotas } from '../../src/workbook/quotas';
import { planPeriods } from '../../src/workbook/periods';
import { workbookText } from '../../src/workbook/i18n';
import { JAN_1_2026, rep, smallReps, smallSetup } from './fixture';

const JUN_30 = JAN_1_2026 + 180;
const JUL_1 = JUN_30 + 1;
const NOV_30 = JAN_1_2026 + 333;
const AT = JUN_30 + 0.75;
const yearSetup = (overrides: Partial<PlanSetup> = {}) =>
  smallSetup({ target: 1_080_000, cushion: 0.1, periodCount: 12, seasonality: new Array(12).fill(1), asOf: JUN_30, ...overrides });
const team = () => [rep('A'), rep('B'), rep('C')];
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('previewBuild: worked values', () => {
  test('target 1,000, equal split, A and B over 4 months: 500 each, 125 a month, sum checked', () => {
    const preview = previewBuild(smallSetup(), smallReps(), 'en-US');
    expect(preview.periods).toEqual(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026']);
    expect(preview.reps[0]).toEqual({ id: 'A', name: 'Name A', quota: 500, perPeriod: [125, 125, 125, 125], ramp: 1, weight: 0.5 });
    expect([preview.teamQuota, preview.total, preview.sumOk]).toEqual([1000, 1000, true]);
  });

  test('the SMART verdict: growth from the team’s history (200 → 1,000 is +400%); A needs history over years', () => {
    const preview = previewBuild(smallSetup(), smallReps(), 'en-US');
    expect(preview.baseline).toBe(200);
    expect(preview.smart.requiredGrowth).toBeCloseTo(4, 12);
    expect(preview.smart.verdict).toBe('A');
    expect([preview.smart.s, preview.smart.m, preview.smart.t]).toEqual([true, true, true]);
  });

  test('no history given: no baseline, so M and A fail; an as-of date after the plan fails T', () => {
    const reps = smallReps().map((r) => ({ ...r, history: 0 }));
    expect(previewBuild(smallSetup({ asOf: JAN_1_2026 + 200 }), reps, 'en-US').smart.verdict).toBe('MAT');
  });

  test('a cushion of 10% and a hire from March (ramp 25/50/75%): quotas add up to 1,100', () => {
    const reps = [rep('A'), rep('B', { startDate: JAN_1_2026 + 59 })];
    const preview = previewBuild(smallSetup({ cushion: 0.1 }), reps, 'en-US');
    expect(preview.teamQuota).toBe(1100);
    expect(preview.reps[1].perPeriod.slice(0, 2)).toEqual([0, 0]);
    expect(preview.reps[1].ramp).toBeCloseTo((0.25 + 0.5) / 4, 12);
    expect(preview.sumOk).toBe(true);
  });
});

describe('previewChange: before and after', () => {
  const before = { setup: yearSetup(), reps: team() };
  const change = { at: AT, who: 'Ann', why: 'New hire' };

  test('as of 30 June, D joins on 1 July: Jan–Jun unchanged, Jul–Dec re-split, D added', () => {
    const preview = previewChange(before, { ...change, reps: [...team(), rep('D', { name: 'Dee', startDate: JUL_1 })] }, 'en-US');
    expect(preview.changedPeriods).toEqual([6, 7, 8, 9, 10, 11]);
    const a = preview.reps.find((r) => r.id === 'A')!;
    expect([a.status, a.before[6], a.after[6], a.before[0], a.after[0]]).toEqual(['kept', 33_000, 26_400, 33_000, 33_000]);
    const d = preview.reps.find((r) => r.id === 'D')!;
    expect([d.status, d.before[6], d.after[6]]).toEqual(['added', 0, 6_600]);
    expect(preview.teamBefore[6]).toBe(99_000);
    expect(preview.teamAfter[6]).toBe(85_800);
    expect(preview.concentrated).toBeNull();
    expect(preview.what).toMatch(/D \(Dee\)/);
  });

  test('a removed rep is listed with nothing after; the others carry the remaining periods', () => {
    const preview = previewChange(before, { ...change, reps: [rep('A'), rep('B')] }, 'en-US');
    const c = preview.reps.find((r) => r.id === 'C')!;
    expect([c.status, c.afterTotal]).toEqual(['removed', 0]);
    // C's Jan–Jun quotas leave the plan with C: A and B carry 1,188,000 − 6 × 66,000 = 792,000 over Jul–Dec.
    expect(sum(preview.teamAfter)).toBeCloseTo(1_188_000, 2);
    expect(preview.reps[0].after[6]).toBe(66_000);
  });

  test('a change that decides nothing: no period changes, no log entry', () => {
    const renamed = previewChange(before, { ...change, reps: team() }, 'en-US');
    expect([renamed.changedPeriods, renamed.what]).toEqual([[], null]);
  });
});

describe('previewReplan', () => {
  test('3 reps, 1,080,000 → 936,000 as of 30 Nov: the whole remainder lands in December (≈ 10×)', () => {
    const setup = yearSetup({ asOf: NOV_30 });
    const quotas = computeQuotas(setup, team(), planPeriods(setup, workbookText('en-US'))).table;
    const preview = previewReplan(setup, team(), quotas, {}, { newTarget: 936_000, at: AT, who: 'Ann', why: 'Market' }, 'en-US');
    expect(preview.changedPeriods).toEqual([11]);
    expect(preview.teamAfter[11]).toBe(1_029_600);
    expect(preview.reps[0].after[11]).toBe(343_200);
    expect(preview.concentrated).toEqual({ period: 'Dec 2026', factor: 1_029_600 / 99_000 });
    expect([preview.targetBefore, preview.targetAfter]).toEqual([1_080_000, 936_000]);
  });

  test('as of 30 June the remainder spreads over Jul–Dec: no warning', () => {
    const setup = yearSetup();
    const quotas = computeQuotas(setup, team(), planPeriods(setup, workbookText('en-US'))).table;
    const preview = previewReplan(setup, team(), quotas, {}, { newTarget: 900_000, at: AT, who: 'Ann', why: 'Market' }, 'en-US');
    expect(preview.changedPeriods).toEqual([6, 7, 8, 9, 10, 11]);
    expect(preview.concentrated).toBeNull();
  });
});

describe('sum check (property)', () => {
  const repArb = (i: number) =>
    fc
      .record({
        history: fc.integer({ min: 0, max: 1_000_000 }),
        potential: fc.integer({ min: 0, max: 1_000_000 }),
        start: fc.option(fc.integer({ min: 0, max: 330 }), { nil: null }),
      })
      .map((r): Rep =>
        rep(`R${i}`, { history: r.history, potential: r.potential, startDate: r.start === null ? null : JAN_1_2026 + r.start }),
      );
  const teamArb = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => repArb(i))));

  test('a new plan’s quotas add up to target × (1 + cushion) to the cent, each rep’s periods to their quota', () => {
    fc.assert(
      fc.property(
        teamArb,
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom<SplitMethod>('equal', 'history', 'potential', 'blend'),
        (reps, target, cushionPct, method) => {
          const preview = previewBuild(yearSetup({ target, cushion: cushionPct / 100, method }), reps, 'en-US');
          expect(preview.sumOk).toBe(true);
          expect(Math.abs(preview.total - preview.teamQuota)).toBeLessThan(0.005);
          for (const r of preview.reps) expect(Math.abs(sum(r.perPeriod) - r.quota)).toBeLessThan(0.005);
          expect(Math.abs(sum(preview.reps.map((r) => r.weight)) - 1)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  test('a team change keeps the year at target × (1 + cushion) and touches no started period', () => {
    fc.assert(
      fc.property(teamArb, fc.integer({ min: 0, max: 11 }), (reps, started) => {
        const asOf = planPeriods(yearSetup(), workbookText('en-US'))[started].start;
        const before = { setup: yearSetup({ asOf }), reps: team() };
        const preview = previewChange(before, { reps: [...team(), ...reps], at: AT, who: '', why: '' }, 'en-US');
        expect(Math.abs(sum(preview.teamAfter) - 1_188_000)).toBeLessThan(0.01 * preview.periods.length);
        expect(preview.changedPeriods.every((k) => k > started)).toBe(true);
      }),
    );
  });
});
