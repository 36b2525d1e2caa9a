/**
 * **The Targets columns**: the rep's own facts and the plan's decision per rep, written as
 * values, then one quota column per period and the live phasing check. Rep ID, name and team
 * are headed the same on every sheet that shows them: here is their one declaration.
 */
import type { Period, Rep } from '../plan';
import type { QuotaPlan } from '../quotas';
import type { Locale } from '../../core/locale';
import type { CellValue } from '../spec';
import type { ColumnBase } from './column';

export type TargetsLeadKey =
  'repId' | 'name' | 'team' | 'startDate' | 'leaveDate' | 'history' | 'potential' | 'weight' | 'ramp' | 'annualQuota';

/** A Targets column before the periods: a value per rep. */
export interface TargetsLeadColumn extends ColumnBase<TargetsLeadKey> {
  /** What rep `i` (0-based) has in this column. */
  value(rep: Rep, i: number, quotas: QuotaPlan): CellValue;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

export const TARGETS_LEAD = {
  repId: { key: 'repId', header: { 'en-US': 'Rep ID', 'zh-CN': '人员编号' }, format: 'general', width: 12, value: (rep) => rep.id },
  name: { key: 'name', header: { 'en-US': 'Name', 'zh-CN': '姓名' }, format: 'general', width: 20, value: (rep) => rep.name },
  team: { key: 'team', header: { 'en-US': 'Team', 'zh-CN': '团队' }, format: 'general', width: 14, value: (rep) => rep.team },
  startDate: {
    key: 'startDate',
    header: { 'en-US': 'Start date', 'zh-CN': '入职日期' },
    format: 'date',
    width: 12,
    value: (rep) => rep.startDate,
  },
  // A leaver stays on the sheet with their quotas; this says from when they have none.
  leaveDate: {
    key: 'leaveDate',
    header: { 'en-US': 'Leave date', 'zh-CN': '离职日期' },
    format: 'date',
    width: 12,
    value: (rep) => rep.leaveDate ?? null,
  },
  history: { key: 'history', header: { 'en-US': 'History', 'zh-CN': '历史业绩' }, format: 'money', width: 12, value: (rep) => rep.history },
  potential: {
    key: 'potential',
    header: { 'en-US': 'Potential', 'zh-CN': '潜力' },
    format: 'money',
    width: 12,
    value: (rep) => rep.potential,
  },
  weight: {
    key: 'weight',
    header: { 'en-US': 'Weight', 'zh-CN': '权重' },
    format: 'percent',
    width: 12,
    value: (_, i, quotas) => quotas.weights[i],
  },
  ramp: {
    key: 'ramp',
    header: { 'en-US': 'Ramp factor', 'zh-CN': '爬坡系数' },
    format: 'percent',
    width: 12,
    value: (_, i, quotas) => quotas.rampFactors[i],
  },
  annualQuota: {
    key: 'annualQuota',
    header: { 'en-US': 'Quota', 'zh-CN': '配额' },
    format: 'money',
    width: 12,
    value: (rep, _, quotas) => sum(quotas.table[rep.id]),
  },
} as const satisfies { [K in TargetsLeadKey]: TargetsLeadColumn & { key: K } };

/** The lead columns' headers in one locale, by key (the pane names these columns too). */
export function targetsHeaders(locale: Locale): Record<TargetsLeadKey, string> {
  return Object.fromEntries(Object.values(TARGETS_LEAD).map((c) => [c.key, c.header[locale]])) as Record<TargetsLeadKey, string>;
}

/** The lead columns in sheet order (A, B, …). */
export const TARGETS_LEAD_COLUMNS: readonly TargetsLeadColumn[] = Object.values(TARGETS_LEAD);

/** One quota column per period, headed by the period's label. */
export function periodQuotaColumn(period: Period): ColumnBase<string> {
  return { key: period.id, header: { 'en-US': period.label, 'zh-CN': period.label }, format: 'money', width: 11 };
}

/** The live check after the periods: they add up to the quota. */
export const PHASING_CHECK: ColumnBase<'phasingCheck'> = {
  key: 'phasingCheck',
  header: { 'en-US': 'Periods = quota', 'zh-CN': '周期合计 = 配额' },
  format: 'money',
  width: 14,
};
