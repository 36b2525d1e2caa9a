/**
 * The two views a Dashboard catalog entry gets of its row: `RowRefs` to write its formula
 * (A1 references to the row's other columns, to Targets and Actuals, to the team total) and
 * `ModelRow` to compute the same number in TypeScript (the row's other values, the rep's
 * sums to date, the plan's calendar). Entries read only these, so each stays one declaration.
 */
import { absCell, cell, range, sheetRef } from '../a1';
import type { WorkbookText } from '../i18n';
import { actualsCol, actualsRepRows, dashboardCol, FIRST_ROW, type Layout } from '../layout';
import type { MetricId } from '../metrics';
import { PARAM_NAMES } from '../names';
import type { Rep } from '../plan';
import type { RuleSettings } from '../warning-rules';
import type { DashboardKey } from './dashboard';

/** What a Dashboard cell's formula may refer to. */
export interface RowRefs {
  text: WorkbookText;
  layout: Layout;
  /** The sheet row being built. */
  row: number;
  /** A1 address of another column in this row. */
  at(key: DashboardKey): string;
  /** A1 range of a column over all rep rows (for the team row). */
  repsOf(key: DashboardKey): string;
  /** Absolute address of a column's team mean over the active reps (for rep rows comparing with the team). */
  teamMean(key: DashboardKey): string;
  /** Sheet-qualified range of a metric on Actuals over every rep's rows (for the team row). */
  allActuals(metric: MetricId): string;
  /** The Actuals period-index column over the same rows as {@link RowRefs.allActuals}. */
  allPeriodIndexes: string;
}

/** A rep row also reaches the rep's Targets row and Actuals block. */
export interface RepRefs extends RowRefs {
  rep: Rep;
  /** 0-based rep index (Targets row = FIRST_ROW + r). */
  r: number;
  /** The rep's Targets row. */
  targetsRow: number;
  /** The rep's Actuals rows, first and last (periods are contiguous, rep-major). */
  actualsRows: [number, number];
  /** Actuals column of a metric. */
  actualsCol(metric: MetricId): number;
  /** Sheet-qualified range of a metric over the rep's periods, e.g. `'Actuals'!E5:E16`. */
  actuals(metric: MetricId): string;
  /** The metric to date: its sum over the periods started by the as-of date. */
  actualsToDate(metric: MetricId): string;
  /** The rep's start date on Targets (blank: there before the plan). */
  startDate: string;
  /** The rep's Actuals block over every metric column, one row per period. */
  actualsBlock: string;
  /** A condition true while the rep has not started by the as-of date (a start date after it). */
  notStarted: string;
  /** A condition true once the rep has left (a leave date, their last day, before the as-of date). */
  left: string;
  /** Not started or left: no pace, no light, no rank, not in the team mean. */
  inactive: string;
}

export function rowRefs(layout: Layout, text: WorkbookText, row: number): RowRefs {
  const { lastRow, meanRow } = layout.dashboard;
  const allRows = (col: number) =>
    sheetRef(layout.sheetNames.actuals, range(col, actualsRepRows(layout, 0)[0], col, actualsRepRows(layout, layout.repCount - 1)[1]));
  return {
    text,
    layout,
    row,
    at: (key) => cell(dashboardCol(layout, key), row),
    repsOf: (key) => range(dashboardCol(layout, key), FIRST_ROW, dashboardCol(layout, key), lastRow),
    teamMean: (key) => absCell(dashboardCol(layout, key), meanRow),
    allActuals: (metric) => allRows(actualsCol(layout, metric)),
    allPeriodIndexes: allRows(layout.actuals.periodIndexCol),
  };
}

