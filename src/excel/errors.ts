/**
 * The errors of the Office.js layer, with their words (English: the pane words the ones it
 * knows by `code` in its own language). `PlannerError` itself is defined in
 * src/workbook/plan-error.ts, where the plan's refusals of bad numbers (`badNumber`, in the
 * plan's language) are raised too.
 */
import { PlannerError } from '../workbook/plan-error';

export { PlannerError, type PlannerErrorCode } from '../workbook/plan-error';

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
  repMoved: (repId: string, sheet: string) =>
    new PlannerError(
      'repMoved',
      `${repId} is no longer where the plan put them on ${sheet} (the sheet was changed since the plan was built). Refresh the plan, then try again.`,
      repId,
    ),
  ruleChanged: (rule: string) =>
    new PlannerError(
      'ruleChanged',
      `Someone changed the warning rule “${rule}” in Setup a moment ago; nothing was written. The rules now show what Setup holds: change it again if you still want to.`,
      rule,
    ),
};
