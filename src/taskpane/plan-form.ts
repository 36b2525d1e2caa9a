/**
 * The "Plan" form of the task pane as plain data: what the manager types (strings, as the
 * inputs hold them) and its translation into the `PlanSetup` that `buildPlan` takes.
 * Pure, so every rule is tested without a browser; the form component only renders it.
 */
import { endOfMonth, isoToSerial, serialToIso, serialToYmd, ymdToSerial } from '../core/dates';
import type { Locale } from '../core/locale';
import { defaultPlanParts, LOCALE_DEFAULTS, PLAN_DEFAULTS, SEASONALITY_PRESETS, type SeasonalityPreset } from '../core/plan-defaults';
import { workbookText } from '../workbook/i18n';
import type { Granularity, PaceMode, PlanSetup, SplitMethod } from '../workbook/plan';

export interface PlanForm {
  planName: string;
  target: string;
  /** First month of the plan, `yyyy-mm` (an `<input type="month">`). */
  startMonth: string;
  granularity: Granularity;
  /** `yyyy-mm-dd` (an `<input type="date">`). */
  asOf: string;
  cushionPercent: string;
  method: SplitMethod;
  blendHistoryPercent: string;
  paceMode: PaceMode;
  seasonality: SeasonalityPreset;
  atRiskPercent: string;
  laggingPercent: string;
}

export type FormField = keyof PlanForm;
/** Why a field is rejected; the pane shows the locale's sentence for it. */
export type FormProblem = 'required' | 'notNumber' | 'notPositive' | 'percentRange' | 'badDate' | 'asOfOutside' | 'thresholdOrder';
export type FormErrors = Partial<Record<FormField, FormProblem>>;

/** A form for a plan of the current year on the default parameters, reported to the end of last month. */
export function defaultForm(todaySerial: number, locale: Locale): PlanForm {
  const today = serialToYmd(todaySerial);
  const lastMonthEnd = ymdToSerial(today.year, today.month, 1) - 1;
  const asOf = Math.max(lastMonthEnd, ymdToSerial(today.year, 1, 31));
  const d = PLAN_DEFAULTS;
  return {
    planName: workbookText(locale).defaults.planName(today.year),
    target: '',
    startMonth: `${today.year}-01`,
    granularity: d.granularity,
    asOf: isoDate(asOf),
    cushionPercent: percentText(d.cushion),
    method: d.method,
    blendHistoryPercent: percentText(d.blendHistoryShare),
    paceMode: d.paceMode,
    seasonality: LOCALE_DEFAULTS[locale].seasonality,
    atRiskPercent: percentText(d.thresholds.atRisk),
    laggingPercent: percentText(d.thresholds.lagging),
  };
}

/** The setup the form describes, or the problems that stop it (one per field). */
export function toSetup(form: PlanForm, locale: Locale): { setup: PlanSetup } | { errors: FormErrors } {
  const errors: FormErrors = {};
  const number = (field: FormField, check: (n: number) => FormProblem | null): number => {
    const n = parseNumberText(String(form[field]));
    if (typeof n === 'string') return fail(field, n);
    const problem = check(n);
    return problem ? fail(field, problem) : n;
  };
  const fail = (field: FormField, problem: FormProblem) => ((errors[field] ??= problem), NaN);
  const percent = (field: FormField) => number(field, (n) => (n < 0 || n > 100 ? 'percentRange' : null)) / 100;

  const target = number('target', (n) => (n > 0 ? null : 'notPositive'));
  const start = parseMonth(form.startMonth) ?? fail('startMonth', 'badDate');
  const periodCount = form.granularity === 'quarter' ? 4 : 12;
  const end = Number.isNaN(start) ? NaN : endOfMonth(addMonths(start, 11));
  const asOf = parseDate(form.asOf) ?? fail('asOf', 'badDate');
  if (!Number.isNaN(asOf) && !Number.isNaN(end) && (asOf < start || asOf > end)) fail('asOf', 'asOfOutside');
  const atRisk = percent('atRiskPercent');
  const lagging = percent('laggingPercent');
  if (lagging > atRisk) fail('laggingPercent', 'thresholdOrder');
  const cushion = percent('cushionPercent');
  const blend = form.method === 'blend' ? percent('blendHistoryPercent') : 0.5;
  if (Object.keys(errors).length > 0) return { errors };

  const seasonality = presetSeasonality(form.seasonality, form.granularity);
  return {
    setup: {
      // Funnel, commission tiers, ramp and currency are not on the form: a new plan gets the defaults.
      ...defaultPlanParts(locale, workbookText(locale).defaults.funnelStages),
      planName: form.planName.trim() || defaultForm(start, locale).planName,
      target,
      periodStart: start,
      periodCount,
      granularity: form.granularity,
      asOf,
      cushion,
      method: form.method,
      blendHistoryShare: blend,
      seasonality,
      thresholds: { atRisk, lagging },
      paceMode: form.paceMode,
    },
  };
}

/** A number as people type it: thousands separators (`,` `，`) and spaces are allowed. */
export function parseNumberText(text: string): number | 'required' | 'notNumber' {
  const clean = text.trim().replace(/[,，\s]/g, '');
  if (clean === '') return 'required';
  const n = Number(clean);
  return Number.isFinite(n) ? n : 'notNumber';
}

/** The period weights of a preset: 12 months, or 4 quarters that are the months' sums. */
export function presetSeasonality(preset: SeasonalityPreset, granularity: Granularity): number[] {
  const monthly = SEASONALITY_PRESETS[preset];
  return granularity === 'quarter' ? [0, 3, 6, 9].map((m) => monthly.slice(m, m + 3).reduce((a, b) => a + b, 0)) : [...monthly];
}

/** A share as the form shows it in percent: 0.1 → `10` (not `10.000000000000002`). */
export function percentText(share: number): string {
  return String(Math.round(share * 100 * 1e6) / 1e6);
}

function parseMonth(text: string): number | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  return m && +m[2] >= 1 && +m[2] <= 12 ? ymdToSerial(+m[1], +m[2], 1) : null;
}

function parseDate(text: string): number | null {
  return isoToSerial(text.trim());
}

/** First day of the month `months` after `serial`'s (ymdToSerial rolls month 13 over like DATE). */
function addMonths(serial: number, months: number): number {
  const { year, month } = serialToYmd(serial);
  return ymdToSerial(year, month + months, 1);
}

/** `yyyy-mm-dd` of a serial date, as a date input shows it. */
export const isoDate = serialToIso;
