/**
 * Where every block of the planning workbook lives. Sheet builders write cells at these
 * positions and formulas refer to them through the same object, so a reference can never
 * point at a stale place: change a row here and every formula follows.
 *
 * Rows and columns are 1-based. All rep tables start at row 5 under a header in row 4.
 */
import { dashboardColumns, type DashboardColumn, type DashboardKey } from './columns/dashboard';
import { TARGETS_LEAD_COLUMNS, type TargetsLeadKey } from './columns/targets';
import type { SetupParamKey } from './i18n';
import { metricColumns, type MetricColumn, type MetricId } from './metrics';
import type { FunnelStage } from './plan';
import { FIRST_ROW } from './rows';
import type { SheetKey } from './spec';
import { RULE_KEYS } from './warning-rules';

export { FIRST_ROW, HEADER_ROW } from './rows';

/** Setup parameters in sheet order (rows 5, 6, …). */
export const SETUP_PARAMS: readonly SetupParamKey[] = [
  'target',
  'periodStart',
  'periodEnd',
  'granularity',
  'asOf',
  'cushion',
  'method',
  'blendHistoryShare',
  'paceMode',
  'atRisk',
  'lagging',
  'replanFrom',
  'replanBase',
  'planDays',
  'elapsedDays',
  'elapsedShare',
  'expectedShare',
  'remainingPeriods',
  'currentPeriod',
  'completedPeriods',
  'repCount',
  'startedPeriods',
];

/** Rows of the horizontal Periods block in Setup, in order. */
export const PERIOD_ROWS = [
  'label',
  'id',
  'index',
  'start',
  'end',
  'days',
  'daysElapsed',
  'shareElapsed',
  'seasonWeight',
  'seasonShare',
] as const;
export type PeriodRowKey = (typeof PERIOD_ROWS)[number];

export interface Layout {
  sheetNames: Record<SheetKey, string>;
  repCount: number;
  periodCount: number;
  metrics: MetricColumn[];
  setup: {
    paramRow: Record<SetupParamKey, number>;
    valueCol: number;
    periodsTitleRow: number;
    periodRow: Record<PeriodRowKey, number>;
    /** Column of period 0; period p is at `firstPeriodCol + p`. */
    firstPeriodCol: number;
    funnelHeaderRow: number;
    /** The warning rules' header; one row per rule below it (src/workbook/warning-rules.ts). */
    rulesHeaderRow: number;
    tiersHeaderRow: number;
  };
  targets: {
    col: Record<TargetsLeadKey, number>;
    firstPeriodCol: number;
    checkCol: number;
    lastRow: number;
    totalRow: number;
    reconQuotaRow: number;
    reconTargetRow: number;
    reconCheckRow: number;
  };
  actuals: {
    periodIndexCol: number;
    periodCol: number;
    firstMetricCol: number;
    lastMetricCol: number;
    lastRow: number;
  };
  dashboard: { columns: DashboardColumn[]; lastRow: number; totalRow: number; meanRow: number };
  leaderboard: { lastRow: number };
}

export function buildLayout(
  sheetNames: Record<SheetKey, string>,
  repCount: number,
  periodCount: number,
  funnel: readonly FunnelStage[],
): Layout {
  const paramRow = Object.fromEntries(SETUP_PARAMS.map((k, i) => [k, FIRST_ROW + i])) as Record<SetupParamKey, number>;
  const periodsTitleRow = FIRST_ROW + SETUP_PARAMS.length + 1;
  const periodRow = Object.fromEntries(PERIOD_ROWS.map((k, i) => [k, periodsTitleRow + 1 + i])) as Record<PeriodRowKey, number>;
  const funnelHeaderRow = periodsTitleRow + PERIOD_ROWS.length + 2;
  const rulesHeaderRow = funnelHeaderRow + funnel.length + 2;
  const tiersHeaderRow = rulesHeaderRow + RULE_KEYS.length + 2;

  const targetCol = Object.fromEntries(TARGETS_LEAD_COLUMNS.map((c, i) => [c.key, i + 1])) as Record<TargetsLeadKey, number>;
  const targetsFirstPeriodCol = TARGETS_LEAD_COLUMNS.length + 1;
  const lastRepRow = FIRST_ROW + repCount - 1;

  const metrics = metricColumns(funnel);

  return {
    sheetNames,
    repCount,
    periodCount,
    metrics,
    setup: {
      paramRow,
      valueCol: 2,
      periodsTitleRow,
      periodRow,
      firstPeriodCol: 2,
      funnelHeaderRow,
      rulesHeaderRow,
      tiersHeaderRow,
    },
    targets: {
      col: targetCol,
      firstPeriodCol: targetsFirstPeriodCol,
      checkCol: targetsFirstPeriodCol + periodCount,
      lastRow: lastRepRow,
      totalRow: lastRepRow + 1,
      reconQuotaRow: lastRepRow + 3,
      reconTargetRow: lastRepRow + 4,
      reconCheckRow: lastRepRow + 5,
    },
    actuals: {
      periodIndexCol: 3,
      periodCol: 4,
      firstMetricCol: 5,
      lastMetricCol: 4 + metrics.length,
      lastRow: FIRST_ROW + repCount * periodCount - 1,
    },
    dashboard: { columns: dashboardColumns(funnel), lastRow: lastRepRow, totalRow: lastRepRow + 1, meanRow: lastRepRow + 2 },
    leaderboard: { lastRow: lastRepRow },
  };
}

/** Dashboard column number (1-based) of a key; throws on an unknown key (a bug, not input). */
export function dashboardCol(layout: Layout, key: DashboardKey): number {
  const index = layout.dashboard.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`unknown dashboard column ${key}`);
  return index + 1;
}

/** Actuals column of a metric id. */
export function actualsCol(layout: Layout, metricId: MetricId): number {
  const index = layout.metrics.findIndex((m) => m.id === metricId);
  if (index < 0) throw new Error(`unknown metric ${metricId}`);
  return layout.actuals.firstMetricCol + index;
}

/** First and last Actuals row of rep `r` (0-based): its periods are contiguous, rep-major. */
export function actualsRepRows(layout: Layout, r: number): [number, number] {
  const first = FIRST_ROW + r * layout.periodCount;
  return [first, first + layout.periodCount - 1];
}
