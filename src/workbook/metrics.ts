import type { MetricKey } from './i18n';
import type { FunnelStage } from './plan';

/**
 * The Actuals columns: what a rep reports per period. `amount`s are money (decimals ≥ 0),
 * `count`s whole numbers ≥ 0. The ids are the input keys' column part, so they must never
 * change; funnel stages are keyed by position (`stage1`, `stage2`, …) so that renaming a
 * stage keeps its numbers.
 */
export interface MetricColumn {
  id: string;
  kind: 'amount' | 'count';
  /** For the fixed metrics: the i18n key of the header; stages carry their own name. */
  textKey?: MetricKey;
  stageName?: string;
}

export const FIXED_METRICS: readonly MetricColumn[] = [
  { id: 'signed', kind: 'amount', textKey: 'signed' },
  { id: 'newCustomers', kind: 'count', textKey: 'newCustomers' },
  { id: 'collected', kind: 'amount', textKey: 'collected' },
  { id: 'receivables', kind: 'amount', textKey: 'receivables' },
  { id: 'newLeads', kind: 'count', textKey: 'newLeads' },
  { id: 'followUps', kind: 'count', textKey: 'followUps' },
  { id: 'visits', kind: 'count', textKey: 'visits' },
  { id: 'jointVisits', kind: 'count', textKey: 'jointVisits' },
  { id: 'knowledgeShares', kind: 'count', textKey: 'knowledgeShares' },
];

export function stageMetricId(index: number): string {
  return `stage${index + 1}`;
}

/** All Actuals metric columns of a plan, in sheet order. */
export function metricColumns(funnel: readonly FunnelStage[]): MetricColumn[] {
  const stages = funnel.map((s, i): MetricColumn => ({ id: stageMetricId(i), kind: 'count', stageName: s.name }));
  return [...FIXED_METRICS, ...stages];
}

/** Actuals row key of a rep's period. */
export function actualsRowKey(repId: string, periodId: string): string {
  return `${repId}|${periodId}`;
}
