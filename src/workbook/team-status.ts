/**
 * **The team's status as the pane lists it**: how many reps stand at each Status, and the
 * flagged ones (At risk, Lagging) sorted by how far behind plan they are today, each with the
 * reasons the Dashboard's Reason column gives — in the language asked for, which may be the
 * pane's rather than the workbook's.
 *
 * It is the Dashboard model (dashboard-model.ts), not a second judgement: the same columns'
 * `model`s that the LibreOffice oracle proves equal to the sheet's formulas. So the list agrees
 * with the Dashboard's Status and Reason exactly, in the workbook's language word for word
 * (tests/oracle/team-status.oracle.test.ts compares it with LibreOffice's calculated cells).
 */
import { computeDashboard, type DashboardRow } from './dashboard-model';
import { actualsRepRows, buildLayout, dashboardCol, FIRST_ROW } from './layout';
import { workbookText, type RuleKey } from './i18n';
import { effectiveSetupInputs } from './input-numbers';
import { planPeriods } from './periods';
import type { PlanSetup, QuotaTable, Rep } from './plan';
import { planQuotas } from './quotas';
import type { Locale } from '../core/locale';
import type { CellRect, InputValues, SheetKey } from './spec';
import { figureKind, type FigureKind } from './columns/dashboard-warnings';
import { RULE_COL, RULE_DEFAULTS, RULE_KEYS, ruleRow, ruleSettings, type Severity } from './warning-rules';

/** A Dashboard Status, by its key (the words differ by language). */
export type StatusKey = 'onTrack' | 'atRisk' | 'lagging' | 'notStarted' | 'left' | 'noTarget';
export const STATUS_KEYS: readonly StatusKey[] = ['lagging', 'atRisk', 'onTrack', 'noTarget', 'notStarted', 'left'];

/** What the list needs of a saved plan. */
export interface StatusPlan {
  setup: PlanSetup;
  reps: readonly Rep[];
  /** Quotas fixed by a re-plan; computed from the setup when absent, as the build does. */
  quotas?: QuotaTable;
  /** The workbook's language (its rule words are read in either language). */
  locale: Locale;
}

export interface FlaggedRep {
  repId: string;
  name: string;
  /** 0-based position of the rep in the plan: their Dashboard row and Actuals block. */
  index: number;
  status: Severity;
  /** Target to date − actual to date: how far behind plan the rep is today (negative: ahead). */
  behind: number;
  /** The Reason's parts: each firing rule with its figure, then the gap's main cause. */
  reasons: string[];
}

/** A warning rule as the Setup cells hold it, for the pane's editor. */
export interface RuleState {
  key: RuleKey;
  on: boolean;
  /** The threshold in force (the pace rules': the Setup parameters At risk / Lagging below). */
  threshold: number;
  severity: Severity;
  /** How the threshold reads: a share in % (pace, collection, projection, chance), a multiple of the team's (×), a count. */
  figure: FigureKind;
}

/** One rep's own numbers, as their Dashboard row shows them (a rep's "My numbers"). */
export interface RepNumbers {
  repId: string;
  name: string;
  status: StatusKey;
  reasons: string[];
  /** The annual quota (with the cushion). */
  quota: number;
  targetToDate: number;
  actualToDate: number;
  /** Actual ÷ what is due so far; null without a target yet, before the start or after leaving. */
  pace: number | null;
  /** Quota − actual to date. */
  gap: number;
  /** The gap spread over the periods still to come; null when none remains. */
  requiredPerPeriod: number | null;
}

export interface TeamStatus {
  asOf: number;
  /** Every rep, in plan order. */
  reps: RepNumbers[];
  counts: Record<StatusKey, number>;
  flagged: FlaggedRep[];
  /** The team row's Status and reasons. */
  team: { status: StatusKey; reasons: string[] };
  rules: RuleState[];
}

/**
 * The team's status from a saved plan and the inputs read back.
 *
 * @example
 * teamStatus(plan, inputs, 'zh-CN').flagged[0]; // => { repId: 'R07', status: 'lagging', behind: 41200, reasons: ['进度50%', …], … }
 */
