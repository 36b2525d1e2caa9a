import type { Locale } from '../../src/core/locale';
import { defaultForm, toSetup, type PlanForm } from '../../src/taskpane/plan-form';
import { amountText, changedSetup, formFromSetup } from '../../src/taskpane/setup-form';
import type { PlanSetup } from '../../src/workbook/plan';
import { sampleInputs } from '../../src/workbook/sample-actuals';

const JUL_15_2026 = 46218;

function setupOf(form: PlanForm, locale: Locale = 'en-US'): PlanSetup {
  const result = toSetup(form, locale);
  if (!('setup' in result)) throw new Error(JSON.stringify(result.errors));
  return result.setup;
}

describe('formFromSetup', () => {
  it.each<Partial<PlanForm>>([
    {},
    // Without a blend, toSetup stores a neutral 50 % share.
    { granularity: 'quarter', seasonality: 'springFestival', method: 'potential', paceMode: 'linear', blendHistoryPercent: '50' },
    { cushionPercent: '7.5', blendHistoryPercent: '35', atRiskPercent: '85', laggingPercent: '60', target: '1,234,567.89' },
  ])('gives back the form a setup was made from (%j)', (changes) => {
    const form: PlanForm = { ...defaultForm(JUL_15_2026, 'en-US'), target: '12,000,000', ...changes };
    expect(formFromSetup(setupOf(form))).toEqual(form);
  });

  it('shows shares as whole percentages, not float noise (0.1 → 10)', () => {
    const form = formFromSetup({ ...sampleInputs({ reps: 2 }).setup, cushion: 0.1, thresholds: { atRisk: 0.7, lagging: 0.56 } });
    expect([form.cushionPercent, form.atRiskPercent, form.laggingPercent]).toEqual(['10', '70', '56']);
  });

  it('recognises the sample’s Spring Festival seasonality and a re-plan’s fractional as-of time', () => {
    const sample = sampleInputs({ reps: 2 }).setup;
    const form = formFromSetup({ ...sample, asOf: sample.asOf + 0.75 });
    expect([form.seasonality, form.asOf, form.startMonth]).toEqual(['springFestival', '2026-06-30', '2026-01']);
  });
});

describe('changedSetup', () => {
  const saved: PlanSetup = {
    ...sampleInputs({ reps: 3, locale: 'zh-CN' }).setup,
    seasonality: [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3], // the plan's own weights, not a preset
    rebase: { fromPeriod: 7, actualBefore: 100 },
  };

  it('keeps what the form does not show: funnel, tiers, ramp, currency and the plan’s own seasonality', () => {
    const form = { ...formFromSetup(saved), target: '9,000,000' };
    const result = changedSetup(saved, form, 'en-US');
    if (!('setup' in result)) throw new Error('expected a setup');
    expect(result.setup).toMatchObject({
      target: 9_000_000,
      funnel: saved.funnel,
      tiers: saved.tiers,
      ramp: saved.ramp,
      currencyFormat: '¥#,##0',
      seasonality: saved.seasonality,
    });
    expect(result.setup.rebase).toEqual(saved.rebase); // the re-plan stays: started periods keep their quotas
  });

  it('takes the preset when the manager changes the seasonality or the periods', () => {
    const quarters = changedSetup(saved, { ...formFromSetup(saved), granularity: 'quarter' }, 'zh-CN');
    if (!('setup' in quarters)) throw new Error('expected a setup');
    expect(quarters.setup.seasonality).toHaveLength(4);
  });

  it('reports the form’s problems like toSetup', () => {
    expect(changedSetup(saved, { ...formFromSetup(saved), target: '' }, 'zh-CN')).toEqual({ errors: { target: 'required' } });
  });
});

describe('amountText', () => {
  it('groups thousands, shows cents only when there are any', () => {
    expect([amountText(12_000_000), amountText(1234.5), amountText(0.005)]).toEqual(['12,000,000', '1,234.5', '0.01']);
  });
});
