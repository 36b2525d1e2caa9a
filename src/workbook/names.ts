/**
 * Workbook-level defined names: how formulas reach Setup parameters and the period rows
 * (`AsOfDate`, `PeriodShare`) instead of raw addresses. Readable for a finance reviewer,
 * and a moved cell only changes here.
 */
import { absCell, absRange, sheetRef } from './a1';
import type { SetupParamKey } from './i18n';
import type { Layout, PeriodRowKey } from './layout';
import { FIRST_ROW } from './rows';
import type { NamedRangeSpec } from './spec';
import { ruleNamedRanges } from './warning-rules';

export const PARAM_NAMES: Record<SetupParamKey, string> = {
  target: 'PlanTarget',
  periodStart: 'PlanStart',
  periodEnd: 'PlanEnd',
  granularity: 'PlanGranularity',
  asOf: 'AsOfDate',
  cushion: 'PlanCushion',
  method: 'SplitMethod',
  blendHistoryShare: 'BlendHistoryShare',
  paceMode: 'PaceMode',
  atRisk: 'AtRiskBelow',
  lagging: 'LaggingBelow',
  replanFrom: 'ReplanFrom',
  replanBase: 'ReplanBase',
  planDays: 'PlanDays',
  elapsedDays: 'ElapsedDays',
  elapsedShare: 'ElapsedShare',
  expectedShare: 'ExpectedShare',
  remainingPeriods: 'RemainingPeriods',
  currentPeriod: 'CurrentPeriod',
  completedPeriods: 'CompletedPeriods',
  repCount: 'RepCount',
  startedPeriods: 'StartedPeriods',
};

/** Names of whole period rows in Setup (one cell per period, left to right). */
export const PERIOD_ROW_NAMES: Partial<Record<PeriodRowKey, string>> = {
  label: 'PeriodLabels',
  index: 'PeriodIndex',
  start: 'PeriodStarts',
  end: 'PeriodEnds',
  daysElapsed: 'PeriodDaysElapsed',
  shareElapsed: 'PeriodShare',
  seasonShare: 'SeasonShare',
};

export function namedRanges(layout: Layout): NamedRangeSpec[] {
  const setupName = layout.sheetNames.setup;
  const { paramRow, valueCol, periodRow, firstPeriodCol } = layout.setup;
  const lastPeriodCol = firstPeriodCol + layout.periodCount - 1;
  const params = (Object.keys(PARAM_NAMES) as SetupParamKey[]).map((key) => ({
    name: PARAM_NAMES[key],
    ref: sheetRef(setupName, absCell(valueCol, paramRow[key])),
  }));
  const rows = (Object.keys(PERIOD_ROW_NAMES) as PeriodRowKey[]).map((key) => ({
    name: PERIOD_ROW_NAMES[key] as string,
    ref: sheetRef(setupName, absRange(firstPeriodCol, periodRow[key], lastPeriodCol, periodRow[key])),
  }));
  const repIds = {
    name: 'RepIds',
    ref: sheetRef(layout.sheetNames.targets, absRange(1, FIRST_ROW, 1, layout.targets.lastRow)),
  };
  return [...params, ...rows, repIds, ...ruleNamedRanges(layout)];
}
