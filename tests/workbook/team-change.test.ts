import fc from 'fast-check';
import { DomainError } from '../../src/core/errors';
import { buildPlan } from '../../src/workbook';
import { workbookText } from '../../src/workbook/i18n';
import { planPeriods } from '../../src/workbook/periods';
import type { PlanSetup, QuotaTable, Rep } from '../../src/workbook/plan';
import { computeQuotas } from '../../src/workbook/quotas';
import { replan } from '../../src/workbook/replan';
import { changeTeam, stableOrder, type TeamPlan } from '../../src/workbook/team-change';
import { ymdToSerial } from '../../src/core/dates';
import { JAN_1_2026, rep, smallSetup } from './fixture';

const en = workbookText('en-US');
const JUN_30 = JAN_1_2026 + 180;
const JUL_1 = JUN_30 + 1;
const SEP_15 = JAN_1_2026 + 243 + 14;
const SEP_30 = SEP_15 + 15;
const AT = JUN_30 + 0.75;

/** A year by month, target 1,080,000, cushion 10%, equal split: 1,188,000 → 33,000 a month for each of A, B, C. */
const yearSetup = (overrides: Partial<PlanSetup> = {}) =>
  smallSetup({ target: 1_080_000, cushion: 0.1, periodCount: 12, seasonality: new Array(12).fill(1), asOf: JUN_30, ...overrides });
const team = () => [rep('A'), rep('B'), rep('C')];
const plan = (setup = yearSetup(), reps = team()): TeamPlan => ({ setup, reps });
const change = { at: AT, who: 'Ann', why: 'Team change' };

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
/** What the Targets reconciliation compares: Σ quotas from the re-plan period on, and (target − base) × (1 + cushion). */
function reconciliation(setup: PlanSetup, quotas: QuotaTable): { quotas: number; target: number } {
  const from = (setup.rebase?.fromPeriod ?? 1) - 1;
  return {
    quotas: sum(Object.values(quotas).map((row) => sum(row.slice(from)))),
    target: (setup.target - (setup.rebase?.actualBefore ?? 0)) * (1 + setup.cushion),
  };
}

