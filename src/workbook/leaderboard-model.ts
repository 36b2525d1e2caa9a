/**
 * **What the Leaderboard's formulas show** (see sheets/leaderboard.ts): each team's best
 * {@link BOARD_SIZE} ranked within the team, and the best {@link BOARD_SIZE} of all reps, taken
 * from the team boards. `buildPlan` stores these as the cells' cached results; the LibreOffice
 * tests (tests/xlsx/oracle.test.ts, tests/xlsx/cached-values.test.ts) check them against the
 * recalculated sheet.
 */
import type { DashboardRow } from './dashboard-model';
import type { WorkbookText } from './i18n';

/**
 * Rows of each board: the top 25 of all reps, and of each team. A board of k rows costs k
 * `LARGE` and k `MATCH` over its range on every change of a score in it, so this bounds what a
 * typed actual recalculates (see sheets/leaderboard.ts).
 */
export const BOARD_SIZE = 25;

/** Rows between two team boards: a blank row and the team's label. */
export const TEAM_GAP = 2;

/** One row of a board: the k-th largest score of the range the board reads. */
export interface BoardRow {
  /** Position in the board's range, 1-based (what the sheet's `MATCH` finds). */
  at: number;
  /** The score (`LARGE(range, k)`): attainment, −1 for the unranked. */
  value: number;
  /** Rank within the board: equal scores share one, the next is skipped (as RANK.EQ). */
  rank: number;
  /** The rep shown: its index among the Dashboard's rep rows. */
  rep: number;
}

/** A team's contiguous block of helper rows: its reps in Dashboard order. */
export interface TeamBlock {
  team: string;
  reps: number[];
}

export interface LeaderboardModel {
  /** Per rep (Dashboard row order): the score ranked (attainment, −1 without one). */
  scores: number[];
  /** The teams in order of first appearance on the Dashboard; the helper rows follow this order. */
  teams: TeamBlock[];
  /** The top of all reps, read from the team boards stacked (`at` counts their gap rows). */
  overall: BoardRow[];
  /** Per team (same order): its top, read from its block (`at` counts within the block). */
  teamBoards: BoardRow[][];
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
 * The first `size` rows of a board over `range` (blank cells `null`, skipped): what the sheet's
 * `LARGE(range, k)`, the `MATCH` that looks after the previous row's position when its score
 * is equal, and the rank that repeats on equal scores compute. Equal scores keep range order.
 *
 * @example
 * topOf([0.5, null, 0.9, 0.5], 3);
 * // => [{ at: 3, value: 0.9, rank: 1 }, { at: 1, value: 0.5, rank: 2 }, { at: 4, value: 0.5, rank: 2 }]
 */
export function topOf(range: readonly (number | null)[], size: number): Omit<BoardRow, 'rep'>[] {
  const filled = range.flatMap((value, i) => (value === null ? [] : [{ at: i + 1, value }]));
  const sorted = filled.sort((a, b) => b.value - a.value || a.at - b.at).slice(0, size);
  const rows: Omit<BoardRow, 'rep'>[] = [];
  sorted.forEach(({ at, value }, k) => {
    const previous = rows[k - 1];
    rows.push({ at, value, rank: previous && previous.value === value ? previous.rank : k + 1 });
  });
  return rows;
}

/**
 * The Leaderboard of the Dashboard's rep rows: the teams in contiguous blocks (order of first
 * appearance, reps in Dashboard order), each team's top {@link BOARD_SIZE} by score, and the top
 * of all reps from those (the best 25 of all are among the best 25 of their teams). Ranks are
 * RANK.EQ's among all reps (overall) or the team's: no score above a shown row is missing from
 * its board's range.
 *
 * @example
 * // reps of teams N, S, N at 50 %, 90 % and 50 % attainment
 * leaderboardModel(rows, words);
 * // => { scores: [0.5, 0.9, 0.5], teams: [{ team: 'N', reps: [0, 2] }, { team: 'S', reps: [1] }],
 * //      teamBoards: [[{ at: 1, value: 0.5, rank: 1, rep: 0 }, { at: 2, value: 0.5, rank: 1, rep: 2 }],
 * //                   [{ at: 1, value: 0.9, rank: 1, rep: 1 }]],
 * //      overall: [{ at: 5, value: 0.9, rank: 1, rep: 1 }, { at: 1, … rep: 0 }, { at: 2, … rep: 2 }] }
 */
export function leaderboardModel(rows: readonly DashboardRow[], words: WorkbookText['words']): LeaderboardModel {
  const scores = rows.map((row) => leaderboardScore(row, words));
  const teams: TeamBlock[] = [];
  const byTeam = new Map<string, TeamBlock>();
  rows.forEach((row, rep) => {
    const team = typeof row.team === 'string' ? row.team : String(row.team ?? '');
    const block = byTeam.get(team) ?? { team, reps: [] };
    if (!byTeam.has(team)) {
      byTeam.set(team, block);
      teams.push(block);
    }
    block.reps.push(rep);
  });
  const teamBoards = teams.map(({ reps }) =>
    topOf(
      reps.map((rep) => scores[rep]),
      BOARD_SIZE,
    ).map((row) => ({ ...row, rep: reps[row.at - 1] })),
  );
  // The overall board reads the team boards' scores as stacked on the sheet, gap rows blank.
  const stacked = teamBoards.flatMap((board, t) => [...(t > 0 ? new Array<null>(TEAM_GAP).fill(null) : []), ...board]);
  const overall = topOf(
    stacked.map((row) => (row === null ? null : row.value)),
    BOARD_SIZE,
  ).map((row) => ({ ...row, rep: (stacked[row.at - 1] as BoardRow).rep }));
  return { scores, teams, overall, teamBoards };
}
