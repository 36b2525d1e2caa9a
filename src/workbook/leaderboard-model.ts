/**
 * **What the Leaderboard's formulas show**: the ranking of the Dashboard's rep rows as the
 * sheet's helper columns compute it (see sheets/leaderboard.ts), and which rep each position
 * shows. `buildPlan` stores these as the cells' cached results; the LibreOffice test
 * (tests/xlsx/cached-values.test.ts) checks them against the recalculated sheet.
 */
import type { DashboardRow } from './dashboard-model';
import type { WorkbookText } from './i18n';

export interface LeaderboardModel {
  /** Per rep (Dashboard row order): the score ranked (attainment, −1 without one). */
  scores: number[];
  /** Per rep: its rank, `RANK.EQ` descending (equal scores share a rank, the next rank is skipped). */
  ranks: number[];
  /** Per rep: its position on the board, 1-based and unique (ties in rep order). */
  orders: number[];
  /** Per position (0-based): the index of the rep shown there. */
  shown: number[];
}

/**
 * The score a rep is ranked by: attainment, or −1 (listed last, without a rank) for a rep who
 * has not started, has left, or has no attainment (no quota). `words` are the Status words of
 * the row's locale.
 */
export function leaderboardScore(row: DashboardRow, words: WorkbookText['words']): number {
  if (row.status === words.notStarted || row.status === words.left) return -1;
  return typeof row.attainment === 'number' ? row.attainment : -1;
}

/**
 * The board for the Dashboard's rep rows: score descending, equal scores an equal rank, ties
 * in rep order. Sorting gives what the sheet computes with RANK.EQ and an expanding COUNTIF
 * (a rep's position = its rank + the equal scores above it), in n log n instead of n².
 *
 * @example
 * // three reps at 50 %, 90 % and 50 % attainment
 * leaderboardModel(computeDashboard(setup, reps, quotas, inputs).reps, workbookText('en-US').words);
 * // => { scores: [0.5, 0.9, 0.5], ranks: [2, 1, 2], orders: [2, 1, 3], shown: [1, 0, 2] }
 */
export function leaderboardModel(rows: readonly DashboardRow[], words: WorkbookText['words']): LeaderboardModel {
  const scores = rows.map((row) => leaderboardScore(row, words));
  const shown = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  const orders = new Array<number>(scores.length);
  shown.forEach((rep, position) => {
    const previous = shown[position - 1];
    ranks[rep] = position > 0 && scores[previous] === scores[rep] ? ranks[previous] : position + 1;
    orders[rep] = position + 1;
  });
  return { scores, ranks, orders, shown };
}
