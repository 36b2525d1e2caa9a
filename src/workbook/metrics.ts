import type { MetricKey, WorkbookText } from './i18n';
import type { FunnelStage } from './plan';

/** Id of a funnel stage's column: by position, so renaming a stage keeps its numbers. */
export type StageMetricId = `stage${number}`;

/** Id of an Actuals metric column; the input keys' column part, so it must never change. */
export type MetricId = MetricKey | StageMetricId;

/**
 * The Actuals columns: what a rep reports per period. `amount`s are money (decimals ≥ 0),
 * `count`s whole numbers ≥ 0. `toDate` says how the Dashboard totals a metric up to the
 * as-of date: a flow is summed over the periods, a balance (receivables) is the current
 * period's figure.
 */
export interface MetricColumn {
  id: MetricId;
  kind: 'amount' | 'count';
  toDate: 'sum' | 'latest';
  /** For the fixed metrics: the i18n key of the header; stages carry their own name. */
  textKey?: MetricKey;
  stageName?: string;
}

export const FIXED_METRICS: readonly MetricColumn[] = [
  { id: 'signed', kind: 'amount', toDate: 'sum', textKey: 'signed' },
  { id: 'newCustomers', kind: 'count', toDate: 'sum', textKey: 'newCustomers' },
  { id: 'collected', kind: 'amount', toDate: 'sum', textKey: 'collected' },
  { id: 'receivables', kind: 'amount', toDate: 'latest', textKey: 'receivables' },
  { id: 'followUps', kind: 'count', toDate: 'sum', textKey: 'followUps' },
  { id: 'visits', kind: 'count', toDate: 'sum', textKey: 'visits' },
  { id: 'jointVisits', kind: 'count', toDate: 'sum', textKey: 'jointVisits' },
  { id: 'knowledgeShares', kind: 'count', toDate: 'sum', textKey: 'knowledgeShares' },
];

export function stageMetricId(index: number): StageMetricId {
  return `stage${index + 1}`;
}

/** All Actuals metric columns of a plan, in sheet order. */
export function metricColumns(funnel: readonly FunnelStage[]): MetricColumn[] {
  const stages = funnel.map((s, i): MetricColumn => ({ id: stageMetricId(i), kind: 'count', toDate: 'sum', stageName: s.name }));
  return [...FIXED_METRICS, ...stages];
}

/** A metric's name in a locale: the workbook's word for a fixed metric, the stage's own name. */
export function metricName(metric: MetricColumn, text: WorkbookText): string {
  return metric.textKey ? text.metrics[metric.textKey] : (metric.stageName ?? metric.id);
}

/** Actuals row key of a rep's period. */
export function actualsRowKey(repId: string, periodId: string): string {
  return `${repId}|${periodId}`;
}
