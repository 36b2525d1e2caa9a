import { absCell, absRange, cell, formulaString, pos, sheetRef } from '../a1';
import { headers, numberFormats, type ColumnBase } from '../columns/column';
import { LEADERBOARD_COLUMNS, LEADERBOARD_HELPERS, LEADERBOARD_HELPERS_FROM, pickedColumn } from '../columns/leaderboard';
import { dashboardCol, FIRST_ROW, HEADER_ROW, type Layout } from '../layout';
import { TAB_COLORS } from '../look';
import type { DashboardKey } from '../columns/dashboard';
import { BOARD_SIZE, leaderboardModel, TEAM_GAP, type BoardRow } from '../leaderboard-model';
import type { BlockSpec, CellSpec, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import type { BuildContext } from './context';

/** Hidden helpers: J–K one row per rep (grouped by team), L–O beside each board row. */
const [SCORE, SOURCE, VALUE, AT, RANK, ROW] = LEADERBOARD_HELPERS.map((_, i) => LEADERBOARD_HELPERS_FROM + i);

/** A board: the range its LARGE reads (one column), and the column giving each entry's Dashboard row. */
interface BoardSource {
  first: number;
  last: number;
  valueCol: number;
  rowCol: number;
}

/**
 * The Leaderboard by attainment, as live formulas without dynamic arrays (no SORT/FILTER, no
 * LET): the best {@link BOARD_SIZE} of all reps (rank among all reps), then each team's best
 * {@link BOARD_SIZE} (rank within the team). Helpers J–K give every rep a score (attainment, or
 * −1 for a rep not started, gone or with no quota: listed last, without a rank) in contiguous
 * team blocks. Row k of a board is `LARGE(range, k)`; `MATCH` finds it in the range (after the
 * previous row's position when the score is equal, so ties keep range order); its rank is k,
 * or the previous row's on an equal score (RANK.EQ's). The board of all reps reads the team
 * boards, not every rep: the best 25 of all are among the best 25 of their teams.
 *
 * Why this shape, not a rank for every rep: a rank of all n reps depends on every score, so one
 * typed actual would recalculate n ranks each scanning n scores (RANK.EQ, a tie-breaking
 * COUNTIF, MATCH: 5.5 s of CPU at 5,000 reps in LibreOffice, bench/recalc.bench.ts). Here a
 * typed actual changes one score: its team's board recalculates (25 LARGE + 25 MATCH over the
 * team) and the board of all reps (the same over at most 25 rows per team), so the cost is
 * linear in reps, and a full calculation is too. Teams are what a manager reads a board by; a
 * team of 25 or fewer is listed whole, so a small plan still shows every rep's rank.
 */
export function leaderboardSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, setup, locale } = ctx;
  const shownColumns = boardColumns(layout);
  const dash = layout.sheetNames.dashboard;
  const dashCol = (key: DashboardKey) =>
    sheetRef(dash, absRange(dashboardCol(layout, key), FIRST_ROW, dashboardCol(layout, key), layout.dashboard.lastRow));
  const model = leaderboardModel(ctx.dashboard.reps, text.words);

  // J–K: every rep once, team by team, each row reading its Dashboard row.
  const order = model.teams.flatMap((t) => t.reps);
  const helpers: CellSpec[][] = order.map((rep) => {
    const row = FIRST_ROW + rep;
    const attainment = sheetRef(dash, cell(dashboardCol(layout, 'attainment'), row));
    const status = sheetRef(dash, cell(dashboardCol(layout, 'status'), row));
    // Unranked (score −1): a rep who has not started or has left, or has no quota to attain.
    const unranked = `OR(${status}=${formulaString(text.words.notStarted)},${status}=${formulaString(text.words.left)},NOT(ISNUMBER(${attainment})))`;
    return [{ formula: `=IF(${unranked},-1,${attainment})`, value: model.scores[rep] }, rep + 1];
  });

  // The boards, top to bottom, each under its label: all reps, then each team after a blank row.
  const overallTop = FIRST_ROW + 1;
  const blocks: BlockSpec[] = [];
  const labels: BlockSpec[] = [];
  const teamStarts: number[] = [];
  let next = overallTop + model.overall.length;
  let helperRow = FIRST_ROW;
  model.teams.forEach((team, t) => {
    const start = next + TEAM_GAP;
    teamStarts.push(start);
    const name = team.team === '' ? text.leaderboard.noTeam : team.team;
    labels.push({ at: pos(1, start - 1), cells: [[text.leaderboard.team(name, BOARD_SIZE)]], role: 'label' });
    const source = { first: helperRow, last: helperRow + team.reps.length - 1, valueCol: SCORE, rowCol: SOURCE };
    blocks.push(...boardBlocks(ctx, dashCol, model.teamBoards[t], start, source));
    helperRow += team.reps.length;
    next = start + model.teamBoards[t].length;
  });
  const stacked = { first: teamStarts[0], last: next - 1, valueCol: VALUE, rowCol: ROW };
  return {
    key: 'leaderboard',
    name: layout.sheetNames.leaderboard,
    blocks: [
      ...titleBlocks(`${setup.planName} — ${text.titles.leaderboard}`, text.notes.leaderboard),
      headerBlock(1, HEADER_ROW, headers(shownColumns, locale)),
      headerBlock(SCORE, HEADER_ROW, headers(LEADERBOARD_HELPERS, locale)),
      { at: pos(1, FIRST_ROW), cells: [[text.leaderboard.overall(BOARD_SIZE)]], role: 'label' },
      ...boardBlocks(ctx, dashCol, model.overall, overallTop, stacked),
      ...labels,
      ...blocks,
      {
        at: pos(SCORE, FIRST_ROW),
        cells: helpers,
        role: 'formula',
        numberFormat: numberFormats(LEADERBOARD_HELPERS.slice(0, 2), setup.currencyFormat),
      },
    ],
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

/**
 * The rows of one board from sheet row `top`: the shown columns A–H and the helpers L–O
 * (k-th score, where it is in the board's range, rank, the rep's Dashboard row).
 */
function boardBlocks(
  ctx: BuildContext,
  dashCol: (key: DashboardKey) => string,
  board: readonly BoardRow[],
  top: number,
  source: BoardSource,
): BlockSpec[] {
  const { layout, setup } = ctx;
  const range = absRange(source.valueCol, source.first, source.valueCol, source.last);
  const rows = absRange(source.rowCol, source.first, source.rowCol, source.last);
  const helpers: CellSpec[][] = board.map((entry, k) => {
    const row = top + k;
    const [value, previous] = [cell(VALUE, row), row - 1];
    const find = `MATCH(${value},${range},0)`;
    // An equal score is the next one of its kind: look after where the previous row found it.
    const after = `${cell(AT, previous)}+MATCH(${value},INDEX(${range},${cell(AT, previous)}+1):${absCell(source.valueCol, source.last)},0)`;
    const same = `${value}=${cell(VALUE, previous)}`;
    return [
      { formula: `=LARGE(${range},${k + 1})`, value: entry.value },
      { formula: k === 0 ? `=${find}` : `=IF(${same},${after},${find})`, value: entry.at },
      { formula: k === 0 ? '=1' : `=IF(${same},${cell(RANK, previous)},${k + 1})`, value: entry.rank },
      { formula: `=INDEX(${rows},${cell(AT, row)})`, value: entry.rep + 1 },
    ];
  });
  const shown: CellSpec[][] = board.map((entry, k) => {
    const row = top + k;
    const at = cell(ROW, row);
    return LEADERBOARD_COLUMNS.map((c): CellSpec => {
      if (c.key === 'position') return k + 1;
      // The unranked are listed last, without a rank.
      if (c.key === 'rank')
        return { formula: `=IF(${cell(VALUE, row)}<0,"",${cell(RANK, row)})`, value: entry.value < 0 ? '' : entry.rank };
      if (!('pick' in c)) throw new Error(`leaderboard column ${c.key} has no formula`);
      const pick = `INDEX(${dashCol(c.pick)},${at})`;
      const picked = ctx.dashboard.reps[entry.rep][c.pick];
      // INDEX of an empty cell is 0: numbers show blank unless numeric, text joins "" so an
      // empty name or team stays empty instead of showing 0.
      return layout.dashboard.columns[dashboardCol(layout, c.pick) - 1].format === 'general'
        ? { formula: `=${pick}&${formulaString('')}`, value: picked === null ? '' : String(picked) }
        : { formula: `=IF(ISNUMBER(${pick}),${pick},${formulaString('')})`, value: typeof picked === 'number' ? picked : '' };
    });
  });
  if (board.length === 0) return [];
  return [
    { at: pos(1, top), cells: shown, role: 'formula', numberFormat: numberFormats(boardColumns(layout), setup.currencyFormat) },
    {
      at: pos(VALUE, top),
      cells: helpers,
      role: 'formula',
      numberFormat: numberFormats(LEADERBOARD_HELPERS.slice(2), setup.currencyFormat),
    },
  ];
}

/** The board's shown columns, with the picked ones headed and formatted as on the Dashboard. */
function boardColumns(layout: Layout): ColumnBase<string>[] {
  return LEADERBOARD_COLUMNS.map((c) =>
    c.key === 'pick' ? pickedColumn(layout.dashboard.columns[dashboardCol(layout, c.pick) - 1], c.width) : c,
  );
}
