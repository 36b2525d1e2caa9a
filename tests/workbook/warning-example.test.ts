/**
 * The worked example of docs/functions.md, "How the Dashboard warns": every figure it quotes,
 * from the Dashboard model, the pane's team list and SALES.ATTAINMENT.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { attainmentChance } from '../../src/core/attainment';
import { computeDashboard, computeQuotas, planPeriods, workbookText } from '../../src/workbook';
import { teamStatus } from '../../src/workbook/team-status';
import { actualsInputs, JAN_1_2026, rep, smallSetup } from './fixture';

const setup = smallSetup({ target: 1_200_000, asOf: JAN_1_2026 + 31 + 28 + 31 - 1 }); // 31 March 2026
const reps = [rep('A'), rep('B'), rep('C')];
const inputs = actualsInputs({
  A: {
    signed: [110000, 95000, 105000],
    collected: [110000, 95000, 105000],
    stage1: [40, 40, 40],
    stage2: [3, 2, 3],
    followUps: [30, 30, 30],
  },
  B: { signed: [60000, 55000, 65000], collected: [60000, 50000, 30000], stage1: [20, 18, 22], stage2: [2, 2, 2], followUps: [10, 8, 9] },
  C: {
    signed: [100000, 100000, 100000],
    collected: [100000, 100000, 100000],
    stage1: [35, 35, 35],
    stage2: [3, 3, 3],
    followUps: [28, 28, 28],
  },
});
const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'functions.md'), 'utf8');

function dashboard(locale: 'en-US' | 'zh-CN') {
  const quotas = computeQuotas(setup, reps, planPeriods(setup, workbookText(locale))).table;
  return computeDashboard(setup, reps, quotas, inputs, locale);
}

describe('the worked example of the warning rules', () => {
  const model = dashboard('en-US');
  const [a, b] = model.reps;

  it('B is Lagging for pace, follow-ups and projection, and the doc quotes the Reason in both languages', () => {
    expect([b.annualQuota, b.targetToDate, b.actualToDate, b.pace]).toEqual([400000, 300000, 180000, 0.6]);
    expect(b.followUpsVsTeam).toBeCloseTo(27 / 67, 12);
    expect(b.projection).toBeCloseTo(240000, 6);
    expect(b.collectionRate).toBeCloseTo(140 / 180, 12);
    expect(b.conversionVsTeam).toBeCloseTo(1.2391304, 6);
    expect(b.status).toBe('Lagging');
    const en = 'Pace 60%; Follow-ups 0.40× team mean; Projection 60% of quota; Main cause of the gap: fewer leads';
    const zh = '进度60%；跟进次数为团队均值的0.40倍；预测为配额的60%；差距主因：线索偏少';
    expect(b.reason).toBe(en);
    expect(dashboard('zh-CN').reps[1].reason).toBe(zh);
    for (const text of [en, zh]) expect(doc).toContain(text);
  });

  it('B’s gap splits into the three quoted parts, which add up to it', () => {
    expect(model.mean.actualToDate).toBeCloseTo(263333.33, 2);
    const parts = [b.gapActivity, b.gapConversion, b.gapDealSize] as number[];
    expect(parts.map((p) => Number(p.toFixed(2)))).toEqual([-100651.78, 46962.39, -29643.94]);
    expect(parts.reduce((s, p) => s + p, 0)).toBeCloseTo(180000 - 790000 / 3, 6);
    for (const quoted of ['−100,651.78', '+46,962.39', '−29,643.94', '−83,333.33', '34,347.83']) expect(doc).toContain(quoted);
  });

  it('the pane lists B alone, 120,000 behind, and the team row is At risk', () => {
    const status = teamStatus({ setup, reps, locale: 'en-US' }, inputs, 'en-US');
    expect(status.flagged.map((f) => [f.repId, f.status, f.behind])).toEqual([['B', 'lagging', 120000]]);
    expect(status.team).toEqual({ status: 'atRisk', reasons: ['Pace 88%'] });
  });

  it('A’s chance of making quota is 96.0 %, as SALES.ATTAINMENT gives it; B’s is 0.0 %', () => {
    expect(a.attainmentChance).toBeCloseTo(0.9596, 4);
    expect(attainmentChance([110000, 95000, 105000], 310000, 400000, 1)).toBeCloseTo(a.attainmentChance as number, 12);
    expect(b.attainmentChance).toBeLessThan(0.0005);
    expect(doc).toContain('`0.9596`');
  });
});
