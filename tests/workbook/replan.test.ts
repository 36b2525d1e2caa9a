import fc from 'fast-check';
import { buildPlan, computeDashboard, reviewSnapshot } from '../../src/workbook';
import { replan } from '../../src/workbook/replan';
import { inputKey } from '../../src/workbook/spec';
import { JAN_1_2026, rep, smallInputs, smallReps, smallSetup } from './fixture';
import { cellMap } from './spec-cells';

const quotas = { A: [125, 125, 125, 125], B: [125, 125, 125, 125] };
const request = { newTarget: 1600, at: 46095.5, who: 'Manager', why: 'New product line' };

describe('replan', () => {
  // As of 2026-03-14, Jan and Feb are past: A sold 240, B 100 there → A = 340. March is
  // current, so March and April are re-planned: (1,600 − 340) × (1 + 0) = 1,260, equal
  // split 630 each, 315 a month.
  const result = replan(smallSetup(), smallReps(), quotas, smallInputs(), request, 'en-US');

  test('worked: past quotas kept, the rest of the new target spread over March and April', () => {
    expect(result.quotas).toEqual({ A: [125, 125, 315, 315], B: [125, 125, 315, 315] });
    expect(result.setup.target).toBe(1600);
    expect(result.setup.rebase).toEqual({ fromPeriod: 3, actualBefore: 340 });
  });

  test('the change log entry records who, when, what and why', () => {
    expect(result.entry).toEqual({
      at: 46095.5,
      who: 'Manager',
      what: 'Re-planned from Mar 2026: 1,260 over 2 periods and 2 reps',
      why: 'New product line',
      targetBefore: 1000,
      targetAfter: 1600,
    });
  });

  test('rebuilding with the result keeps every actual in place and reconciles', () => {
    const inputs = smallInputs();
    const spec = buildPlan(result.setup, smallReps(), inputs, 'en-US', { quotas: result.quotas, changeLog: [result.entry] });
    const actuals = spec.sheets.find((s) => s.key === 'actuals')!.blocks.find((b) => b.role === 'input')!;
    for (const [key, value] of Object.entries(inputs)) {
      const [, row, column] = key.split('!');
      expect(actuals.cells[actuals.inputKeys!.rows.indexOf(row)][actuals.inputKeys!.columns.indexOf(column)]).toBe(value);
    }
    const setup = cellMap(spec, 'setup');
    expect(setup.get('B16')!.value).toBe(3); // ReplanFrom
    expect(setup.get('B17')!.value).toBe(340); // ReplanBase
    const log = spec.sheets.find((s) => s.key === 'changeLog')!.blocks.find((b) => b.role === 'value')!;
    expect(log.cells[0]).toEqual([46095.5, 'Manager', result.entry.what, 'New product line', 1000, 1600]);
  });

  test('property: re-planned quotas from the current period on sum to (new target − actual before) × (1 + cushion)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3_000_000 }),
        fc.integer({ min: 0, max: 330 }),
        fc.array(fc.nat(50_000), { minLength: 36, maxLength: 36 }),
        fc.constantFrom(0, 0.1),
        (newTarget, day, signed, cushion) => {
          const setup = smallSetup({
            periodCount: 12,
            seasonality: [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 3],
            asOf: JAN_1_2026 + day,
            cushion,
            target: 1_000_000,
          });
          const reps = [rep('A'), rep('B', { startDate: JAN_1_2026 + 120 }), rep('C', { history: 5 })];
          const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
          const inputs = Object.fromEntries(
            signed.map((v, k) => [inputKey('actuals', `${reps[k % 3].id}|${months[Math.floor(k / 3)]}`, 'signed'), v]),
          );
          const before = { A: new Array(12).fill(1000), B: new Array(12).fill(500), C: new Array(12).fill(10) };
          const r = replan(setup, reps, before, inputs, { ...request, newTarget }, 'en-US');
          const from = r.setup.rebase!.fromPeriod - 1;
          const future = reps.flatMap((p) => r.quotas[p.id].slice(from));
          const expected = Math.round(Math.max(0, (newTarget - r.setup.rebase!.actualBefore) * (1 + cushion)) * 100) / 100;
          expect(future.reduce((s, q) => s + q, 0)).toBeCloseTo(expected, 6);
          for (const p of reps) expect(r.quotas[p.id].slice(0, from)).toEqual(before[p.id as 'A'].slice(0, from));
          // actual before = the signed amounts of the months before `from`, summed by hand
          const past = signed.filter((_, k) => Math.floor(k / 3) < from).reduce((s, v) => s + v, 0);
          expect(r.setup.rebase!.actualBefore).toBe(past);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('after the plan’s end there is nothing left to re-plan (#N/A)', () => {
    expect(() => replan(smallSetup({ asOf: JAN_1_2026 + 200 }), smallReps(), quotas, {}, request, 'en-US')).toThrow(/no period is left/);
  });
});

describe('reviewSnapshot', () => {
  test('one row per rep and the team, values from the dashboard, the status in the locale', () => {
    const rows = reviewSnapshot(smallSetup(), smallReps(), quotas, smallInputs(), 46100, 'zh-CN');
    const model = computeDashboard(smallSetup(), smallReps(), quotas, smallInputs());
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([46100, 'A', 'Name A', 'North', 500, model.reps[0].targetToDate, 300, 0.6, model.reps[0].pace, '正常']);
    expect(rows[1][9]).toBe('落后');
    expect(rows[2].slice(1, 2)).toEqual(['团队合计']);
    for (const row of rows) for (const v of row) expect(typeof v === 'object' && v !== null).toBe(false);
  });
});
