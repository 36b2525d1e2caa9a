/**
 * The defaults a new plan gets, written once: the task pane's form starts from them, the sample
 * plan is built on them, and `ramp` falls back to the same ramp. Numbers (and number formats)
 * only: the words that go with them — the plan's name, the funnel stages' names — are per
 * locale in the workbook text (`defaults` in src/workbook/i18n).
 */
import type { Locale } from './locale';

/** A new hire's capacity in tenure months 1–3: 25%, 50%, 75%; full capacity after. */
export const DEFAULT_RAMP: readonly number[] = [0.25, 0.5, 0.75];

/** Even months, or a Chinese-market year: a slow February (Spring Festival) and a strong Q4. */
export type SeasonalityPreset = 'even' | 'springFestival';

/** The monthly weights of each preset: 12 months, January first, summing to 1. */
export const SEASONALITY_PRESETS: Record<SeasonalityPreset, readonly number[]> = {
  even: new Array<number>(12).fill(1 / 12),
  springFestival: [0.075, 0.055, 0.08, 0.08, 0.085, 0.085, 0.08, 0.08, 0.085, 0.09, 0.095, 0.11],
};

/** The plan parameters a new plan starts with, whatever its locale. */
export const PLAN_DEFAULTS = {
  granularity: 'month',
  /** Rep quotas sum to target × (1 + cushion). */
  cushion: 0.1,
  method: 'blend',
  /** In a blend, the share of history in each rep's weight (the rest is potential). */
  blendHistoryShare: 0.6,
  paceMode: 'seasonal',
  /** Status "At risk" below 90% of pace, "Lagging" below 75%. */
  thresholds: { atRisk: 0.9, lagging: 0.75 },
  ramp: DEFAULT_RAMP,
  /** Win probability of each default funnel stage, in funnel order (the names are per locale). */
  funnelProbabilities: [0.05, 0.2, 0.5, 1],
  /** Commission: 4% up to quota, 6% from 100% attainment, 8% from 150%. */
  tiers: [
    { threshold: 0, rate: 0.04 },
    { threshold: 1, rate: 0.06 },
    { threshold: 1.5, rate: 0.08 },
  ],
} as const;

/** What differs by locale besides words: the seasonality the form offers first, the money format. */
export const LOCALE_DEFAULTS: Record<Locale, { seasonality: SeasonalityPreset; currencyFormat: string }> = {
  'en-US': { seasonality: 'even', currencyFormat: '#,##0' },
  'zh-CN': { seasonality: 'springFestival', currencyFormat: '¥#,##0' },
};

/** The parts of a plan setup that a new plan takes from the defaults (the rest it is given). */
export interface DefaultPlanParts {
  cushion: number;
  method: typeof PLAN_DEFAULTS.method;
  blendHistoryShare: number;
  ramp: number[];
  thresholds: { atRisk: number; lagging: number };
  funnel: { name: string; probability: number }[];
  tiers: { threshold: number; rate: number }[];
  currencyFormat: string;
}

/**
 * The default parts of a new plan's setup in `locale` — fresh copies, so a caller may change
 * them — with the funnel stages named `stageNames` (the locale's `defaults.funnelStages`).
 */
export function defaultPlanParts(locale: Locale, stageNames: readonly string[]): DefaultPlanParts {
  const d = PLAN_DEFAULTS;
  if (stageNames.length !== d.funnelProbabilities.length) {
    throw new RangeError(`${d.funnelProbabilities.length} funnel stage names expected, not ${stageNames.length}`);
  }
  return {
    cushion: d.cushion,
    method: d.method,
    blendHistoryShare: d.blendHistoryShare,
    ramp: [...d.ramp],
    thresholds: { ...d.thresholds },
    funnel: stageNames.map((name, index) => ({ name, probability: d.funnelProbabilities[index] })),
    tiers: d.tiers.map((tier) => ({ ...tier })),
    currencyFormat: LOCALE_DEFAULTS[locale].currencyFormat,
  };
}
