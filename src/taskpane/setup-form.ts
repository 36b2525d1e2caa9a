/**
 * "Change plan or team": the saved `PlanSetup` shown again as the form, and the form turned
 * back into a setup that keeps what the form does not show (funnel, commission tiers, ramp,
 * currency format). Pure, next to plan-form.ts, which goes the other way for a new plan.
 */
import { paceModeOf, type PlanSetup } from '../workbook/plan';
import type { Locale } from '../core/locale';
import type { SeasonalityPreset } from '../core/plan-defaults';
import { isoDate, percentText, presetSeasonality, toSetup, type FormErrors, type PlanForm } from './plan-form';

/** The form that describes `setup` (what `toSetup` would turn back into it). */
export function formFromSetup(setup: PlanSetup): PlanForm {
  return {
    planName: setup.planName,
    target: amountText(setup.target),
    startMonth: isoDate(setup.periodStart).slice(0, 7),
    granularity: setup.granularity,
    asOf: isoDate(Math.floor(setup.asOf)),
    cushionPercent: percentText(setup.cushion),
    method: setup.method,
    blendHistoryPercent: percentText(setup.blendHistoryShare),
    paceMode: paceModeOf(setup),
    seasonality: nearestPreset(setup),
    atRiskPercent: percentText(setup.thresholds.atRisk),
    laggingPercent: percentText(setup.thresholds.lagging),
  };
}

/**
 * The setup after the manager edited `form` (which started as `formFromSetup(saved)`).
 * The saved seasonality is kept unless its preset or the periods were changed: a plan's own
 * weights (not one of the presets) are not flattened by an unrelated edit. A re-plan's
 * `rebase` is kept: the rebuild keeps every started period's quotas and re-splits only the
 * remaining periods (`changeTeam` in src/workbook/team-change.ts, which the build runs and
 * which logs the change).
 */
export function changedSetup(saved: PlanSetup, form: PlanForm, locale: Locale): { setup: PlanSetup } | { errors: FormErrors } {
  const result = toSetup(form, locale);
  if ('errors' in result) return result;
  const before = formFromSetup(saved);
  const sameSeasons = form.seasonality === before.seasonality && form.granularity === before.granularity;
  return {
    setup: {
      ...result.setup,
      funnel: saved.funnel,
      tiers: saved.tiers,
      ramp: saved.ramp,
      currencyFormat: saved.currencyFormat,
      seasonality: sameSeasons ? saved.seasonality : result.setup.seasonality,
      ...(saved.rebase ? { rebase: saved.rebase } : {}),
    },
  };
}

/** `12,000,000` as the manager would type it; cents only when there are any. */
export function amountText(amount: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
}

/** The preset whose weights are closest to the setup's (after normalising). */
function nearestPreset(setup: PlanSetup): SeasonalityPreset {
  const total = setup.seasonality.reduce((a, b) => a + b, 0) || 1;
  const weights = setup.seasonality.map((w) => w / total);
  const distance = (preset: SeasonalityPreset) =>
    presetSeasonality(preset, setup.granularity).reduce((sum, w, i) => sum + Math.abs(w - (weights[i] ?? 0)), 0);
  return distance('springFestival') < distance('even') ? 'springFestival' : 'even';
}
