import fc from 'fast-check';
import { dashboardColumns, GAP_CAUSE_COLUMNS } from '../../src/workbook/columns/dashboard';
import { computeDashboard } from '../../src/workbook/dashboard-model';
import type { DashboardRow } from '../../src/workbook/dashboard-model';
import { actualsInputs, MAR_14_2026, rep, smallInputs, smallReps, smallSetup } from './fixture';

// Each rep's quota: 1,000 / 2 = 500, 125 a month (see dashboard-model.test.ts).
const quotas = { A: [125, 125, 125, 125], B: [125, 125, 125, 125] };
const KEYS = Object.values(GAP_CAUSE_COLUMNS);
const parts = (row: DashboardRow) => KEYS.map((k) => row[k]);
const total = (row: DashboardRow) => (parts(row) as number[]).reduce((s, v) => s + v, 0);

describe('the gap attribution on the Dashboard, worked by hand (as of 2026-03-14)', () => {
  // A: 20 leads, 4 won, 300 signed; B: 20, 2, 120. Team mean 20 leads, 3 won, 210.
  const model = computeDashboard(smallSetup(), smallReps(), quotas, smallInputs());
  const [a, b] = model.reps;
  const logMean = 90 / Math.log(300 / 210);

  test('A is 90 above the mean: leads as the team’s (0), win rate 0.2 vs 0.15, deal 75 vs 70', () => {
    expect(a.gapActivity).toBe(0);
    expect(a.gapConversion).toBeCloseTo(Math.log(0.2 / 0.15) * logMean, 9);
    expect(a.gapConversion).toBeCloseTo(72.59, 2);
    expect(a.gapDealSize).toBeCloseTo(17.41, 2);
    expect(total(a)).toBeCloseTo(90, 9);
  });

  test('B is 90 below: conversion −65.21, deal size −24.79', () => {
    expect(b.gapConversion).toBeCloseTo(-65.21, 2);
    expect(b.gapDealSize).toBeCloseTo(-24.79, 2);
    expect(total(b)).toBeCloseTo(-90, 9);
  });

  test('the team row and the team-mean row leave it empty', () => {
    expect(parts(model.team)).toEqual([null, null, null]);
    expect(parts(model.mean)).toEqual([null, null, null]);
  });

  test('a rep not started or left has none, and is not in the mean compared with', () => {
    const reps = [...smallReps(), rep('C', { startDate: MAR_14_2026 + 18 }), rep('D', { leaveDate: MAR_14_2026 - 40 })];
    const inputs = { ...smallInputs(), ...actualsInputs({ D: { signed: [900], stage1: [90], stage2: [9] } }) };
    const more = computeDashboard(smallSetup(), reps, { ...quotas, C: [0, 0, 0, 125], D: [125, 0, 0, 0] }, inputs);
    expect(parts(more.reps[2])).toEqual([null, null, null]);
    expect(parts(more.reps[3])).toEqual([null, null, null]);
    expect(more.reps[0].gapConversion).toBe(a.gapConversion);
  });

  test('a rep with no leads: activity takes the whole gap, −150', () => {
    const inputs = { ...smallInputs(), ...actualsInputs({ B: { signed: [0, 0, 0], stage1: [0, 0, 0], stage2: [0, 0, 0] } }) };
    const zero = computeDashboard(smallSetup(), smallReps(), quotas, inputs).reps[1];
    // Mean now 10 leads, 2 won, 150; B's gap 0 − 150.
    expect(parts(zero)).toEqual([-150, 0, 0]);
  });

  test('no team figure (nobody won a deal): empty, not an error', () => {
    const inputs = { ...smallInputs(), ...actualsInputs({ A: { stage2: [0, 0, 0] }, B: { stage2: [0, 0] } }) };
    for (const row of computeDashboard(smallSetup(), smallReps(), quotas, inputs).reps) expect(parts(row)).toEqual([null, null, null]);
  });
});

describe('the gap attribution columns', () => {
  const columns = dashboardColumns(smallSetup().funnel);

  test('three money columns side by side, headed in both languages, empty in the team row', () => {
    const at = columns.findIndex((c) => c.key === 'gapActivity');
    expect(columns.slice(at, at + 3).map((c) => c.key)).toEqual(['gapActivity', 'gapConversion', 'gapDealSize']);
    for (const c of columns.slice(at, at + 3)) {
      expect(c.format).toBe('money');
      expect(c.kind === 'rep' && c.team).toBe('blank');
    }
    expect(columns[at].header).toEqual({ 'en-US': 'Gap vs team: activity (leads)', 'zh-CN': '与团队差距：新增线索' });
  });

  // Random actuals for three reps: whatever the numbers, blanks and zeros, the parts of every
  // rep with a team to compare with add up to actual to date − the team mean's.
  test('property: the parts add up to the gap to the team mean', () => {
    const months = fc.array(fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), { minLength: 3, maxLength: 3 });
    const amounts = fc.array(fc.option(fc.integer({ min: -50, max: 900 }), { nil: undefined }), { minLength: 3, maxLength: 3 });
    const repActuals = fc.record({ signed: amounts, stage1: months, stage2: months });
    let checked = 0;
    fc.assert(
      fc.property(fc.array(repActuals, { minLength: 3, maxLength: 3 }), (data) => {
        const reps = ['A', 'B', 'C'].map((id) => rep(id));
        const inputs = actualsInputs(Object.fromEntries(data.map((d, i) => [reps[i].id, d])));
        const model = computeDashboard(smallSetup(), reps, { ...quotas, C: quotas.A }, inputs);
        const mean = model.mean.actualToDate as number;
        for (const row of model.reps) {
          if (row.gapActivity === null) continue;
          const gap = (row.actualToDate as number) - mean;
          const size = 1 + (parts(row) as number[]).reduce((s, v) => s + Math.abs(v), Math.abs(gap));
          expect(Math.abs(total(row) - gap)).toBeLessThanOrEqual(1e-9 * size);
          checked++;
        }
      }),
    );
    expect(checked).toBeGreaterThan(100); // of 300 rows: most have a team to compare with
  });
});