export function teamStatus(plan: StatusPlan, inputs: InputValues, locale: Locale): TeamStatus {
  const text = workbookText(locale);
  const quotas = planQuotas(plan);
  const model = computeDashboard(plan.setup, plan.reps, quotas, inputs, locale);
  const byWord = new Map<unknown, StatusKey>(STATUS_KEYS.map((key) => [text.words[key], key]));
  const statusOf = (row: DashboardRow): StatusKey => byWord.get(row.status) ?? 'noTarget';
  // The Reason joins its parts with the separator, which no part contains (tests/workbook/team-status.test.ts).
  const reasonsOf = (row: DashboardRow) =>
    typeof row.reason === 'string' && row.reason !== '' ? row.reason.split(text.rules.separator) : [];

  const counts = Object.fromEntries(STATUS_KEYS.map((k) => [k, 0])) as Record<StatusKey, number>;
  const flagged: FlaggedRep[] = [];
  const reps: RepNumbers[] = [];
  model.reps.forEach((row, index) => {
    const status = statusOf(row);
    counts[status] += 1;
    reps.push({
      repId: plan.reps[index].id,
      name: plan.reps[index].name,
      status,
      reasons: reasonsOf(row),
      quota: num(row.annualQuota),
      targetToDate: num(row.targetToDate),
      actualToDate: num(row.actualToDate),
      pace: typeof row.pace === 'number' ? row.pace : null,
      gap: num(row.gap),
      requiredPerPeriod: typeof row.requiredPerPeriod === 'number' ? row.requiredPerPeriod : null,
    });
    if (status !== 'atRisk' && status !== 'lagging') return;
    const rep = plan.reps[index];
    flagged.push({
      repId: rep.id,
      name: rep.name,
      index,
      status,
      behind: num(row.targetToDate) - num(row.actualToDate),
      reasons: reasonsOf(row),
    });
  });
  flagged.sort((a, b) => b.behind - a.behind || a.index - b.index);

  const { atRisk, lagging } = effectiveSetupInputs(plan.setup, inputs);
  const settings = ruleSettings(inputs, text, atRisk, lagging);
  const rules = RULE_KEYS.map((key): RuleState => ({
    key,
    on: settings[key].on,
    threshold: settings[key].threshold,
    severity: settings[key].level === 2 ? 'lagging' : 'atRisk',
    figure: figureKind(key),
  }));
  return { asOf: model.plan.asOf, reps, counts, flagged, team: { status: statusOf(model.team), reasons: reasonsOf(model.team) }, rules };
}

/** Where a rule's threshold lives: its own Setup cell, or the pace parameter it reads. */
export function thresholdSource(key: RuleKey): 'rule' | 'atRisk' | 'lagging' {
  const t = RULE_DEFAULTS[key].threshold;
  return typeof t === 'number' ? 'rule' : t;
}

export type RuleField = 'on' | 'threshold' | 'severity';

/**
 * The Setup cell holding one setting of a rule: its own row's cell, or — for a pace rule's
 * threshold — the parameter At risk below / Lagging below, which that row shows.
 */
export function ruleCell(plan: StatusPlan, key: RuleKey, field: RuleField): { row: number; column: number } {
  const layout = layoutOf(plan);
  const source = thresholdSource(key);
  if (field === 'threshold' && source !== 'rule') return { row: layout.setup.paramRow[source], column: layout.setup.valueCol };
  return { row: ruleRow(layout, key), column: RULE_COL[field] };
}

/** The Setup cell of the as-of date (`AsOfDate`), which the month-end routine moves. */
export function asOfCell(plan: StatusPlan): { row: number; column: number } {
  const layout = layoutOf(plan);
  return { row: layout.setup.paramRow.asOf, column: layout.setup.valueCol };
}

function layoutOf(plan: StatusPlan) {
  const text = workbookText(plan.locale);
  return buildLayout(text.sheets, plan.reps.length, planPeriods(plan.setup, text).length, plan.setup.funnel);
}

/** Where a rep is: their Dashboard row, or their Actuals block (every period × metric). */
export interface RepPlace {
  sheet: Extract<SheetKey, 'dashboard' | 'actuals'>;
  rect: CellRect;
  /** The cell holding the rep's ID, to check the sheet still has them there. */
  idCell: { row: number; column: number };
}

/** Where rep `index` (0-based, plan order) is on the Dashboard or in Actuals. */
export function repPlace(plan: StatusPlan, index: number, where: RepPlace['sheet']): RepPlace {
  const layout = layoutOf(plan);
  if (where === 'dashboard') {
    const row = FIRST_ROW + index;
    const rect = { top: row, bottom: row, left: 1, right: layout.dashboard.columns.length };
    return { sheet: where, rect, idCell: { row, column: dashboardCol(layout, 'repId') } };
  }
  const [top, bottom] = actualsRepRows(layout, index);
  return {
    sheet: where,
    rect: { top, bottom, left: layout.actuals.firstMetricCol, right: layout.actuals.lastMetricCol },
    idCell: { row: top, column: 1 },
  };
}

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
