import { absCell, absRange, cell, formulaString, pos, sheetRef } from '../a1';
import { dashboardCol, FIRST_ROW, HEADER_ROW } from '../layout';
import type { BlockSpec, CellSpec, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import { FORMAT, type BuildContext } from './context';

/** Visible columns A–H: position, rank, rep, name, team, attainment, pace, status. */
const SHOWN = ['repId', 'name', 'team', 'attainment', 'pace', 'status'] as const;
/** Hidden helper columns J–M, one row per Dashboard rep row (same order). */
const SCORE = 10;
const RANK = 11;
const ORDER = 12;
const ROW = 13;

/**
 * Leaderboard by attainment without dynamic arrays (no SORT/FILTER): hidden helpers give
 * each Dashboard rep row a score (attainment, or −1 for a rep with no quota), its rank
 * (`RANK.EQ`: equal attainment → equal rank) and a unique order (rank + earlier equal
 * scores, so ties keep the Rep order); row k of the visible list shows the rep whose order
 * is k (`MATCH`/`INDEX`).
 *
 * Cost: RANK.EQ, the expanding COUNTIF and MATCH each scan the reps, so the sheet is
 * quadratic in reps (25 M comparisons for 5,000 reps) — the one deliberate exception to
 * linear recalculation, confined to this sheet.
 */
export function leaderboardSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, setup } = ctx;
  const L = text.leaderboard;
  const dash = layout.sheetNames.dashboard;
  const last = layout.leaderboard.lastRow;
  const dashCol = (key: string) => sheetRef(dash, absRange(dashboardCol(layout, key), FIRST_ROW, dashboardCol(layout, key), last));
  const helper = (col: number) => absRange(col, FIRST_ROW, col, last);

  const helpers: CellSpec[][] = reps.map((_, i) => {
    const row = FIRST_ROW + i;
    const attainment = sheetRef(dash, cell(dashboardCol(layout, 'attainment'), row));
    const score = cell(SCORE, row);
    return [
      { formula: `=IF(ISNUMBER(${attainment}),${attainment},-1)` },
      { formula: `=RANK.EQ(${score},${helper(SCORE)},0)` },
      { formula: `=${cell(RANK, row)}+COUNTIF(${absCell(SCORE, FIRST_ROW)}:${score},${score})-1` },
      { formula: `=MATCH(${cell(1, row)},${helper(ORDER)},0)` },
    ];
  });
  const shown: CellSpec[][] = reps.map((_, i) => {
    const row = FIRST_ROW + i;
    const at = `${cell(ROW, row)}`;
    return [
      i + 1,
      { formula: `=INDEX(${helper(RANK)},${at})` },
      ...SHOWN.map((key): CellSpec => {
        const pick = `INDEX(${dashCol(key)},${at})`;
        // INDEX of an empty cell is 0: numbers show blank unless numeric, text joins "" so an
        // empty name or team stays empty instead of showing 0.
        return key === 'attainment' || key === 'pace'
          ? { formula: `=IF(ISNUMBER(${pick}),${pick},${formulaString('')})` }
          : { formula: `=${pick}&${formulaString('')}` };
      }),
    ];
  });
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.leaderboard}`, text.notes.leaderboard),
    headerBlock(1, HEADER_ROW, [L.position, L.rank, text.targets.repId, text.targets.name, text.targets.team, text.dashboard.attainment, text.dashboard.pace, text.dashboard.status]),
    headerBlock(SCORE, HEADER_ROW, [L.score, L.tieRank, L.order, L.row]),
    {
      at: pos(1, FIRST_ROW),
      cells: shown,
      role: 'formula',
      numberFormat: [FORMAT.count, FORMAT.count, FORMAT.general, FORMAT.general, FORMAT.general, FORMAT.percent, FORMAT.percent, FORMAT.general],
    },
    { at: pos(SCORE, FIRST_ROW), cells: helpers, role: 'formula', numberFormat: [FORMAT.percent, FORMAT.count, FORMAT.count, FORMAT.count] },
  ];
  return {
    key: 'leaderboard',
    name: layout.sheetNames.leaderboard,
    blocks,
    columns: [
      { column: 1, width: 5 },
      { column: 2, width: 7 },
      { column: 3, width: 12 },
      { column: 4, width: 20 },
      { column: 5, width: 14 },
      { column: 6, width: 12 },
      { column: 7, width: 12 },
      { column: 8, width: 12 },
      ...[SCORE, RANK, ORDER, ROW].map((c) => ({ column: c, width: 10, hidden: true })),
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    protected: true,
    validations: [],
    conditionalFormats: [],
    tabColor: '#8E44AD',
  };
}
