/**
 * Errors the task pane can show as they are: each says what happened and what to do.
 * `code` lets the pane pick its own (localised) words instead.
 */
export type PlannerErrorCode = 'noPlan' | 'unreadablePlan' | 'sheetTaken' | 'tooLarge' | 'coauthorBusy' | 'selectionTooLarge';

export class PlannerError extends Error {
  constructor(
    readonly code: PlannerErrorCode,
    message: string,
    /** What the error is about (the clashing sheet's name), for a pane that words it itself. */
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'PlannerError';
  }
}

export const plannerErrors = {
  noPlan: () => new PlannerError('noPlan', 'The workbook has no Sales Planner plan yet — build one first.'),
  unreadablePlan: (why: string) =>
    new PlannerError(
      'unreadablePlan',
      `The Sales Planner plan saved in this workbook cannot be read (${why}). Build the plan again from the task pane.`,
    ),
  sheetTaken: (name: string) =>
    new PlannerError(
      'sheetTaken',
      `The workbook already has a sheet named “${name}” that is not part of a Sales Planner plan. Rename or move that sheet, then build again.`,
      name,
    ),
  coauthorBusy: (cells: number) =>
    new PlannerError(
      'coauthorBusy',
      `The plan was rebuilt, but ${cells} input cell(s) kept changing while it was (someone is typing in them). Wait until they are done, then refresh the plan.`,
      String(cells),
    ),
  tooLarge: (what: string) => new PlannerError('tooLarge', `${what} is too large to send to Excel in one request (5 MB).`),
  selectionTooLarge: (cells: number, max: number) =>
    new PlannerError(
      'selectionTooLarge',
      `The selection holds ${cells} filled cells, more than a team table (at most ${max}). Select just the team's table, headers included.`,
      String(max),
    ),
};
