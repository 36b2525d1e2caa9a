/**
 * The pane's sentences for what went wrong: a form field, a team range, or an operation.
 * src/excel's errors carry English messages for logs and tools; the pane words every error
 * by its `code` in its own language, and keeps the error's own text for "Details".
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

/**
 * What to tell the user about a failed operation, in the pane's language: the planner's own
 * errors by `code`, Office's by its error code ({@link officeErrorText}); never Office's
 * English text (that goes under "Details": {@link errorDetails}).
 */
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
      case 'badNumber':
        return t.errorBadNumber;
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
        return breach ? limitMessage(breach, paneLocale(t)) : t.errorTooLarge;
      }
    }
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? officeErrorText(code, t) : t.errorUnknown;
}

/**
 * The error's own text, for "Details" (collapsed), when the pane's words are not it: Office's
 * message (English whatever the pane's language), a refusal's figures in the plan's language.
 * None when the pane's sentence says everything (the planner's own errors but `badNumber`).
 */
export function errorDetails(error: unknown): string | undefined {
  if (error instanceof PlannerError && error.code !== 'badNumber') return undefined;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const code = (error as { code?: unknown } | null)?.code;
  const text = [typeof code === 'string' && !(error instanceof PlannerError) ? code : '', message].filter(Boolean).join(': ');
  return text || undefined;
}

/**
 * Office's error codes (Excel.ErrorCodes, OfficeExtension's) in words, grouped by what the
 * user can do about them; a code not listed is Excel's general failure.
 */
const OFFICE_ERRORS: Record<string, keyof UiStrings> = {
  AccessDenied: 'officeAccessDenied',
  NotAllowed: 'officeAccessDenied',
  Unauthenticated: 'officeAccessDenied',
  Conflict: 'officeConflict',
  InsertDeleteConflict: 'officeConflict',
  MergedRangeConflict: 'officeConflict',
  FilteredRangeConflict: 'officeConflict',
  PivotTableRangeConflict: 'officeConflict',
  NonBlankCellOffSheet: 'officeConflict',
  DirtySupportingFormula: 'officeConflict',
  InvalidOperationInCellEditMode: 'officeCellEditing',
  EditModeCannotAcquireFocus: 'officeCellEditing',
  RequestAborted: 'officeInterrupted',
  OperationAborted: 'officeInterrupted',
  ServiceNotAvailable: 'officeInterrupted',
  Timeout: 'officeInterrupted',
  ConnectionFailure: 'officeInterrupted',
  RequestPayloadSizeLimitExceeded: 'officeTooLarge',
  ResponsePayloadSizeLimitExceeded: 'officeTooLarge',
  OperationCellsExceedLimit: 'officeTooLarge',
  RangeExceedsLimit: 'officeTooLarge',
  FormulaLengthExceedsLimit: 'officeTooLarge',
  ItemNotFound: 'officeMissing',
  InvalidReference: 'officeMissing',
  InvalidBinding: 'officeMissing',
  ItemAlreadyExists: 'officeExists',
  ApiNotFound: 'officeUnsupported',
  NotImplemented: 'officeUnsupported',
  NotSupported: 'officeUnsupported',
  UnsupportedOperation: 'officeUnsupported',
  UnsupportedFeature: 'officeUnsupported',
  UnsupportedSheet: 'officeUnsupported',
  InactiveWorkbook: 'officeInactive',
};

/** An Office error code in the pane's words. */
export function officeErrorText(code: string, t: UiStrings): string {
  return t[Object.prototype.hasOwnProperty.call(OFFICE_ERRORS, code) ? OFFICE_ERRORS[code] : 'officeGeneral'];
}

/** The locale whose table `t` is. */
function paneLocale(t: UiStrings): Locale {
  return (Object.keys(uiStrings) as Locale[]).find((locale) => uiStrings[locale] === t) ?? 'en-US';
}
