/**
 * **The team's status for the pane**, and the three things the pane does from it: jump to a
 * rep's Dashboard row or Actuals block, edit a warning rule in Setup, and hear when Actuals or
 * Setup change (a rep typing, a co-author's Remote edit) so the list can follow.
 *
 * The list is the Dashboard model (src/workbook/team-status.ts) over the inputs read back now,
 * not Excel's calculated cells: the model is what the LibreOffice oracle proves the formulas
 * compute, it can word the reasons in the pane's language, and it needs no recalculation to
 * have finished. Nothing here writes except `writeRule`, which writes the one Setup cell.
 */
import type { Locale } from '../core/locale';
import { cell, rectAddress } from '../workbook/a1';
import { workbookText, type RuleKey } from '../workbook/i18n';
import { numberOrNull } from '../workbook/input-numbers';
import { type CellValue, type InputValues, type SheetKey, type WorkbookSpec } from '../workbook/spec';
import { asOfCell, repPlace, ruleCell, teamStatus, type RepPlace, type RuleField, type TeamStatus } from '../workbook/team-status';
import { saysLagging, saysOn, type Severity } from '../workbook/warning-rules';
import { plannerErrors } from './errors';
import { inputCells } from './input-moves';
import type { ExcelRun } from './operations';
import { readPlan } from './read-plan';
import { REQUEST_BUDGET, RoundTrips } from './round-trips';
import type { PlanState } from './state';

export type { TeamStatus, FlaggedRep, RepNumbers, RuleState, StatusKey, RuleField } from '../workbook/team-status';

/** Excel.run, waiting while the user edits a cell instead of failing (as the operations do). */
const defaultRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

export interface StatusOptions {
  run?: ExcelRun;
  requestBudget?: number;
}

/**
 * The team's status now, worded in `locale`; null when the workbook has no plan. Reads the
 * saved plan and every input (the same reads a refresh starts with), writes nothing.
 */
export async function readTeamStatus(locale: Locale, options: StatusOptions = {}): Promise<TeamStatus | null> {
  const run = options.run ?? defaultRun;
  return run(async (context) => {
    const reading = await readPlan(new RoundTrips(context, options.requestBudget ?? REQUEST_BUDGET), false);
    if (!reading.state || !reading.previous) return null;
    return teamStatus(reading.state, withBlanks(reading.inputs, reading.previous), locale);
  });
}

/**
 * The inputs with every Setup input cell read blank marked `null`: the model then reads a
 * cleared rule or threshold as the formulas do (blank: off, 0, At risk), not as a cell the
 * build has yet to fill with its default.
 */
function withBlanks(inputs: InputValues, previous: WorkbookSpec): InputValues {
  const setup = previous.sheets.find((s) => s.key === 'setup');
  if (!setup) return inputs;
  const marked: Record<string, CellValue> = { ...inputs };
  for (const key of inputCells(setup).values()) if (!(key in marked)) marked[key] = null;
  return marked;
}

/** The sheet of the plan by its saved id (it survives a rename), else by its name. */
function planSheet(context: Excel.RequestContext, plan: PlanState, key: SheetKey): Excel.Worksheet {
  return context.workbook.worksheets.getItem(plan.sheetIds?.[key] ?? workbookText(plan.locale).sheets[key]);
}

/**
 * Selects a rep's Dashboard row or Actuals block (bringing the sheet to the front), after
 * checking the rep's ID is still in that row: two syncs.
 * @throws {PlannerError} `repMoved` when the sheet no longer has the rep where the plan put them
 */
export async function selectRep(plan: PlanState, repId: string, where: RepPlace['sheet'], options: StatusOptions = {}): Promise<void> {
  const run = options.run ?? defaultRun;
  const index = plan.reps.findIndex((r) => r.id === repId);
  const sheetName = workbookText(plan.locale).sheets[where];
  if (index < 0) throw plannerErrors.repMoved(repId, sheetName);
  const place = repPlace(plan, index, where);
  await run(async (context) => {
    const sheet = planSheet(context, plan, where);
    const id = sheet.getRange(cell(place.idCell.column, place.idCell.row)).load('values');
    await context.sync();
    if (String(id.values?.[0]?.[0] ?? '') !== repId) throw plannerErrors.repMoved(repId, sheetName);
    sheet.activate();
    sheet.getRange(rectAddress(place.rect)).select();
    await context.sync();
  });
}

