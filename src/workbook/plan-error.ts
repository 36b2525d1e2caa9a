/**
 * Errors the task pane can show as they are: each says what happened and what to do.
 * `code` lets the pane pick its own (localised) words instead. They live here, below
 * src/excel, because the plan's own checks (numbers it cannot compute with) are decided in
 * src/workbook; src/excel re-exports them with the workbook-side errors it raises itself.
 */
export type PlannerErrorCode =
  | 'noPlan'
  | 'unreadablePlan'
  | 'sheetTaken'
  | 'tooLarge'
  | 'badNumber'
  | 'coauthorBusy'
  | 'selectionTooLarge'
  /** The plan's sheets would not fit Excel's grid (excel-fit.ts); `subject` holds the figures as JSON. */
  | 'exceedsExcel'
  | 'repMoved'
  | 'ruleChanged';

export class PlannerError extends Error {
  constructor(
    readonly code: PlannerErrorCode,
    message: string,
    /** What the error is about (the clashing sheet's name, the input key), for a pane that words it itself. */
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}
