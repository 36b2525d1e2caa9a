import { LOCALES } from '../../src/core/locale';
import { payout } from '../../src/core/payout';
import { defaultPlanParts, LOCALE_DEFAULTS, PLAN_DEFAULTS, SEASONALITY_PRESETS } from '../../src/core/plan-defaults';
import { ramp } from '../../src/core/ramp';

const STAGES = ['a', 'b', 'c', 'd'];

describe('plan defaults', () => {
  it.each(Object.entries(SEASONALITY_PRESETS))('seasonality preset %s has 12 months summing to 1', (_name, months) => {
    expect(months).toHaveLength(12);
    expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('lags after it risks: Lagging below At risk, both inside 0..1', () => {
    const { atRisk, lagging } = PLAN_DEFAULTS.thresholds;
    expect(0 < lagging && lagging < atRisk && atRisk < 1).toBe(true);
  });

  it('funnel probabilities rise to a sure win; commission tiers start at 0 and rise', () => {
    const odds = PLAN_DEFAULTS.funnelProbabilities;
    expect(odds.every((p, i) => i === 0 || p > odds[i - 1])).toBe(true);
    expect(odds[odds.length - 1]).toBe(1);
    // 160% attainment of 100,000: 4% of the first 100,000, 6% of the next 50,000, 8% of the last 10,000.
    expect(payout(160_000, 100_000, PLAN_DEFAULTS.tiers, 'marginal')).toBeCloseTo(7_800, 9);
  });

  it('is the ramp that core falls back to', () => {
    const JAN_1_2025 = 45658;
    const MAR_15_2025 = 45731;
    const DEC_31_2025 = 46022;
    const hire = [MAR_15_2025];
    expect(ramp(hire, JAN_1_2025, DEC_31_2025)).toEqual(ramp(hire, JAN_1_2025, DEC_31_2025, PLAN_DEFAULTS.ramp));
  });

  it.each(LOCALES)('%s: the parts of a new setup, named stages and the locale’s money format', (locale) => {
    const parts = defaultPlanParts(locale, STAGES);
    expect(parts.funnel).toEqual(STAGES.map((name, i) => ({ name, probability: PLAN_DEFAULTS.funnelProbabilities[i] })));
    expect(parts.currencyFormat).toBe(LOCALE_DEFAULTS[locale].currencyFormat);
    expect(parts).toMatchObject({ cushion: PLAN_DEFAULTS.cushion, thresholds: PLAN_DEFAULTS.thresholds, ramp: PLAN_DEFAULTS.ramp });
  });

  it('hands out fresh copies: a plan that changes its own does not change the next plan', () => {
    const first = defaultPlanParts('en-US', STAGES);
    first.ramp.push(0.9);
    first.tiers[0].rate = 0.5;
    first.thresholds.atRisk = 0.1;
    expect(defaultPlanParts('en-US', STAGES)).toMatchObject({
      ramp: [0.25, 0.5, 0.75],
      tiers: [{ threshold: 0, rate: 0.04 }, {}, {}],
      thresholds: { atRisk: 0.9 },
    });
  });

  it('wants one name per default stage', () => {
    expect(() => defaultPlanParts('en-US', ['Lead', 'Won'])).toThrow('4 funnel stage names expected, not 2');
  });
});
