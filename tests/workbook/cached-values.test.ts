/**
 * Cached values in the spec, without an engine: every formula cell a build makes carries the
 * result its model computes, and the models of Setup, Targets and the Leaderboard give the
 * worked values and the ranking rule of their sheets' formulas. (That the values equal what a
 * spreadsheet computes is tests/xlsx/cached-values.test.ts, with LibreOffice.)
 */
import fc from 'fast-check';
import { buildPlan, computeDashboard, planPeriods, workbookText } from '../../src/workbook';
import type { DashboardRow } from '../../src/workbook/dashboard-model';
import { BOARD_SIZE, leaderboardModel, topOf } from '../../src/workbook/leaderboard-model';
import { computeQuotas } from '../../src/workbook/quotas';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { setupModel } from '../../src/workbook/setup-model';
import { inputKey, isFormula, withValue } from '../../src/workbook/spec';
import { targetsModel } from '../../src/workbook/targets-model';
import { cells } from './spec-cells';
import { rep, smallInputs, smallReps, smallSetup } from './fixture';

/** Every formula cell of a spec whose cached value is missing or not a finite number, text or boolean. */
function withoutValue(spec: ReturnType<typeof buildPlan>): string[] {
  const missing: string[] = [];
  for (const c of cells(spec)) {
    if (!isFormula(c.value)) continue;
    const { value } = c.value;
    const ok = typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (!ok) missing.push(`${c.sheet.name}!${c.address} ${c.value.formula}`);
  }
  return missing;
}

describe('every formula cell of a built plan carries its value', () => {
  test.each([
    ['the sample, en-US', 'en-US'],
    ['the sample, zh-CN', 'zh-CN'],
  ] as const)('%s', (_, locale) => {
    const { setup, reps, inputs } = sampleInputs({ reps: 30, locale });
    const spec = buildPlan(setup, reps, inputs, locale);
    expect(withoutValue(spec)).toEqual([]);
    expect([...cells(spec)].filter((c) => isFormula(c.value)).length).toBeGreaterThan(30 * 20);
  });

  test('a re-plan seen before the plan starts, with a rep whose quotas are missing', () => {
    const setup = smallSetup({ rebase: { fromPeriod: 2, actualBefore: 100 }, paceMode: 'seasonal' });
    const inputs = { ...smallInputs(), [inputKey('setup', 'asOf', 'value')]: setup.periodStart - 10 };
    const spec = buildPlan(setup, [...smallReps(), rep('C')], inputs, 'en-US', { quotas: { A: [0, 100, 100, 100] } });
    expect(withoutValue(spec)).toEqual([]);
  });
});

describe('withValue', () => {
  test('attaches a value to a formula, "" for a model’s empty, and leaves values alone', () => {
    expect(withValue({ formula: '=1' }, 1)).toEqual({ formula: '=1', value: 1 });
    expect(withValue({ formula: '=""' }, null)).toEqual({ formula: '=""', value: '' });
    expect(withValue({ formula: '=1' }, undefined)).toEqual({ formula: '=1' });
    expect(withValue('text', 2)).toBe('text');
    expect(withValue(null, 2)).toBeNull();
  });
});

describe('setupModel, worked by hand (Jan–Apr 2026, as of 14 March)', () => {
  const setup = smallSetup({ seasonality: [1, 1, 2, 4], paceMode: 'linear' });
  const periods = planPeriods(setup, workbookText('en-US'));
  const quotas = computeQuotas(setup, smallReps(), periods).table;
  const plan = computeDashboard(setup, smallReps(), quotas, {}).plan;

  test('periods: days, days elapsed, share elapsed, seasonal share', () => {
    const model = setupModel(setup, periods, plan);
    expect(model.periods).toEqual({
      days: [31, 28, 31, 30],
      daysElapsed: [31, 28, 14, 0],
      shareElapsed: [1, 1, 14 / 31, 0],
      seasonShare: [0.125, 0.125, 0.25, 0.5],
    });
  });

  test('the plan: 120 days, 73 elapsed; expected share = elapsed share (linear) or Σ season × elapsed (seasonal)', () => {
    expect(setupModel(setup, periods, plan).params).toEqual({
      planDays: 120,
      elapsedDays: 73,
      elapsedShare: 73 / 120,
      expectedShare: 73 / 120,
      remainingPeriods: 2,
      currentPeriod: 3,
      completedPeriods: 2,
      repCount: 2,
      startedPeriods: 3,
    });
    expect(setupModel(setup, periods, { ...plan, seasonal: true }).params.expectedShare).toBeCloseTo(0.125 + 0.125 + (0.25 * 14) / 31, 15);
  });

  test('no seasonal weight at all: the shares are empty ("" in the sheet), the expected share counts them as 0', () => {
    const flat = smallSetup({ seasonality: [0, 0, 0, 0] });
    const model = setupModel(flat, periods, { ...plan, seasonal: true });
    expect(model.periods.seasonShare).toEqual([null, null, null, null]);
    expect(model.params.expectedShare).toBe(0);
  });
});