describe('changeTeam: worked values', () => {
  const before = computeQuotas(yearSetup(), team(), planPeriods(yearSetup(), en)).table;

  test('the plan before: 33,000 a month each', () => {
    expect(before.A).toEqual(new Array(12).fill(33_000));
  });

  describe('as of 30 June, a hire D starting 1 July (ramp 25/50/75%)', () => {
    // 1,188,000 − 6 × 3 × 33,000 = 594,000 over Jul–Dec by capacity 1, 1, 1, (.25+.5+.75+3)/6 = .75:
    // A, B, C 594,000 / 3.75 = 158,400 (26,400 a month), D 118,800 phased .25 : .5 : .75 : 1 : 1 : 1.
    const result = changeTeam(plan(), { ...change, reps: [...team(), rep('D', { name: 'Dee', startDate: JUL_1 })] }, 'en-US');

    test('Jan–Jun identical, Jul–Dec re-split, the hire from their start only', () => {
      for (const id of ['A', 'B', 'C']) {
        expect(result.quotas[id].slice(0, 6)).toEqual(before[id].slice(0, 6));
        expect(result.quotas[id].slice(6)).toEqual(new Array(6).fill(26_400));
      }
      expect(result.quotas.D).toEqual([0, 0, 0, 0, 0, 0, 6_600, 13_200, 19_800, 26_400, 26_400, 26_400]);
    });

    test('the reconciliation still says OK: all quotas = target × (1 + cushion)', () => {
      const r = reconciliation(result.setup, result.quotas);
      expect(r.quotas).toBeCloseTo(1_188_000, 6);
      expect(r.target).toBeCloseTo(1_188_000, 6);
    });

    test('one Change-log entry: who, when, what, why, target before and after', () => {
      expect(result.entry).toEqual({
        at: AT,
        who: 'Ann',
        what: 'Team or plan changed: added D (Dee). Quotas from Jul 2026 re-split: 594,000 over 6 periods and 4 reps; started periods unchanged',
        why: 'Team change',
        targetBefore: 1_080_000,
        targetAfter: 1_080_000,
      });
    });

    test('in Chinese too', () => {
      const zh = changeTeam(plan(), { ...change, reps: [...team(), rep('D', { name: '丁', startDate: JUL_1 })] }, 'zh-CN');
      expect(zh.entry!.what).toBe(
        '团队或计划变更：新增 D（丁）。自2026年7月起重新分解配额：594,000 分配到 6 个周期、4 名人员；已开始周期的配额不变',
      );
    });

    test('the built workbook writes these quotas and the entry', () => {
      const spec = buildPlan(result.setup, result.reps, {}, 'en-US', { quotas: result.quotas, changeLog: [result.entry!] });
      const log = spec.sheets.find((s) => s.key === 'changeLog')!.blocks.find((b) => b.role === 'value')!;
      expect(log.cells).toHaveLength(1);
      const targets = spec.sheets.find((s) => s.key === 'targets')!;
      const quotaBlock = targets.blocks.filter((b) => b.role === 'value')[1];
      expect(quotaBlock.cells[3]).toEqual(result.quotas.D);
    });
  });

  test('a leaver (last day 30 September) keeps Jan–Jun, works Jul–Sep, has nothing from October', () => {
    // 594,000 over capacity 1, 1, 3/6 → A, B 237,600 (39,600 a month), C 118,800 in Jul–Sep.
    const result = changeTeam(plan(), { ...change, reps: [rep('A'), rep('B'), rep('C', { leaveDate: SEP_30 })] }, 'en-US');
    expect(result.quotas.A).toEqual([...new Array(6).fill(33_000), ...new Array(6).fill(39_600)]);
    expect(result.quotas.C).toEqual([...new Array(6).fill(33_000), 39_600, 39_600, 39_600, 0, 0, 0]);
    expect(result.reps[2].leaveDate).toBe(SEP_30);
    expect(result.entry!.what).toContain('C leaves, last day 2026-09-30');
    expect(reconciliation(result.setup, result.quotas).quotas).toBeCloseTo(1_188_000, 6);
  });

  test('a leaver in mid-September: the September quota pro-rated by days (15 of 30)', () => {
    const result = changeTeam(plan(), { ...change, reps: [rep('A'), rep('B'), rep('C', { leaveDate: SEP_15 })] }, 'en-US');
    const [jul, , sep, oct] = result.quotas.C.slice(6);
    expect(Math.abs(sep - jul / 2)).toBeLessThanOrEqual(1);
    expect(oct).toBe(0);
  });

  test('a leave date already past at the as-of date: the started periods keep their quotas', () => {
    const leftInMay = JAN_1_2026 + 130;
    const result = changeTeam(plan(), { ...change, reps: [rep('A'), rep('B'), rep('C', { leaveDate: leftInMay })] }, 'en-US');
    expect(result.quotas.C).toEqual([...new Array(6).fill(33_000), ...new Array(6).fill(0)]);
    expect(result.quotas.A.slice(6)).toEqual(new Array(6).fill(49_500)); // 594,000 / 2 / 6
  });

  test('a weight change under history split moves only the remaining periods', () => {
    const setup = yearSetup({ method: 'history' });
    const reps = [rep('A', { history: 100 }), rep('B', { history: 100 }), rep('C', { history: 100 })];
    const result = changeTeam(plan(setup, reps), { ...change, reps: [reps[0], reps[1], { ...reps[2], history: 400 }] }, 'en-US');
    expect(result.quotas.A.slice(0, 6)).toEqual(new Array(6).fill(33_000));
    expect(result.quotas.C.slice(6)).toEqual(new Array(6).fill(66_000)); // 594,000 × 4/6 over 6 months
    expect(result.entry!.what).toContain('C: history or potential changed');
  });

  test('a new target keeps the started quotas: the rest goes to the remaining periods', () => {
    const result = changeTeam(plan(), { ...change, setup: yearSetup({ target: 1_620_000 }) }, 'en-US');
    // 1,782,000 − 594,000 = 1,188,000 over Jul–Dec: 66,000 a month each
    expect(result.quotas.B).toEqual([...new Array(6).fill(33_000), ...new Array(6).fill(66_000)]);
    expect(result.entry).toMatchObject({ targetBefore: 1_080_000, targetAfter: 1_620_000 });
    expect(result.entry!.what).toContain('Team target changed');
  });

  test('after a re-plan: its rebase is kept and the reconciliation (from the re-plan period) still holds', () => {
    const replanned = replan(yearSetup(), team(), before, {}, { newTarget: 900_000, at: AT, who: 'Bo', why: 'Market' }, 'en-US');
    // as of 30 June, June is the last elapsed month: the re-plan runs from July with 0 actual before
    expect(replanned.setup.rebase).toEqual({ fromPeriod: 7, actualBefore: 0 });
    const result = changeTeam(
      { setup: replanned.setup, reps: team(), quotas: replanned.quotas },
      { ...change, reps: [...team(), rep('D', { startDate: JUL_1 })], setup: { ...yearSetup({ target: 900_000 }) } },
      'en-US',
    );
    expect(result.setup.rebase).toEqual(replanned.setup.rebase);
    const r = reconciliation(result.setup, result.quotas);
    expect(r.quotas).toBeCloseTo(r.target, 6);
    for (const id of ['A', 'B', 'C']) expect(result.quotas[id].slice(0, 6)).toEqual(replanned.quotas[id].slice(0, 6));
  });

  test('nothing that decides quotas changed: no entry and the same quotas', () => {
    const renamed = team().map((r) => ({ ...r, name: `${r.name}!`, team: 'South' }));
    const result = changeTeam(
      plan(),
      { ...change, reps: renamed.reverse(), setup: yearSetup({ planName: 'New name', asOf: JUN_30 + 30 }) },
      'en-US',
    );
    expect(result.entry).toBeNull();
    expect(result.quotas).toEqual(before);
    // history does not decide an equal split
    expect(changeTeam(plan(), { ...change, reps: [rep('A', { history: 5 }), rep('B'), rep('C')] }, 'en-US').entry).toBeNull();
  });

  test('as of before the plan starts nothing has started: the whole year is split again', () => {
    const setup = yearSetup({ asOf: JAN_1_2026 - 10 });
    const hire = rep('D', { startDate: JUL_1 });
    const result = changeTeam(plan(setup), { ...change, reps: [...team(), hire] }, 'en-US');
    expect(result.quotas).toEqual(computeQuotas(setup, [...team(), hire], planPeriods(setup, en)).table);
  });

  test('a plan moved to start in February keeps Feb–Jun by period id; January leaves the plan with its quotas', () => {
    const moved = yearSetup({ periodStart: JAN_1_2026 + 31 });
    const result = changeTeam(plan(), { ...change, setup: moved }, 'en-US');
    // Feb–Jun kept (5 × 3 × 33,000 = 495,000); 693,000 over Jul 2026 – Jan 2027: 33,000 a month each
    expect(result.quotas.A).toEqual(new Array(12).fill(33_000));
    expect(planPeriods(moved, en)[11].id).toBe('2027-01');
    expect(result.entry!.what).toContain('Periods changed');
  });

  test('refused: another granularity once a period has started', () => {
    const quarterly = () =>
      changeTeam(plan(), { ...change, setup: yearSetup({ granularity: 'quarter', periodCount: 4, seasonality: [1, 1, 1, 1] }) }, 'en-US');
    expect(quarterly).toThrow(DomainError);
    expect(quarterly).toThrow(/cannot change once a period has started/);
  });

  test('refused: a target below the quotas already started', () => {
    expect(() => changeTeam(plan(), { ...change, setup: yearSetup({ target: 100_000 }) }, 'en-US')).toThrow(
      /below the quotas of the periods already started/,
    );
  });

  test('after the plan’s end a hire gets no quota and nothing moves; a new target is refused', () => {
    const setup = yearSetup({ asOf: JAN_1_2026 + 400 });
    const result = changeTeam(plan(setup), { ...change, reps: [...team(), rep('D')] }, 'en-US');
    expect(result.quotas.D).toEqual(new Array(12).fill(0));
    expect(result.quotas.A).toEqual(before.A);
    expect(result.entry!.what).toBe('Team or plan changed: added D (Name D). Every period has started: no quota changed');
    expect(() => changeTeam(plan(setup), { ...change, setup: { ...setup, target: 2_000_000 } }, 'en-US')).toThrow(DomainError);
  });
});

