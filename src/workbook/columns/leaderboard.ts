/**
 * **The Leaderboard's columns**: a position and a rank, then Dashboard columns picked by key
 * (headed and formatted as on the Dashboard), and hidden helper columns from J on that rank
 * without dynamic arrays (see sheets/leaderboard.ts).
 */
import type { ColumnBase } from './column';
import type { DashboardColumn, DashboardKey } from './dashboard';

export type LeaderboardOwnKey = 'position' | 'rank';
export type LeaderboardHelperKey = 'score' | 'tieRank' | 'order' | 'row';

/** A shown column: the board's own, or one taken from the Dashboard row the rank points at. */
export type LeaderboardColumn = ColumnBase<LeaderboardOwnKey> | { key: 'pick'; pick: DashboardKey; width: number };

export const LEADERBOARD_COLUMNS: readonly LeaderboardColumn[] = [
  { key: 'position', header: { 'en-US': '#', 'zh-CN': '#' }, format: 'count', width: 5 },
  { key: 'rank', header: { 'en-US': 'Rank', 'zh-CN': '名次' }, format: 'count', width: 7 },
  { key: 'pick', pick: 'repId', width: 12 },
  { key: 'pick', pick: 'name', width: 20 },
  { key: 'pick', pick: 'team', width: 14 },
  { key: 'pick', pick: 'attainment', width: 12 },
  { key: 'pick', pick: 'pace', width: 12 },
  { key: 'pick', pick: 'status', width: 12 },
];

/** First hidden helper column (J): one column is left empty between the board and its helpers. */
export const LEADERBOARD_HELPERS_FROM = 10;

export const LEADERBOARD_HELPERS: readonly ColumnBase<LeaderboardHelperKey>[] = [
  { key: 'score', header: { 'en-US': 'Score', 'zh-CN': '分值' }, format: 'percent', width: 10 },
  { key: 'tieRank', header: { 'en-US': 'Rank (helper)', 'zh-CN': '名次（辅助）' }, format: 'count', width: 10 },
  { key: 'order', header: { 'en-US': 'Order', 'zh-CN': '顺序' }, format: 'count', width: 10 },
  { key: 'row', header: { 'en-US': 'Row', 'zh-CN': '行' }, format: 'count', width: 10 },
];

/** The header, format and width of a picked column, from its Dashboard entry. */
export function pickedColumn(entry: DashboardColumn, width: number): ColumnBase<DashboardKey> {
  return { key: entry.key, header: entry.header, format: entry.format, width };
}
