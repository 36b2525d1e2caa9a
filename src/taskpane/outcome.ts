/**
 * What the pane says after an operation succeeded, from the summary src/excel returns:
 * enough for the manager to see that nothing was lost (inputs kept, values archived).
 */
import type { OperationSummary } from '../excel';
import { fill, type UiStrings } from './i18n';

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

export function failureOutcome(action: PlanAction, message: string, t: UiStrings): Outcome {
  const fromForm = action === 'build' || action === 'replan';
  return { intent: 'error', where: fromForm ? 'form' : 'actions', title: t.actionFailed, body: message };
}