/** One rule setting as the pane shows it; `was` is what the pane showed before the change. */
export type RuleEdit =
  | { key: RuleKey; field: 'on'; value: boolean; was: boolean }
  | { key: RuleKey; field: 'threshold'; value: number; was: number }
  | { key: RuleKey; field: 'severity'; value: Severity; was: Severity };

/** What a rule cell's value means to the Dashboard's formulas. */
function meaning(field: RuleField, value: CellValue): boolean | number | Severity {
  if (field === 'on') return saysOn(value);
  if (field === 'severity') return saysLagging(value) ? 'lagging' : 'atRisk';
  return numberOrNull(value) ?? 0;
}

/**
 * Writes one setting of a warning rule into its Setup cell — that cell only, in the workbook's
 * words — unless the cell no longer means what the pane showed (a co-author changed it since):
 * then nothing is written. Two syncs: read the cell, write it.
 * @throws {PlannerError} `ruleChanged` when the cell changed since the pane read it
 */
export async function writeRule(plan: PlanState, edit: RuleEdit, options: StatusOptions = {}): Promise<void> {
  const run = options.run ?? defaultRun;
  const text = workbookText(plan.locale);
  const at = ruleCell(plan, edit.key, edit.field);
  const address = cell(at.column, at.row);
  await run(async (context) => {
    const range = planSheet(context, plan, 'setup').getRange(address);
    range.load('values');
    await context.sync();
    if (meaning(edit.field, (range.values?.[0]?.[0] ?? null) as CellValue) !== edit.was)
      throw plannerErrors.ruleChanged(text.rules.watches[edit.key]);
    const value =
      edit.field === 'on' ? (edit.value ? text.rules.on : text.rules.off) : edit.field === 'severity' ? text.words[edit.value] : edit.value;
    range.values = [[value]];
    await context.sync();
  });
}

/**
 * Moves the as-of date: writes the Setup cell `AsOfDate` alone (every "to date" figure follows
 * it live), unless it no longer holds the date the pane showed (`was`, a co-author moved it):
 * then nothing is written. Two syncs.
 * @throws {PlannerError} `ruleChanged` (naming the as-of date) when the cell changed since the pane read it
 */
export async function writeAsOf(plan: PlanState, value: number, was: number, options: StatusOptions = {}): Promise<void> {
  const run = options.run ?? defaultRun;
  const text = workbookText(plan.locale);
  const at = asOfCell(plan);
  await run(async (context) => {
    const range = planSheet(context, plan, 'setup').getRange(cell(at.column, at.row));
    range.load('values');
    await context.sync();
    const now = numberOrNull(range.values?.[0]?.[0]);
    if (now === null || Math.floor(now) !== Math.floor(was)) throw plannerErrors.ruleChanged(text.setup.params.asOf);
    range.values = [[Math.floor(value)]];
    await context.sync();
  });
}

/** Stops listening (removes the handlers in the context that added them, as Office.js asks). */
export type StopWatching = () => Promise<void>;

/** Excel.run, on a new context or (to remove event handlers) on the one that added them. */
export type RunWith = <T>(context: Excel.RequestContext | null, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
const defaultRunWith: RunWith = (context, batch) => (context ? Excel.run(context, batch) : Excel.run(batch));

/**
 * Calls `onChange` whenever data changes on the plan's Setup or Actuals sheet, with the
 * event's source: `Local` (this user, this add-in included) or `Remote` (a co-author).
 * `worksheet.onChanged`, ExcelApi 1.7. The caller debounces.
 */
export async function watchPlanInputs(
  plan: PlanState,
  onChange: (source: 'Local' | 'Remote') => void,
  run: RunWith = defaultRunWith,
): Promise<StopWatching> {
  const handlers: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  await run(null, async (context) => {
    for (const key of ['setup', 'actuals'] as const) {
      handlers.push(planSheet(context, plan, key).onChanged.add(async (args) => onChange(args.source === 'Remote' ? 'Remote' : 'Local')));
    }
    await context.sync();
  });
  return async () => {
    await run(handlers[0].context as Excel.RequestContext, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}
