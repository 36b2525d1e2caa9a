/** The saved plan as the summary card lists it: label and value, in the pane's language. */
import { serialToYmd } from '../core/dates';
import type { PlanState } from '../excel';
import type { Locale } from '../core/locale';
import { fill, type UiStrings } from './i18n';
import { isoDate } from './plan-form';

export interface PlanFact {
  label: string;
  value: string;
}

/** `timeZone` is for tests; the pane shows the save time in the user's own zone. */
export function planFacts(plan: PlanState, locale: Locale, t: UiStrings, timeZone?: string): PlanFact[] {
  const { setup } = plan;
  const { year, month } = serialToYmd(setup.periodStart);
  const start = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
  const periods = fill(setup.granularity === 'quarter' ? t.periodsQuarters : t.periodsMonths, { count: setup.periodCount, start });
  const saved = new Date(plan.savedAt);
  const facts: PlanFact[] = [
    { label: t.factTarget, value: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(setup.target) },
    { label: t.factReps, value: new Intl.NumberFormat(locale).format(plan.reps.length) },
    { label: t.factPeriods, value: periods },
    { label: t.factAsOf, value: isoDate(Math.floor(setup.asOf)) },
  ];
  if (!Number.isNaN(saved.getTime())) {
    facts.push({
      label: t.factSaved,
      value: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(saved),
    });
  }
  return facts;
}
