import { median } from 'simple-statistics';
import { ymdToSerial } from '../../src/core/dates';
import { workbookText } from '../../src/workbook/i18n';
import { metricColumns } from '../../src/workbook/metrics';
import { planPeriods } from '../../src/workbook/periods';
import { sampleInputs } from '../../src/workbook/sample-actuals';

// 2026-01-01 is serial 46023 (2025-01-01 = 45658, + 365 days); 2026-06-30 is 46023 + 181 − 1.
const JAN_1 = 46023;
const JUN_30 = 46203;
const DEC_31 = 46387;

/** Actuals of the sample as rep → period → metric → value, parsed from the input keys. */
function actualsByRep(inputs: Record<string, unknown>) {
  const table = new Map<string, Map<string, Record<string, number>>>();
  for (const [key, value] of Object.entries(inputs)) {
    const [sheet, row, metric] = key.split('!');
    expect(sheet).toBe('actuals');
    const [rep, period] = row.split('|');
    if (!table.has(rep)) table.set(rep, new Map());
    const months = table.get(rep)!;
    months.set(period, { ...(months.get(period) ?? {}), [metric]: value as number });
  }
  return table;
}

describe('sampleInputs', () => {
  const sample = sampleInputs();
  const actuals = actualsByRep(sample.inputs);
  const signedToDate = (repId: string) => [...(actuals.get(repId)?.values() ?? [])].reduce((total, month) => total + month.signed, 0);

  it('describes a FY2026 monthly plan of 12,000,000 for 25 reps, as of 2026-06-30', () => {
    expect(ymdToSerial(2026, 1, 1)).toBe(JAN_1);
    const { setup, reps } = sample;
    expect(reps).toHaveLength(25);
    expect(setup).toMatchObject({ target: 12_000_000, periodStart: JAN_1, periodCount: 12, granularity: 'month', asOf: JUN_30 });
    expect(setup.seasonality.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(setup.tiers).toEqual([
      { threshold: 0, rate: 0.04 },
      { threshold: 1, rate: 0.06 },
      { threshold: 1.5, rate: 0.08 },
    ]);
    expect(setup.funnel.map((stage) => stage.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Won']);
  });

  it('has three teams, unique stable ids and a few new hires starting inside the plan year', () => {
    const { reps } = sample;
    expect(new Set(reps.map((rep) => rep.team))).toEqual(new Set(['North', 'East', 'South']));
    expect(new Set(reps.map((rep) => rep.id)).size).toBe(25);
    expect(reps[0].id).toBe('R0001');
    const hires = reps.filter((rep) => rep.startDate !== null);
    expect(hires.length).toBeGreaterThanOrEqual(1);
    expect(hires.length).toBeLessThanOrEqual(6);
    for (const hire of hires) {
      expect(hire.startDate!).toBeGreaterThan(JAN_1);
      expect(hire.startDate!).toBeLessThanOrEqual(DEC_31);
      expect(hire.history).toBe(0);
    }
  });

  it('keys every actual the way the Actuals sheet does: rep|period, metric id, months up to as-of', () => {
    const metrics = new Set(metricColumns(sample.setup.funnel).map((metric) => metric.id));
    const periods = planPeriods(sample.setup, workbookText('en-US'));
    const reported = new Set(periods.filter((period) => period.end <= JUN_30).map((period) => period.id));
    expect([...reported]).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    for (const [rep, months] of actuals) {
      expect(sample.reps.some((r) => r.id === rep)).toBe(true);
      for (const [period, values] of months) {
        expect(reported.has(period)).toBe(true);
        expect(Object.keys(values).sort()).toEqual([...metrics].sort()); // a reported month is complete
        for (const value of Object.values(values)) {
          expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
      }
    }
  });

  it('leaves a new hire blank before the start month', () => {
    for (const hire of sample.reps.filter((rep) => rep.startDate !== null)) {
      for (const period of actuals.get(hire.id)?.keys() ?? []) {
        const [year, month] = period.split('-').map(Number);
        expect(ymdToSerial(year, month + 1, 1) - 1).toBeGreaterThanOrEqual(hire.startDate!); // month end ≥ start
      }
    }
  });

  it('builds funnels that never rise, and receivables as the uncollected balance', () => {
    for (const months of actuals.values()) {
      let balance = 0;
      for (const [, m] of [...months].sort(([a], [b]) => a.localeCompare(b))) {
        expect(m.stage1).toBeGreaterThanOrEqual(m.stage2);
        expect(m.stage2).toBeGreaterThanOrEqual(m.stage3);
        expect(m.stage3).toBeGreaterThanOrEqual(m.stage4);
        expect(m.collected).toBeLessThanOrEqual(m.signed);
        balance += m.signed - m.collected;
        expect(m.receivables).toBe(balance);
      }
    }
  });

  it('has reps clearly lagging their peers, and most near or above them', () => {
    const tenured = sample.reps.filter((rep) => rep.startDate === null).map((rep) => signedToDate(rep.id));
    const typical = median(tenured);
    const lagging = tenured.filter((total) => total < 0.75 * typical);
    expect(lagging.length).toBeGreaterThanOrEqual(2);
    expect(tenured.filter((total) => total >= 0.85 * typical).length).toBeGreaterThan(tenured.length / 2);
  });

  it('shows the Spring Festival dip: the team signs less in February than in January or March', () => {
    const month = (id: string) => [...actuals.values()].reduce((total, months) => total + (months.get(id)?.signed ?? 0), 0);
    expect(month('2026-02')).toBeLessThan(month('2026-01'));
    expect(month('2026-02')).toBeLessThan(month('2026-03'));
  });

  it('is deterministic for a seed, different for another, and never uses Math.random', () => {
    const random = jest.spyOn(Math, 'random');
    try {
      expect(sampleInputs({ seed: 7 })).toEqual(sampleInputs({ seed: 7 }));
      expect(sampleInputs({ seed: 8 }).inputs).not.toEqual(sampleInputs({ seed: 7 }).inputs);
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  it('translates names, teams and stages for zh-CN but keeps the numbers', () => {
    const zh = sampleInputs({ locale: 'zh-CN' });
    expect(zh.inputs).toEqual(sample.inputs);
    expect(zh.reps.map((rep) => rep.id)).toEqual(sample.reps.map((rep) => rep.id));
    expect(new Set(zh.reps.map((rep) => rep.team))).toEqual(new Set(['华北', '华东', '华南']));
    for (const rep of zh.reps) expect(rep.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(zh.setup.funnel.map((stage) => stage.name)).toEqual(['线索', '商机确认', '方案报价', '赢单']);
    expect(zh.setup.currencyFormat).toBe('¥#,##0');
  });

  it('scales to 5,000 reps deterministically, the first reps unchanged', () => {
    const big = sampleInputs({ reps: 5000 });
    expect(big.reps).toHaveLength(5000);
    expect(big.reps[4999].id).toBe('R5000');
    expect(new Set(big.reps.map((rep) => rep.id)).size).toBe(5000);
    expect(big.setup.target).toBe(5000 * 480_000);
    // The generator draws rep by rep, so the first 25 reps are the default sample's.
    expect(big.reps.slice(0, 25)).toEqual(sample.reps);
  });

  it('rejects a team size that is not a whole number ≥ 1', () => {
    expect(() => sampleInputs({ reps: 0 })).toThrow(RangeError);
    expect(() => sampleInputs({ reps: 2.5 })).toThrow(/whole number/);
  });
});
