/**
 * **The Leaderboard's columns**: a position and a rank, then Dashboard columns picked by key
 * (headed and formatted as on the Dashboard), and hidden helper columns from J on that rank
 * without dynamic arrays (see sheets/leaderboard.ts): J–K one row per rep, grouped by team;
 * L–O one row per board row, beside it.
 */
import type { ColumnBase } from './column';
import type { DashboardColumn, DashboardKey } from './dashboard';

export type LeaderboardOwnKey = 'position' | 'rank';
export type LeaderboardHelperKey = 'score' | 'source' | 'value' | 'at' | 'tieRank' | 'row';

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
  // Per rep, grouped by team: the score ranked and the rep's Dashboard row (1 = first rep row).
  { key: 'score', header: { 'en-US': 'Score', 'zh-CN': '分值' }, format: 'percent', width: 10 },
  { key: 'source', header: { 'en-US': 'Dashboard row', 'zh-CN': '看板行' }, format: 'count', width: 10 },
  // Per board row: the k-th largest score, where it is in the board's range, its rank, its rep's Dashboard row.
  { key: 'value', header: { 'en-US': 'k-th score', 'zh-CN': '第 k 大分值' }, format: 'percent', width: 10 },
  { key: 'at', header: { 'en-US': 'Found at', 'zh-CN': '所在位置' }, format: 'count', width: 10 },
  { key: 'tieRank', header: { 'en-US': 'Rank (helper)', 'zh-CN': '名次（辅助）' }, format: 'count', width: 10 },
  { key: 'row', header: { 'en-US': 'Row', 'zh-CN': '行' }, format: 'count', width: 10 },
];

/** The header, format and width of a picked column, from its Dashboard entry. */
export function pickedColumn(entry: DashboardColumn, width: number): ColumnBase<DashboardKey> {
  return { key: entry.key, header: entry.header, format: entry.format, width };
}
