/**
 * The pane's sentences for what went wrong: a form field, a team range, or an operation.
 * src/excel's errors carry English messages for logs and tools; the pane words the ones it
 * knows (by `code`) in its own language and shows any other error's message as it is.
 */
import { PlannerError } from '../excel';
import type { Locale } from '../core/locale';
import { limitBreachOf, limitMessage } from '../workbook/limit-message';
import { fill, uiStrings, type UiStrings } from './i18n';
import type { FormProblem } from './plan-form';
import type { RepsProblem } from './reps-table';

export function formProblemText(problem: FormProblem, t: UiStrings): string {
  const texts: Record<FormProblem, string> = {
    required: t.problemRequired,
    notNumber: t.problemNotNumber,
    notPositive: t.problemNotPositive,
    percentRange: t.problemPercentRange,
    badDate: t.problemBadDate,
    asOfOutside: t.problemAsOfOutside,
    thresholdOrder: t.problemThresholdOrder,
  };
  return texts[problem];
}

export function repsProblemText(problem: RepsProblem, t: UiStrings): string {
  switch (problem.kind) {
    case 'empty':
      return t.repsEmpty;
    case 'missingColumn':
      return problem.column === 'id' ? t.repsMissingId : t.repsMissingName;
    case 'duplicateId':
      return fill(t.repsDuplicateId, { row: problem.row, id: problem.id });
    case 'notNumber':
      return fill(problem.column === 'history' ? t.repsNotNumberHistory : t.repsNotNumberPotential, { row: problem.row });
    case 'badDate':
      return fill(t.repsBadDate, { row: problem.row });
    case 'badLeaveDate':
      return fill(t.repsBadLeaveDate, { row: problem.row });
    case 'leaveBeforeStart':
      return fill(t.repsLeaveBeforeStart, { row: problem.row });
  }
}

/** What to tell the user about a failed operation. */
export function errorText(error: unknown, t: UiStrings): string {
  if (error instanceof PlannerError) {
    switch (error.code) {
      case 'noPlan':
        return t.errorNoPlan;
      case 'unreadablePlan':
        return t.errorUnreadablePlan;
      case 'sheetTaken':
        return fill(t.errorSheetTaken, { sheet: error.subject ?? '?' });
      case 'tooLarge':
        return t.errorTooLarge;
      case 'coauthorBusy':
        return fill(t.errorCoauthorBusy, { cells: error.subject ?? '?' });
      case 'selectionTooLarge':
        return fill(t.errorSelectionTooLarge, { max: error.subject ?? '?' });
      case 'repMoved':
        return fill(t.errorRepMoved, { rep: error.subject ?? '?' });
      case 'ruleChanged':
        return fill(t.errorRuleChanged, { rule: error.subject ?? '?' });
      case 'exceedsExcel': {
        // Worded again from its figures, in the pane's language (the message is in the plan's).
        const breach = limitBreachOf(error.subject);
        if (breach) return limitMessage(breach, paneLocale(t));
        break;
      }
    }
  }
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The locale whose table `t` is. */
function paneLocale(t: UiStrings): Locale {
  return (Object.keys(uiStrings) as Locale[]).find((locale) => uiStrings[locale] === t) ?? 'en-US';
}