describe('changeTeam: properties', () => {
  const person = fc.record({
    history: fc.nat(1000),
    potential: fc.nat(1000),
    start: fc.option(fc.integer({ min: -200, max: 420 }), { nil: null }),
  });
  const scenario = fc.record({
    method: fc.constantFrom('equal', 'history', 'potential', 'blend') as fc.Arbitrary<PlanSetup['method']>,
    cushion: fc.constantFrom(0, 0.1),
    people: fc.array(person, { minLength: 1, maxLength: 6 }),
    seasonality: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 12, maxLength: 12 }),
    asOfDay: fc.integer({ min: -40, max: 400 }),
    hires: fc.array(person, { maxLength: 2 }),
    leaver: fc.option(fc.record({ index: fc.nat(5), day: fc.integer({ min: -40, max: 400 }) }), { nil: null }),
    reweigh: fc.option(fc.record({ index: fc.nat(5), history: fc.nat(1000) }), { nil: null }),
    targetFactor: fc.option(fc.constantFrom(0.5, 1.2, 2), { nil: null }),
    removeLast: fc.boolean(),
    // the plan moved by whole months and made longer or shorter
    shift: fc.constantFrom(0, 0, 1, -1),
    extra: fc.constantFrom(0, 0, -3, 2),
  });

  test('started periods never change, the totals reconcile, and there is an entry iff something changed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const setup = yearSetup({ method: s.method, cushion: s.cushion, seasonality: s.seasonality, asOf: JAN_1_2026 + s.asOfDay });
        const toRep = (p: (typeof s.people)[number], id: string): Rep =>
          rep(id, { history: p.history, potential: p.potential, startDate: p.start === null ? null : JAN_1_2026 + p.start });
        const reps = s.people.map((p, i) => toRep(p, `R${i}`));
        const next = reps.map((r) => ({ ...r }));
        let changed = s.hires.length > 0;
        if (s.leaver && s.leaver.index < next.length) {
          next[s.leaver.index].leaveDate = JAN_1_2026 + s.leaver.day;
          changed = true;
        }
        if (s.reweigh && s.reweigh.index < next.length && next[s.reweigh.index].history !== s.reweigh.history) {
          next[s.reweigh.index].history = s.reweigh.history;
          if (s.method === 'history' || s.method === 'blend') changed = true;
        }
        if (s.removeLast && next.length > 1) {
          next.pop();
          changed = true;
        }
        next.push(...s.hires.map((p, i) => toRep(p, `H${i}`)));
        const count = 12 + s.extra;
        const newSetup = {
          ...setup,
          target: setup.target * (s.targetFactor ?? 1),
          periodStart: ymdToSerial(2026, 1 + s.shift, 1),
          periodCount: count,
          seasonality: Array.from({ length: count }, (_, k) => s.seasonality[k % 12]),
        };
        changed ||= s.targetFactor !== null || s.shift !== 0 || s.extra !== 0;

        const before = computeQuotas(setup, reps, planPeriods(setup, en)).table;
        const periods = planPeriods(setup, en);
        const started = periods.filter((p) => p.start <= setup.asOf).length;
        const newPeriods = planPeriods(newSetup, en);
        const newStarted = newPeriods.filter((p) => p.start <= setup.asOf).length;
        let result;
        try {
          result = changeTeam({ setup, reps }, { ...change, reps: next, setup: newSetup }, 'en-US');
        } catch (error) {
          // Refused only when the started quotas exceed the new total, or what is left has nowhere to go.
          expect(error).toBeInstanceOf(DomainError);
          const kept = next.filter((r) => before[r.id]);
          const keptTotal = sum(
            kept.map((r) => sum(newPeriods.slice(0, newStarted).map((p) => before[r.id][periods.findIndex((o) => o.id === p.id)] ?? 0))),
          );
          const newTotal = newSetup.target * (1 + newSetup.cushion);
          expect(keptTotal > newTotal + 0.005 || (error as DomainError).kind === 'na').toBe(true);
          return;
        }
        expect(result.entry !== null).toBe(changed);
        // every started period keeps each rep's quota (by period id; one new to the plan has none)
        for (const r of next) {
          newPeriods.slice(0, newStarted).forEach((p, k) => {
            const old = periods.findIndex((o) => o.id === p.id);
            expect([r.id, p.id, result.quotas[r.id][k]]).toEqual([r.id, p.id, old >= 0 && before[r.id] ? before[r.id][old] : 0]);
          });
        }
        if (started === 0 && newStarted === 0) expect(result.quotas).toEqual(computeQuotas(newSetup, next, newPeriods).table);
        for (const row of Object.values(result.quotas)) expect(row.every((q) => q >= 0)).toBe(true);
        const r = reconciliation(result.setup, result.quotas);
        expect(Math.abs(r.quotas - r.target)).toBeLessThan(0.005);
        // a leaver has nothing in the periods after their last day that had not started
        const leaver = s.leaver && s.leaver.index < next.length ? next[s.leaver.index] : null;
        if (leaver)
          newPeriods.forEach((p, k) => k >= newStarted && p.start > leaver.leaveDate! && expect(result.quotas[leaver.id][k]).toBe(0));
      }),
      { numRuns: 300 },
    );
  });
});

describe('stableOrder', () => {
  it('keeps earlier reps in their earlier order and appends newcomers in the order given', () => {
    const order = stableOrder([rep('A'), rep('B'), rep('C')], [rep('D'), rep('C'), rep('E'), rep('A')]).map((r) => r.id);
    expect(order).toEqual(['A', 'C', 'D', 'E']);
  });
});

describe('bad numbers in a team change', () => {
  it('are refused in words before anything is split (a target the plan cannot hold)', () => {
    const setup = smallSetup();
    const before: TeamPlan = { setup, reps: [rep('A'), rep('B')] };
    expect(() =>
      changeTeam(before, { setup: { ...setup, target: 9e307 }, asOf: setup.asOf, at: setup.asOf, who: '', why: '' }, 'en-US'),
    ).toThrow(expect.objectContaining({ code: 'badNumber' }));
  });
});