describe('targetsModel', () => {
  const setup = smallSetup();
  const reps = smallReps();
  const quotas = computeQuotas(setup, reps, planPeriods(setup, workbookText('en-US')));

  test('quotas as planned: every check OK, totals 1,000 and 250 a month, the reconciliation OK', () => {
    expect(targetsModel(setup, reps, quotas, 'OK')).toEqual({
      checks: ['OK', 'OK'],
      totals: [1000, 250, 250, 250, 250],
      reconQuota: 1000,
      reconTarget: 1000,
      reconCheck: 'OK',
    });
  });

  test('after a re-plan from March: the quotas from March on against (target − actual before) × (1 + cushion)', () => {
    const replanned = smallSetup({ cushion: 0.1, rebase: { fromPeriod: 3, actualBefore: 400 } });
    const table = { A: [125, 125, 200, 130], B: [125, 125, 200, 130.001] };
    const model = targetsModel(replanned, reps, { ...quotas, table }, 'OK');
    expect(model.totals).toEqual([1160.001, 250, 250, 400, 260.001]);
    expect(model.reconQuota).toBeCloseTo(660.001, 9);
    expect(model.reconTarget).toBeCloseTo(660, 9);
    expect(model.reconCheck).toBe('OK'); // 0.001 is within half a cent
    const off = targetsModel(replanned, reps, { ...quotas, table: { ...table, B: [125, 125, 200, 140] } }, 'OK');
    expect(off.reconCheck).toBeCloseTo(10, 9);
  });
});

describe("leaderboardModel: what the boards' LARGE, MATCH and tie ranks compute", () => {
  const rows = (attainments: (number | null)[], teams?: string[]) =>
    attainments.map((attainment, i) => ({ attainment, team: teams?.[i] ?? 'T' }) as unknown as DashboardRow);
  const words = workbookText('en-US').words;

  test('a rep not started or gone is unranked (−1), whatever their attainment', () => {
    const statuses = [words.notStarted, words.left, words.onTrack].map(
      (status) => ({ attainment: 0.8, status, team: 'T' }) as unknown as DashboardRow,
    );
    expect(leaderboardModel(statuses, words).scores).toEqual([-1, -1, 0.8]);
  });

  test('teams in blocks by first appearance; ties share a rank; the board of all reads the team boards', () => {
    const model = leaderboardModel(rows([0.5, 0.9, null, 0.5], ['N', 'S', 'N', 'S']), words);
    expect(model.scores).toEqual([0.5, 0.9, -1, 0.5]);
    expect(model.teams).toEqual([
      { team: 'N', reps: [0, 2] },
      { team: 'S', reps: [1, 3] },
    ]);
    expect(model.teamBoards).toEqual([
      [
        { at: 1, value: 0.5, rank: 1, rep: 0 },
        { at: 2, value: -1, rank: 2, rep: 2 },
      ],
      [
        { at: 1, value: 0.9, rank: 1, rep: 1 },
        { at: 2, value: 0.5, rank: 2, rep: 3 },
      ],
    ]);
    // Stacked: N's two rows, two gap rows, S's two rows (positions 5 and 6).
    expect(model.overall).toEqual([
      { at: 5, value: 0.9, rank: 1, rep: 1 },
      { at: 1, value: 0.5, rank: 2, rep: 0 },
      { at: 6, value: 0.5, rank: 2, rep: 3 },
      { at: 2, value: -1, rank: 4, rep: 2 },
    ]);
  });

  test('property: topOf equals the sheet formulas evaluated literally', () => {
    const cellValue = fc.oneof(fc.constant(null), fc.constantFrom(-1, 0, 0.5, 1), fc.double({ min: -1, max: 3, noNaN: true }));
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 30 }), (range, size) => {
        const numbers = range.filter((v): v is number => v !== null);
        const rowsShown = Math.min(size, numbers.length);
        // LARGE(range, k); MATCH(value, range, 0), or after the previous row's position on an
        // equal value; rank k, or the previous row's on an equal value.
        const large = (k: number) => [...numbers].sort((a, b) => b - a)[k - 1];
        const literal: { at: number; value: number; rank: number }[] = [];
        for (let k = 1; k <= rowsShown; k++) {
          const value = large(k);
          const previous = literal[k - 2];
          const from = previous && previous.value === value ? previous.at : 0;
          const at = from + range.slice(from).indexOf(value) + 1;
          literal.push({ at, value, rank: previous && previous.value === value ? previous.rank : k });
        }
        expect(topOf(range, size)).toEqual(literal);
      }),
    );
  });

  test('property: the board of all reps is the top of all reps, ranked as RANK.EQ among all', () => {
    const rep = fc.record({
      attainment: fc.oneof(fc.constant(null), fc.constantFrom(0, 0.5, 1)),
      team: fc.constantFrom('A', 'B', 'C', ''),
    });
    fc.assert(
      fc.property(fc.array(rep, { minLength: 1, maxLength: 120 }), (reps) => {
        const model = leaderboardModel(
          reps.map((r) => r as unknown as DashboardRow),
          words,
        );
        const scores = reps.map((r) => r.attainment ?? -1);
        const teams = [...new Set(reps.map((r) => r.team))];
        const order = reps
          .map((_, i) => i)
          .sort((a, b) => scores[b] - scores[a] || teams.indexOf(reps[a].team) - teams.indexOf(reps[b].team) || a - b)
          .slice(0, BOARD_SIZE);
        expect(model.overall.map((r) => r.rep)).toEqual(order);
        expect(model.overall.map((r) => r.rank)).toEqual(order.map((i) => 1 + scores.filter((s) => s > scores[i]).length));
        model.teamBoards.forEach((board, t) => {
          const members = model.teams[t].reps;
          for (const row of board) expect(row.rank).toBe(1 + members.filter((i) => scores[i] > row.value).length);
        });
      }),
    );
  });
});
