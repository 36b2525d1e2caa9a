/**
 * Every string the task pane shows. Each locale table is typed `UiStrings`, so a key missing from
 * a table (or misspelt in one) is a compile error; tests/taskpane/i18n.test.ts checks the same at
 * run time, that no string is empty, and that both tables use the same `{placeholders}`
 * (filled by `fill`, see fill.ts).
 */
import type { SafeStrings } from './safe-strings';
export interface UiStrings extends SafeStrings {
  productName: string;
  tagline: string;
  starting: string;
  functionsTitle: string;
  functionsIntro: string;
  functionsLoading: string;
  functionsUnavailable: string;
  examplesTitle: string;
  exampleReturns: string;
  outsideTitle: string;
  outsideBody: string;
  outsideStepSideload: string;
  outsideStepOpen: string;
  outsideStepType: string;
  otherHostTitle: string;
  otherHostBody: string;
  tooOldTitle: string;
  /** {sets}: the requirement sets missing, as `ExcelApi 1.9, SharedRuntime 1.1` (names are the same in every language). */
  tooOldBody: string;
  functionsNeedNewerExcel: string;

  // The planning panel: reading the saved plan.
  planLoading: string;
  planUnreadableTitle: string;
  retry: string;

  // Building a plan: the card and the form.
  buildTitle: string;
  buildIntro: string;
  fieldPlanName: string;
  fieldTarget: string;
  fieldStartMonth: string;
  fieldGranularity: string;
  granularityMonth: string;
  granularityQuarter: string;
  fieldAsOf: string;
  groupSplit: string;
  fieldCushion: string;
  fieldMethod: string;
  methodEqual: string;
  methodHistory: string;
  methodPotential: string;
  methodBlend: string;
  fieldBlendHistory: string;
  fieldPace: string;
  paceSeasonal: string;
  paceLinear: string;
  fieldSeasonality: string;
  seasonalityEven: string;
  seasonalitySpringFestival: string;
  groupStatus: string;
  fieldAtRisk: string;
  fieldLagging: string;
  buildButton: string;
  formHasProblems: string;

  // Why a form field is rejected (plan-form.ts FormProblem).
  problemRequired: string;
  problemNotNumber: string;
  problemNotPositive: string;
  problemPercentRange: string;
  problemBadDate: string;
  problemAsOfOutside: string;
  problemThresholdOrder: string;

  // Where the team comes from.
  fieldTeam: string;
  teamSaved: string;
  teamRange: string;
  teamRangeHint: string;
  teamRangeReading: string;
  teamRangeFound: string;
  teamReadAgain: string;
  teamSample: string;
  fieldSampleSize: string;
  sampleMore: string;
  sampleFewer: string;

  // Why the selected range is not a team (reps-table.ts RepsProblem).
  repsEmpty: string;
  repsMissingId: string;
  repsMissingName: string;
  repsDuplicateId: string;
  repsNotNumberHistory: string;
  repsNotNumberPotential: string;
  repsBadDate: string;
  repsBadLeaveDate: string;
  repsLeaveBeforeStart: string;

  // A plan exists: its summary and actions.
  factTarget: string;
  factReps: string;
  factPeriods: string;
  factAsOf: string;
  factSaved: string;
  periodsMonths: string;
  periodsQuarters: string;
  refreshButton: string;
  snapshotButton: string;
  replanButton: string;
  changeButton: string;
  cancel: string;
  replanTitle: string;
  replanIntro: string;
  fieldNewTarget: string;
  fieldWhy: string;
  fieldWho: string;
  replanSubmit: string;
  changeTitle: string;
  changeIntro: string;
  changeAfterReplan: string;
  changeSubmit: string;

  // What an action did, or why it failed.
  outcomeBuilt: string;
  outcomeRefreshed: string;
  outcomeSnapshot: string;
  outcomeReplanned: string;
  outcomeDetails: string;
  outcomeAppended: string;
  actionFailed: string;
  errorNoPlan: string;
  errorUnreadablePlan: string;
  errorSheetTaken: string;
  errorCoauthorBusy: string;
  errorTooLarge: string;
  /** {max}: the most cells read from a selection. */
  errorSelectionTooLarge: string;
  /** {rep}: the Rep ID; {sheet}: the sheet's name. */
  errorRepMoved: string;
  /** {rule}: what the rule watches. */
  errorRuleChanged: string;

  // Progress of an action, and what a failed one says (src/taskpane/outcome.ts, src/taskpane/problem-text.ts).
  progressRead: string;
  progressPlan: string;
  /** {request}, {requests}: the request being sent, of how many (an estimate). */
  progressWrite: string;
  progressRecover: string;
  /** {percent}: how far, as a percentage. */
  progressPercent: string;
  failedBuild: string;
  failedRefresh: string;
  failedSnapshot: string;
  failedReplan: string;
  changedNothing: string;
  changedRestored: string;
  changedWritten: string;
  changedUnknown: string;
  errorDetails: string;
  errorBadNumber: string;
  errorUnknown: string;
  officeAccessDenied: string;
  officeConflict: string;
  officeCellEditing: string;
  officeInterrupted: string;
  officeTooLarge: string;
  officeMissing: string;
  officeExists: string;
  officeUnsupported: string;
  officeInactive: string;
  officeGeneral: string;

  // The team's status (after a build or refresh, and as Actuals and Setup change).
  statusTitle: string;
  /** {date}: the plan's as-of date. */
  statusAsOf: string;
  statusLoading: string;
  statusUnreadable: string;
  /** The counts by status, for screen readers. */
  statusCountsLabel: string;
  /** {status}: a Status word; {n}: how many reps have it. */
  statusCount: string;
  /** {status}: the team row's Status. */
  statusTeam: string;
  statusNoneFlagged: string;
  /** {n}: how many reps are flagged. */
  statusFlaggedLabel: string;
  /** {amount}: target to date − actual to date. */
  statusBehind: string;
  /** {amount}: actual to date − target to date. */
  statusAhead: string;
  /** {name}: the rep; the click selects their Dashboard row. */
  statusShowRow: string;
  statusActuals: string;
  /** {name}: the rep; the click selects their Actuals rows. */
  statusShowActuals: string;
  /** {n}: how many more flagged reps a click shows. */
  statusShowMore: string;
  // The month-end routine.
  monthEndTitle: string;
  monthEndIntro: string;
  monthEndMove: string;
  /** {date}: the new as-of date. */
  monthEndMoved: string;
  /** {date}: the last snapshot's date. */
  monthEndLastSnapshot: string;
  monthEndNoSnapshot: string;
  // A rep's own numbers.
  myTitle: string;
  myIntro: string;
  myPick: string;
  myNoMatch: string;
  myQuota: string;
  myActual: string;
  myTarget: string;
  myPace: string;
  myGap: string;
  myRequired: string;
  myStatus: string;
  myGoToRows: string;
  myChange: string;
  rulesTitle: string;
  rulesIntro: string;
  ruleThreshold: string;
  ruleSeverity: string;
  unitEntries: string;
  problemRuleThreshold: string;
  problemPaceOrder: string;
}
