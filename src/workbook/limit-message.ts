/**
 * The words of a plan too large for Excel's sheets (excel-fit.ts decides it), apart from the
 * check so that the task pane can word a refusal in its own language from the figures the
 * error carries: this file reads only the workbook text.
 */
import type { Locale } from '../core/locale';
import { workbookText } from './i18n';
import type { SheetKey } from './spec';

/** What went over: the sheet, which limit, what the plan needs, what Excel allows, and the plan's size. */
export interface LimitBreach {
  sheet: SheetKey;
  limit: 'rows' | 'columns';
  needed: number;
  max: number;
  repCount: number;
  periodCount: number;
}

/**
 * **The refusal's sentence**: the limit, the figure the plan needs and what makes it, and what
 * to change (fewer reps, quarters instead of months, a shorter plan).
 *
 * @example
 * limitMessage({ sheet: 'targets', limit: 'columns', needed: 16_385, max: 16_384, repCount: 5, periodCount: 16_376 }, 'en-US');
 * // => 'This plan needs 16,385 columns on the Targets sheet (a column for each of 16,376 periods, …'
 */
export function limitMessage(breach: LimitBreach, locale: Locale): string {
  const text = workbookText(locale);
  const n = (x: number) => x.toLocaleString('en-US');
  const facts = {
    sheet: text.sheets[breach.sheet],
    needed: n(breach.needed),
    max: n(breach.max),
    reps: n(breach.repCount),
    periods: n(breach.periodCount),
  };
  if (breach.limit === 'columns') return text.problems.tooManyColumns(facts);
  return breach.sheet === 'actuals' ? text.problems.tooManyActualsRows(facts) : text.problems.tooManyRows(facts);
}

/** The figures a refusal carries in its `subject`, or null when they are not there. */
export function limitBreachOf(subject: string | undefined): LimitBreach | null {
  if (subject === undefined) return null;
  try {
    const facts = JSON.parse(subject) as Partial<LimitBreach>;
    const numbers = [facts.needed, facts.max, facts.repCount, facts.periodCount];
    if (
      !numbers.every((x) => typeof x === 'number') ||
      typeof facts.sheet !== 'string' ||
      (facts.limit !== 'rows' && facts.limit !== 'columns')
    ) {
      return null;
    }
    return facts as LimitBreach;
  } catch {
    return null;
  }
}
