/**
 * What the pane says after an operation succeeded, from the summary src/excel returns:
 * enough for the manager to see that nothing was lost (inputs kept, values archived).
 */
import { PlannerError, type OperationSummary, type Progress, type WorkbookChange } from '../excel';
import { fill, type UiStrings } from './i18n';
import { errorDetails, errorText } from './problem-text';

export type PlanAction = 'build' | 'refresh' | 'snapshot' | 'replan';

export interface Outcome {
  intent: 'success' | 'error';
  /**
   * Where the pane shows it: a failed build or re-plan next to the form's button (the form may
   * be scrolled far from the top); anything else under the plan's actions.
   */
  where: 'form' | 'actions';
  title: string;
  body: string;
  /** After a failure: what it left in the workbook, in words. */
  change?: string;
  /** After a failure: the error's own text (Office's, in English), shown under "Details", collapsed. */
  details?: string;
  /**
   * After a failure, what Retry does: the same action again, or a refresh when the change
   * landed (a second snapshot or re-plan would be appended twice); none when only a changed
   * form can help (a number out of range, a plan too large).
   */
  retry?: 'again' | 'refresh';
}

export function successOutcome(action: PlanAction, summary: OperationSummary, t: UiStrings, locale: string): Outcome {
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const details = fill(t.outcomeDetails, {
    sheets: count(summary.sheets.length),
    kept: count(summary.inputsKept),
    archived: count(summary.archived),
  });
  const appended = Object.entries(summary.appended)
    .filter(([, rows]) => rows > 0)
    .map(([sheet, rows]) => fill(t.outcomeAppended, { sheet, rows: count(rows) }));
  const titles: Record<PlanAction, string> = {
    build: t.outcomeBuilt,
    refresh: t.outcomeRefreshed,
    snapshot: t.outcomeSnapshot,
    replan: t.outcomeReplanned,
  };
  // A snapshot only appends to Review: sheets written and inputs kept would say nothing useful.
  const parts = action === 'snapshot' ? appended : [details, ...appended];
  return { intent: 'success', where: 'actions', title: titles[action], body: parts.join(' ') };
}

const FAILED: Record<PlanAction, keyof UiStrings> = {
  build: 'failedBuild',
  refresh: 'failedRefresh',
  snapshot: 'failedSnapshot',
  replan: 'failedReplan',
};

const CHANGED: Record<WorkbookChange, keyof UiStrings> = {
  nothing: 'changedNothing',
  restored: 'changedRestored',
  written: 'changedWritten',
  unknown: 'changedUnknown',
};

/** Refusals that the same request would meet again: only a changed form helps. */
const NOT_RETRIED = new Set(['badNumber', 'exceedsExcel', 'tooLarge', 'noPlan']);

/**
 * What the pane says when `action` failed with `error`, leaving `change` in the workbook
 * (src/excel's `workbookChangeAfter`): the action by name, why in the pane's language, what
 * changed, Office's own text for Details, and what Retry does.
 *
 * @example
 *   failureOutcome('refresh', officeError('GeneralException'), 'restored', enUS);
 *   // { title: 'Refresh did not finish', body: 'Excel could not finish the request.',
 *   //   change: 'Your inputs are intact: …', details: 'GeneralException: …', retry: 'again', … }
 */
export function failureOutcome(action: PlanAction, error: unknown, change: WorkbookChange, t: UiStrings): Outcome {
  const fromForm = action === 'build' || action === 'replan';
  const refused = error instanceof PlannerError && NOT_RETRIED.has(error.code);
  const retry = refused ? undefined : change === 'written' ? 'refresh' : 'again';
  const details = errorDetails(error);
  return {
    intent: 'error',
    // A build that landed replaced its form with the plan's card: say it under the actions.
    where: fromForm && change !== 'written' ? 'form' : 'actions',
    title: t[FAILED[action]],
    body: errorText(error, t),
    change: t[CHANGED[change]],
    ...(details ? { details } : {}),
    ...(retry ? { retry } : {}),
  };
}

/** What the pane shows while `action` runs: the step in words and how far (0 … 1). */
export interface Working {
  intent: 'progress';
  where: Outcome['where'];
  label: string;
  fraction: number;
  percent: string;
}

export function workingOutcome(action: PlanAction, progress: Progress | null, t: UiStrings, locale: string): Working {
  const step = progress?.step ?? 'read';
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);
  const labels = {
    read: t.progressRead,
    plan: t.progressPlan,
    write: fill(t.progressWrite, { request: count(progress?.request ?? 0), requests: count(progress?.requests ?? 0) }),
    recover: t.progressRecover,
  };
  const fraction = progress?.fraction ?? 0;
  const percent = fill(t.progressPercent, {
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction),
  });
  const fromForm = action === 'build' || action === 'replan';
  return { intent: 'progress', where: fromForm ? 'form' : 'actions', label: labels[step], fraction, percent };
}