export function repRefs(layout: Layout, text: WorkbookText, rep: Rep, r: number): RepRefs {
  const actualsRows = actualsRepRows(layout, r);
  const [first, last] = actualsRows;
  const actualsRange = (col: number) => sheetRef(layout.sheetNames.actuals, range(col, first, col, last));
  const start = sheetRef(layout.sheetNames.targets, cell(layout.targets.col.startDate, FIRST_ROW + r));
  const leave = sheetRef(layout.sheetNames.targets, cell(layout.targets.col.leaveDate, FIRST_ROW + r));
  const notStarted = `AND(ISNUMBER(${start}),${start}>INT(${PARAM_NAMES.asOf}))`;
  const left = `AND(ISNUMBER(${leave}),${leave}<INT(${PARAM_NAMES.asOf}))`;
  return {
    ...rowRefs(layout, text, FIRST_ROW + r),
    rep,
    r,
    targetsRow: FIRST_ROW + r,
    actualsRows,
    actualsCol: (metric) => actualsCol(layout, metric),
    actuals: (metric) => actualsRange(actualsCol(layout, metric)),
    actualsToDate: (metric) =>
      `SUMIFS(${actualsRange(actualsCol(layout, metric))},${actualsRange(layout.actuals.periodIndexCol)},"<="&${PARAM_NAMES.startedPeriods})`,
    startDate: start,
    actualsBlock: sheetRef(layout.sheetNames.actuals, range(layout.actuals.firstMetricCol, first, layout.actuals.lastMetricCol, last)),
    notStarted,
    left,
    inactive: `OR(${notStarted},${left})`,
  };
}

/** A value a Dashboard cell shows: a number, a text, or empty (`null`, where the sheet shows ""). */
export type ModelValue = number | string | null;

/** The plan's calendar as the Setup formulas compute it (days inclusive, as-of a whole day). */
export interface PlanFacts {
  start: number;
  end: number;
  asOf: number;
  planDays: number;
  elapsedDays: number;
  remainingPeriods: number;
  currentPeriod: number;
  completedPeriods: number;
  /** Periods started by the as-of date: what every "to date" figure counts (0 before the plan). */
  startedPeriods: number;
  /** Periods still to come, counting the share of the current one not yet elapsed: Σ (1 − share elapsed). */
  periodsLeft: number;
  /** The plan target and its cushion (quotas sum to target × (1 + cushion)). */
  target: number;
  cushion: number;
  /** Pace against phased quotas (seasonal) rather than days elapsed (linear). */
  seasonal: boolean;
  atRisk: number;
  lagging: number;
  repCount: number;
  /** The warning rules' Setup cells as the formulas read them, and the last completed period's label ("" if none). */
  rules: RuleSettings;
  lastCompletedLabel: string;
}

/** What an entry's model may read: the TypeScript mirror of {@link RowRefs}. */
export interface ModelRow {
  text: WorkbookText;
  plan: PlanFacts;
  /** Another column's value in this row. */
  value(key: DashboardKey): ModelValue;
  /** Another column's value as a number; empty (or text) is `null`. */
  num(key: DashboardKey): number | null;
}

/** A rep row's model also has the rep's own figures. */
export interface RepModelRow extends ModelRow {
  rep: Rep;
  annualQuota: number;
  targetToDate: number;
  /** The rep's start date is after the as-of date. */
  notStarted: boolean;
  /** The rep's leave date (their last day) is before the as-of date. */
  left: boolean;
  /** A metric to date: the sum over the started periods, or the last started period's balance. */
  toDate(metric: MetricId): number;
  /** A column's mean over the active reps (the Dashboard's team-mean row); `null` when none is active. */
  teamMean(key: DashboardKey): number | null;
  /** Trend of signed amounts at the next period (see the `forecast` entry). */
  trend: number | null;
  /** A metric in each completed period, in order; `null` where the cell is blank. */
  completed(metric: MetricId): (number | null)[];
  /** How many Actuals cells of the last completed period hold a number; `null` if none is completed or the rep started after it. */
  completedPeriodEntries: number | null;
}

/** The team row's model of an entry with its own team formula: the rep rows' values. */
export interface TeamModelRow extends ModelRow {
  repValues(key: DashboardKey): ModelValue[];
  /** A metric's team total in each completed period (blanks count 0), in order. */
  completedTotals(metric: MetricId): number[];
}
