import { LOCALES } from '../../src/core/locale';
import { defaultForm, isoDate, toSetup, type PlanForm } from '../../src/taskpane/plan-form';
import { sampleInputs } from '../../src/workbook/sample-actuals';

// Serials: 2026-01-01 = 46023, 2026-06-30 = 46203, 2026-07-15 = 46218, 2026-12-31 = 46387.
const JUL_15_2026 = 46218;

function form(changes: Partial<PlanForm> = {}): PlanForm {
  return { ...defaultForm(JUL_15_2026, 'en-US'), target: '12,000,000', ...changes };
}

describe('defaultForm', () => {
  it('plans the current year, reported to the end of last month, in the locale', () => {
    const en = defaultForm(JUL_15_2026, 'en-US');
    expect([en.planName, en.startMonth, en.asOf, en.seasonality]).toEqual(['FY2026 Sales Plan', '2026-01', '2026-06-30', 'even']);
    const zh = defaultForm(JUL_15_2026, 'zh-CN');
    expect([zh.planName, zh.seasonality]).toEqual(['2026 年度销售计划', 'springFestival']);
  });

  it('in January, reports to the end of January rather than to last year', () => {
    expect(defaultForm(46030, 'en-US').asOf).toBe('2026-01-31'); // 2026-01-08
  });
});

describe('toSetup', () => {
  it('turns the form into the setup buildPlan takes', () => {
    const result = toSetup(form(), 'en-US');
    if (!('setup' in result)) throw new Error(JSON.stringify(result.errors));
    const { setup } = result;
    expect(setup).toMatchObject({
      target: 12_000_000, // thousands separators are accepted
      periodStart: 46023,
      periodCount: 12,
      granularity: 'month',
      asOf: 46203,
      cushion: 0.1,
      method: 'blend',
      blendHistoryShare: 0.6,
      thresholds: { atRisk: 0.9, lagging: 0.75 },
      paceMode: 'seasonal',
    });
    expect(setup.seasonality).toHaveLength(12);
    expect(setup.seasonality.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(setup.funnel.map((s) => s.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Won']);
  });

  it('quarters: four periods whose weights are the months’ sums', () => {
    const result = toSetup(form({ granularity: 'quarter', seasonality: 'springFestival' }), 'zh-CN');
    if (!('setup' in result)) throw new Error('expected a setup');
    expect(result.setup.periodCount).toBe(4);
    // Q1 = .075 + .055 + .08; Q4 = .09 + .095 + .11.
    expect(result.setup.seasonality[0]).toBeCloseTo(0.21, 12);
    expect(result.setup.seasonality[3]).toBeCloseTo(0.295, 12);
    expect(result.setup.currencyFormat).toBe('¥#,##0');
  });

  it.each<[Partial<PlanForm>, Partial<Record<keyof PlanForm, string>>]>([
    [{ target: '' }, { target: 'required' }],
    [{ target: 'lots' }, { target: 'notNumber' }],
    [{ target: '-5' }, { target: 'notPositive' }],
    [{ startMonth: '2026-13' }, { startMonth: 'badDate' }],
    [{ asOf: '2026-02-30' }, { asOf: 'badDate' }],
    [{ asOf: '2027-01-01' }, { asOf: 'asOfOutside' }],
    [{ cushionPercent: '120' }, { cushionPercent: 'percentRange' }],
    [{ atRiskPercent: '70', laggingPercent: '80' }, { laggingPercent: 'thresholdOrder' }],
    [
      { target: '0', asOf: 'soon' },
      { target: 'notPositive', asOf: 'badDate' },
    ],
  ])('rejects %j, naming each field once', (changes, errors) => {
    expect(toSetup(form(changes), 'en-US')).toEqual({ errors });
  });

  it.each(LOCALES)('%s: a new plan gets the same defaults as the sample plan', (locale) => {
    const result = toSetup({ ...defaultForm(JUL_15_2026, locale), target: '1' }, locale);
    if (!('setup' in result)) throw new Error(JSON.stringify(result.errors));
    const sample = sampleInputs({ reps: 1, locale }).setup;
    const defaults = [
      'planName',
      'cushion',
      'method',
      'blendHistoryShare',
      'ramp',
      'thresholds',
      'funnel',
      'tiers',
      'currencyFormat',
    ] as const;
    const pick = (setup: typeof sample) => defaults.map((key) => [key, setup[key]]);
    expect(pick(result.setup)).toEqual(pick(sample));
  });

  it('ignores the blend share unless the method is a blend', () => {
    const result = toSetup(form({ method: 'history', blendHistoryPercent: 'n/a' }), 'en-US');
    expect('setup' in result).toBe(true);
  });
});

describe('isoDate', () => {
  it('writes a serial date as a date input shows it', () => {
    expect([isoDate(46023), isoDate(46387), isoDate(45351)]).toEqual(['2026-01-01', '2026-12-31', '2024-02-29']);
  });
});
