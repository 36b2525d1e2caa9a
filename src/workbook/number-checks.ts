/**
 * **Numbers the plan cannot compute with are refused before anything is written**, with a
 * message in the plan's language that names where the number is and what to do.
 *
 * The bound is `MAX_INPUT_NUMBER` = 10^13 either way, for every amount, count and weight, typed
 * in a cell or given by the pane: Excel keeps 15 significant digits, so 10^13 is where an
 * amount can no longer be held to the cent — and quotas are split in cents (`split` in core
 * counts at most 10^15 units). No sales figure comes near it. Under it the plan's arithmetic
 * stays far from overflow: a 5,000-rep × 12-period sum is below 10^18, and divisions are by
 * quotas rounded to cents or by day counts. Dates must be
 * dates Excel shows (0..`MAX_EXCEL_DATE`). What the plan computes is still checked
 * (`computeOrRefuse`): a DomainError or a number that is not finite out of its models is
 * refused as well, never handed to a renderer.
 */
import { DomainError } from '../core/errors';
import { MAX_EXCEL_DATE } from '../core/dates';
import type { Locale } from '../core/locale';
import { workbookText, type WorkbookText } from './i18n';
import { splitKey } from './input-placer';
import { metricColumns, metricName } from './metrics';
import { planPeriods } from './periods';
import type { PlanSetup, Rep } from './plan';
import { PlannerError } from './plan-error';
import type { InputValues } from './spec';

/** The largest amount, count or weight the plan computes with, either way (see above). */
export const MAX_INPUT_NUMBER = 1e13;
const LIMIT_TEXT = MAX_INPUT_NUMBER.toLocaleString('en-US');

const outOfRange = (x: number) => !Number.isFinite(x) || Math.abs(x) > MAX_INPUT_NUMBER;
const notADate = (x: number) => !Number.isFinite(x) || x < 0 || x > MAX_EXCEL_DATE;

/**
 * Refuses an input cell (Actuals, Setup) that holds a number beyond the bound. Text and blanks
 * are no number (the formulas skip them too); Setup's as-of date must be a date.
 * @throws {PlannerError} `badNumber`, its `subject` the input key
 */
export function checkInputNumbers(setup: PlanSetup, inputs: InputValues, locale: Locale): void {
  let text: WorkbookText | undefined;
  for (const key in inputs) {
    const value = inputs[key];
    if (typeof value !== 'number') continue;
    const { sheet, row, column } = splitKey(key);
    const bad = sheet === 'setup' && row === 'asOf' ? notADate(value) : outOfRange(value);
    if (!bad) continue;
    text ??= workbookText(locale);
    const where = sheet === 'actuals' ? actualCell(setup, row, column, text) : (text.setup.params[row as 'asOf'] ?? row);
    const sheetName = sheet === 'actuals' || sheet === 'setup' ? text.sheets[sheet] : sheet;
    throw new PlannerError('badNumber', text.problems.inputNumber(sheetName, where, String(value), LIMIT_TEXT), key);
  }
}

/** "rep R007, Mar 2026, Signed amount" for an Actuals row key `R007|2026-03` and column `signed`. */
function actualCell(setup: PlanSetup, row: string, column: string, text: WorkbookText): string {
  const bar = row.lastIndexOf('|');
  const [repId, periodId] = bar < 0 ? [row, ''] : [row.slice(0, bar), row.slice(bar + 1)];
  const period = safePeriods(setup, text).find((p) => p.id === periodId)?.label ?? periodId;
  const metric = metricColumns(setup.funnel).find((m) => m.id === column);
  return text.problems.actualCell(repId, period, metric ? metricName(metric, text) : column);
}

function safePeriods(setup: PlanSetup, text: WorkbookText) {
  try {
    return planPeriods(setup, text);
  } catch {
    return []; // a plan whose periods cannot be made is refused by checkPlan anyway
  }
}

/**
 * Refuses a plan (from the pane's form and team range) with a number beyond the bound or a
 * date Excel cannot show.
 * @throws {PlannerError} `badNumber`
 */
export function checkPlanNumbers(setup: PlanSetup, reps: readonly Rep[], locale: Locale): void {
  const text = workbookText(locale);
  const p = text.setup.params;
  const refuse = (field: string, value: number) => {
    throw new PlannerError('badNumber', text.problems.planNumber(field, String(value), LIMIT_TEXT));
  };
  const numbers: [string, number][] = [
    [p.target, setup.target],
    [p.cushion, setup.cushion],
    [p.blendHistoryShare, setup.blendHistoryShare],
    [p.atRisk, setup.thresholds.atRisk],
    [p.lagging, setup.thresholds.lagging],
    ...setup.ramp.map((x): [string, number] => [text.changeLog.ramp, x]),
    ...setup.seasonality.map((x): [string, number] => [text.changeLog.seasonality, x]),
    ...setup.funnel.map((s): [string, number] => [text.problems.funnel, s.probability]),
    ...setup.tiers.flatMap((t): [string, number][] => [
      [text.problems.tiers, t.threshold],
      [text.problems.tiers, t.rate],
    ]),
    ...(setup.rebase ? [[p.replanBase, setup.rebase.actualBefore] as [string, number]] : []),
  ];
  for (const [field, value] of numbers) if (outOfRange(value)) refuse(field, value);
  for (const [field, value] of [
    [p.periodStart, setup.periodStart],
    [p.asOf, setup.asOf],
  ] as const) {
    if (notADate(value)) refuse(field, value);
  }
  for (const rep of reps) {
    const refuseRep = (field: string, value: number) => {
      throw new PlannerError('badNumber', text.problems.repNumber(rep.id.slice(0, 40), field, String(value), LIMIT_TEXT));
    };
    if (outOfRange(rep.history)) refuseRep(text.problems.history, rep.history);
    if (outOfRange(rep.potential)) refuseRep(text.problems.potential, rep.potential);
    if (rep.startDate !== null && notADate(rep.startDate)) refuseRep(text.problems.startDate, rep.startDate);
    if (rep.leaveDate != null && notADate(rep.leaveDate)) refuseRep(text.problems.leaveDate, rep.leaveDate);
  }
}

/**
 * Runs the plan's arithmetic; a DomainError out of it (core refuses a result that is not
 * finite) becomes a refusal in the plan's language, as does a result `finite` finds not finite.
 * @throws {PlannerError} `badNumber`
 */
export function computeOrRefuse<T>(locale: Locale, compute: () => T, finite: (result: T) => boolean = () => true): T {
  const text = workbookText(locale);
  let result: T;
  try {
    result = compute();
  } catch (error) {
    if (error instanceof DomainError) throw new PlannerError('badNumber', text.problems.cannotCompute(error.message));
    throw error;
  }
  if (!finite(result)) throw new PlannerError('badNumber', text.problems.cannotCompute(String(Infinity)));
  return result;
}

/** Whether every number in a nested structure of arrays and records is finite. */
export function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}
