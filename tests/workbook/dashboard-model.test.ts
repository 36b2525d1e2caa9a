import { computeDashboard } from '../../src/workbook/dashboard-model';
import { inputKey } from '../../src/workbook/spec';
import { MAR_14_2026, rep, smallInputs, smallReps, smallSetup } from './fixture';

// Each rep's quota: 1,000 / 2 = 500, 125 a month (equal seasonality).
const quotas = { A: [125, 125, 125, 125], B: [125, 125, 125, 125] };

describe('computeDashboard, worked by hand (as of 2026-03-14)', () => {
  const model = computeDashboard(smallSetup(), smallReps(), quotas, smallInputs());
  const [a, b] = model.reps;

  test('plan days: 120 in Jan–Apr, 31 + 28 + 14 = 73 elapsed, Mar and Apr remain, 2 periods complete', () => {
    expect(model.plan).toMatchObject({ planDays: 120, elapsedDays: 73, remainingPeriods: 2, currentPeriod: 3, completedPeriods: 2 });
  });

  test('target to date = 125 + 125 + 125 · 14/31 = 9500/31; actual 100 + 140 + 60 = 300', () => {
    expect(a.targetToDate).toBeCloseTo(9500 / 31, 9);
    expect(a.actualToDate).toBe(300);
    expect(a.attainment).toBeCloseTo(300 / 500, 12);
  });

  test('seasonal pace = 300 / (9500/31) = 0.9789 → on track; B 120 / (9500/31) = 0.3916 → lagging', () => {
    expect(a.pace).toBeCloseTo(9300 / 9500, 12);
    expect(a.status).toBe('On track');
    expect(b.pace).toBeCloseTo(3720 / 9500, 12);
    expect(b.status).toBe('Lagging');
  });

  test('gap 500 − 300 = 200 over 2 remaining periods = 100; projection 300 / 73 · 120', () => {
    expect(a.gap).toBe(200);
    expect(a.requiredPerPeriod).toBe(100);
    expect(a.projection).toBeCloseTo((300 / 73) * 120, 9);
  });

  test('trend through (1, 100), (2, 140) continues to 180 in March; B flat at 50', () => {
    expect(a.forecast).toBeCloseTo(180, 9);
    expect(b.forecast).toBeCloseTo(50, 9);
  });

  test('collection 240/300, average deal 300/4, conversion Lead→Won 4/20', () => {
    expect(a.collectionRate).toBeCloseTo(0.8, 12);
    expect(a.avgDeal).toBe(75);
    expect(a['conv:1']).toBeCloseTo(0.2, 12);
    expect(b.collectionRate).toBeCloseTo(0.5, 12);
  });

  test('process ratios against the team mean: follow-ups 10 and 30, mean 20', () => {
    expect(a.followUpsVsTeam).toBeCloseTo(0.5, 12);
    expect(b.followUpsVsTeam).toBeCloseTo(1.5, 12);
    expect(a.leadsVsTeam).toBeCloseTo(1, 12);
  });

  test('team: sums of the reps, ratios from the sums (420 / (19000/31) = 0.685 → lagging)', () => {
    const team = model.team;
    expect(team.annualQuota).toBe(1000);
    expect(team.actualToDate).toBe(420);
    expect(team.gap).toBe((a.gap as number) + (b.gap as number));
    expect(team.pace).toBeCloseTo(13020 / 19000, 12);
    expect(team.status).toBe('Lagging');
    expect(team.forecast).toBeCloseTo(230, 9);
    expect(team.collectionRate).toBeCloseTo(300 / 420, 12);
    expect(team['conv:1']).toBeCloseTo(6 / 40, 12);
    expect(team.followUpsVsTeam).toBeNull();
  });

  test('linear pace: 300 / (500 · 73/120) = core pace', () => {
    const linear = computeDashboard(smallSetup({ paceMode: 'linear' }), smallReps(), quotas, smallInputs());
    expect(linear.reps[0].pace).toBeCloseTo(300 / ((500 * 73) / 120), 12);
  });

  test('the as-of date and thresholds typed in Setup win over the plan values', () => {
    const inputs = { ...smallInputs(), [inputKey('setup', 'lagging', 'value')]: 0.3 };
    const model2 = computeDashboard(smallSetup(), smallReps(), quotas, inputs);
    expect(model2.reps[1].status).toBe('At risk'); // 0.39 ≥ 0.3 but < 0.9
  });

  test('a rep with no data and no quota gets empty ratios, not NaN', () => {
    const empty = computeDashboard(smallSetup(), smallReps(), { A: [0, 0, 0, 0], B: quotas.B }, {});
    const row = empty.reps[0];
    for (const v of [row.attainment, row.pace, row.collectionRate, row.avgDeal, row.forecast, row.followUpsVsTeam]) {
      expect(v).toBeNull();
    }
    // Nothing due yet is no reason to call a rep On track.
    expect(row.status).toBe('No target yet');
  });

  test('status words follow the locale asked for', () => {
    const zh = computeDashboard(smallSetup(), smallReps(), quotas, smallInputs(), 'zh-CN');
    expect(zh.reps.map((r) => r.status)).toEqual(['正常', '落后']);
    expect(zh.team.repId).toBe('团队合计');
  });

  test('to date counts the periods started by the as-of date: numbers typed ahead for April wait for April', () => {
    const ahead = { ...smallInputs(), [inputKey('actuals', 'A|2026-04', 'signed')]: 1000 };
    expect(computeDashboard(smallSetup(), smallReps(), quotas, ahead).reps[0].actualToDate).toBe(300);
    const april = computeDashboard(smallSetup({ asOf: MAR_14_2026 + 18 }), smallReps(), quotas, ahead); // 2026-04-01
    expect(april.plan.startedPeriods).toBe(4);
    expect(april.reps[0].actualToDate).toBe(1300);
    const before = computeDashboard(smallSetup({ asOf: MAR_14_2026 - 80 }), smallReps(), quotas, ahead); // Dec 2025
    expect([before.plan.startedPeriods, before.reps[0].actualToDate, before.reps[0].status]).toEqual([0, 0, 'No target yet']);
  });

  test('a rep starting after the as-of date: Not started, no pace, left out of the team mean', () => {
    const reps = [...smallReps(), rep('C', { startDate: MAR_14_2026 + 18 })];
    const model = computeDashboard(smallSetup(), reps, { ...quotas, C: [0, 0, 0, 125] }, smallInputs());
    const c = model.reps[2];
    expect([c.status, c.pace, c.followUpsVsTeam, c.attainment, c.projection]).toEqual(['Not started', null, null, null, null]);
    // Follow-ups 10 and 30 over the two reps who have started: mean 20, so C's zero does not drag it to 13.3.
    expect(model.mean['toDate:followUps']).toBe(20);
    expect(model.reps[0].followUpsVsTeam).toBeCloseTo(0.5, 12);
    expect(model.mean.repId).toBe('Team mean (active reps)');
  });

  test('the plan target and attainment against it: the team row ties out to PlanTarget', () => {
    const cushioned = computeDashboard(smallSetup({ cushion: 0.1 }), smallReps(), quotas, smallInputs());
    expect(cushioned.team.targetShare).toBe(1000);
    expect(cushioned.team.attainmentVsTarget).toBeCloseTo(420 / 1000, 12);
    expect(cushioned.reps[0].targetShare).toBeCloseTo(500 / 1.1, 9);
  });
});
