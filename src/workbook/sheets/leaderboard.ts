import { absCell, absRange, cell, formulaString, pos, sheetRef } from '../a1';
import { headers, numberFormats, type ColumnBase } from '../columns/column';
import { LEADERBOARD_COLUMNS, LEADERBOARD_HELPERS, LEADERBOARD_HELPERS_FROM, pickedColumn } from '../columns/leaderboard';
import { dashboardCol, FIRST_ROW, HEADER_ROW, type Layout } from '../layout';
import { TAB_COLORS } from '../look';
import type { DashboardKey } from '../columns/dashboard';
import { leaderboardModel } from '../leaderboard-model';
import type { BlockSpec, CellSpec, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import type { BuildContext } from './context';

/** Hidden helper columns J–M, one row per Dashboard rep row (same order). */
const [SCORE, RANK, ORDER, ROW] = LEADERBOARD_HELPERS.map((_, i) => LEADERBOARD_HELPERS_FROM + i);

/**
 * Leaderboard by attainment without dynamic arrays (no SORT/FILTER): hidden helpers give
 * each Dashboard rep row a score (attainment, or −1 for a rep not started or with no quota:
 * listed last, without a rank), its rank
 * (`RANK.EQ`: equal attainment → equal rank) and a unique order (rank + earlier equal
 * scores, so ties keep the Rep order); row k of the visible list shows the rep whose order
 * is k (`MATCH`/`INDEX`).
 *
 * Cost: RANK.EQ, the expanding COUNTIF and MATCH each scan the reps, so the sheet is
 * quadratic in reps (25 M comparisons for 5,000 reps) — the one deliberate exception to
 * linear recalculation, confined to this sheet.
 */
export function leaderboardSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, setup, locale } = ctx;
  const shownColumns = boardColumns(layout);
  const dash = layout.sheetNames.dashboard;
  const last = layout.leaderboard.lastRow;
  const dashCol = (key: DashboardKey) => sheetRef(dash, absRange(dashboardCol(layout, key), FIRST_ROW, dashboardCol(layout, key), last));
  const helper = (col: number) => absRange(col, FIRST_ROW, col, last);
  const board = leaderboardModel(ctx.dashboard.reps, text.words);

  const helpers: CellSpec[][] = reps.map((_, i) => {
    const row = FIRST_ROW + i;
    const attainment = sheetRef(dash, cell(dashboardCol(layout, 'attainment'), row));
    const status = sheetRef(dash, cell(dashboardCol(layout, 'status'), row));
    const score = cell(SCORE, row);
    // Unranked (score −1): a rep who has not started or has left, or has no quota to attain.
    const unranked = `OR(${status}=${formulaString(text.words.notStarted)},${status}=${formulaString(text.words.left)},NOT(ISNUMBER(${attainment})))`;
    return [
      { formula: `=IF(${unranked},-1,${attainment})`, value: board.scores[i] },
      { formula: `=RANK.EQ(${score},${helper(SCORE)},0)`, value: board.ranks[i] },
      { formula: `=${cell(RANK, row)}+COUNTIF(${absCell(SCORE, FIRST_ROW)}:${score},${score})-1`, value: board.orders[i] },
      { formula: `=MATCH(${cell(1, row)},${helper(ORDER)},0)`, value: board.shown[i] + 1 },
    ];
  });
  const shown: CellSpec[][] = reps.map((_, i) => {
    const row = FIRST_ROW + i;
    const at = `${cell(ROW, row)}`;
    const rep = board.shown[i];
    return LEADERBOARD_COLUMNS.map((c): CellSpec => {
      // The unranked are listed last, without a rank.
      const rank: CellSpec = {
        formula: `=IF(INDEX(${helper(SCORE)},${at})<0,"",INDEX(${helper(RANK)},${at}))`,
        value: board.scores[rep] < 0 ? '' : board.ranks[rep],
      };
      if (!('pick' in c)) return c.key === 'position' ? i + 1 : rank;
      const pick = `INDEX(${dashCol(c.pick)},${at})`;
      const picked = ctx.dashboard.reps[rep][c.pick];
      // INDEX of an empty cell is 0: numbers show blank unless numeric, text joins "" so an
      // empty name or team stays empty instead of showing 0.
      return layout.dashboard.columns[dashboardCol(layout, c.pick) - 1].format === 'general'
        ? { formula: `=${pick}&${formulaString('')}`, value: picked === null ? '' : String(picked) }
        : { formula: `=IF(ISNUMBER(${pick}),${pick},${formulaString('')})`, value: typeof picked === 'number' ? picked : '' };
    });
  });
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.leaderboard}`, text.notes.leaderboard),
    headerBlock(1, HEADER_ROW, headers(shownColumns, locale)),
    headerBlock(SCORE, HEADER_ROW, headers(LEADERBOARD_HELPERS, locale)),
    { at: pos(1, FIRST_ROW), cells: shown, role: 'formula', numberFormat: numberFormats(shownColumns, setup.currencyFormat) },
    {
      at: pos(SCORE, FIRST_ROW),
      cells: helpers,
      role: 'formula',
      numberFormat: numberFormats(LEADERBOARD_HELPERS, setup.currencyFormat),
    },
  ];
  return {
    key: 'leaderboard',
    name: layout.sheetNames.leaderboard,
    blocks,
    columns: [
      ...shownColumns.map((c, i) => ({ column: i + 1, width: c.width })),
      ...LEADERBOARD_HELPERS.map((c, i) => ({ column: SCORE + i, width: c.width, hidden: true })),
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    protected: true,
    validations: [],
    conditionalFormats: [],
    tabColor: TAB_COLORS.leaderboard,
  };
}

/** The board's shown columns, with the picked ones headed and formatted as on the Dashboard. */
function boardColumns(layout: Layout): ColumnBase<string>[] {
  return LEADERBOARD_COLUMNS.map((c) =>
    c.key === 'pick' ? pickedColumn(layout.dashboard.columns[dashboardCol(layout, c.pick) - 1], c.width) : c,
  );
}
