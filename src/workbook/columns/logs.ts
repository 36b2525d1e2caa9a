/**
 * **The append-only sheets' columns**: Review (the date, then every Dashboard column whose
 * entry says `review`), Change log and Archive. Their rows are values; the widths are the
 * log sheets' own (the first column a little narrower).
 */
import type { FunnelStage } from '../plan';
import type { ColumnBase, Localized } from './column';
import { dashboardColumns, type DashboardColumn } from './dashboard';

const FIRST_WIDTH = 16;
const WIDTH = 18;

/** The Review's own first column: the snapshot's date. */
export const REVIEW_DATE: ColumnBase<'date'> = {
  key: 'date',
  header: { 'en-US': 'Date', 'zh-CN': '日期' },
  format: 'date',
  width: FIRST_WIDTH,
};

/** The Dashboard columns a Review snapshot keeps, in Dashboard order. */
export function reviewedColumns(funnel: readonly FunnelStage[]): DashboardColumn[] {
  return dashboardColumns(funnel).filter((c) => c.review);
}

/** The Review sheet's columns: the date, then the reviewed Dashboard columns at the log width. */
export function reviewColumns(funnel: readonly FunnelStage[]): ColumnBase<string>[] {
  return [REVIEW_DATE, ...reviewedColumns(funnel).map((c) => ({ key: c.key, header: c.header, format: c.format, width: WIDTH }))];
}

export type ChangeLogKey = 'at' | 'who' | 'what' | 'why' | 'targetBefore' | 'targetAfter';

const log = <K extends string>(key: K, header: Localized, format: ColumnBase<K>['format'], width = WIDTH): ColumnBase<K> => ({
  key,
  header,
  format,
  width,
});

/** One row per re-plan: when, who, what, why, and the target before and after. */
export const CHANGE_LOG = {
  at: log('at', { 'en-US': 'When', 'zh-CN': '时间' }, 'dateTime', FIRST_WIDTH),
  who: log('who', { 'en-US': 'Who', 'zh-CN': '人员' }, 'general'),
  what: log('what', { 'en-US': 'What', 'zh-CN': '变更内容' }, 'general'),
  why: log('why', { 'en-US': 'Why', 'zh-CN': '原因' }, 'general'),
  targetBefore: log('targetBefore', { 'en-US': 'Target before', 'zh-CN': '原目标' }, 'money'),
  targetAfter: log('targetAfter', { 'en-US': 'Target after', 'zh-CN': '新目标' }, 'money'),
} as const satisfies Record<ChangeLogKey, ColumnBase<ChangeLogKey>>;

export const CHANGE_LOG_COLUMNS: readonly ColumnBase<ChangeLogKey>[] = Object.values(CHANGE_LOG);

export type ArchiveKey = 'archivedOn' | 'sheet' | 'rowKey' | 'columnKey' | 'value' | 'formula';

/**
 * One row per input that lost its place: when, and its key (sheet, row, column) with the value
 * (what a formula showed) and the formula typed there, as text.
 */
export const ARCHIVE_COLUMNS: readonly ColumnBase<ArchiveKey>[] = [
  log('archivedOn', { 'en-US': 'Archived on', 'zh-CN': '归档日期' }, 'date', FIRST_WIDTH),
  log('sheet', { 'en-US': 'Sheet', 'zh-CN': '工作表' }, 'general'),
  log('rowKey', { 'en-US': 'Row key', 'zh-CN': '行键' }, 'general'),
  log('columnKey', { 'en-US': 'Column key', 'zh-CN': '列键' }, 'general'),
  log('value', { 'en-US': 'Value', 'zh-CN': '数值' }, 'general'),
  log('formula', { 'en-US': 'Formula', 'zh-CN': '公式' }, 'general'),
];
