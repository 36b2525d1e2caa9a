/**
 * **A plan that Excel cannot hold is refused before anything is built**, with a message in
 * the plan's language that names the limit, the figure the plan needs and what to change.
 *
 * The sheets grow with the plan: Actuals has a row per rep and period under its header, Targets
 * a column per period (and a row per rep), the Dashboard and the Leaderboard a row per rep.
 * Their extents come from the layout (layout.ts), the very positions the sheet builders write
 * at, so the check costs nothing at any size: it runs before a single row is made, and
 * `tests/workbook/excel-fit.test.ts` holds it to the extents of built plans. Excel's grid is
 * A1:XFD1048576 (excel-limits.ts), the same through Office.js and in a file; without this check
 * ExcelJS wrote a 1,048,577-row sheet no Excel opens, and 16,375 periods failed inside it.
 * Sheet names (31 characters) and cell text (32,767) are checked where they are made.
 */
import type { Locale } from '../core/locale';
import { MAX_COLUMNS, MAX_ROWS } from './excel-limits';
import { workbookText } from './i18n';
import { limitMessage, type LimitBreach } from './limit-message';
import { BOARD_SIZE, TEAM_GAP } from './leaderboard-model';
import { buildLayout, FIRST_ROW } from './layout';
import type { PlanSetup } from './plan';
import { PlannerError } from './plan-error';
import type { SheetKey } from './spec';

/** The widest of Setup's fixed tables; tests/workbook/excel-fit.test.ts compares it with built plans. */
const SETUP_TABLE_COLUMNS = 6;

/** Rows and columns a sheet of the plan spans, from A1. */
export interface SheetExtent {
  sheet: SheetKey;
  rows: number;
  columns: number;
}

/**
 * The extents of the sheets that grow with the plan (Setup, Targets, Actuals, Dashboard,
 * Leaderboard; the log sheets grow by appending, a few rows a review).
 *
 * @example
 * // 25 reps × 12 months: Actuals rows 4 (title, note, blank, header) + 300.
 * planExtents({ ...setup, periodCount: 12 }, 25).find((e) => e.sheet === 'actuals'); // => { sheet: 'actuals', rows: 304, columns: … }
 */
export function planExtents(setup: Pick<PlanSetup, 'periodCount' | 'funnel' | 'tiers'>, repCount: number, teamCount = 1): SheetExtent[] {
  const names = workbookText('en-US').sheets; // names do not move anything
  const layout = buildLayout(names, repCount, setup.periodCount, setup.funnel);
  const p = setup.periodCount;
  return [
    {
      sheet: 'setup',
      rows: layout.setup.tiersHeaderRow + setup.tiers.length,
      // The periods block, or the warning rules' table (6 columns, sheets/setup-rules.ts) when wider.
      columns: Math.max(layout.setup.firstPeriodCol + p - 1, SETUP_TABLE_COLUMNS),
    },
    { sheet: 'targets', rows: layout.targets.reconCheckRow, columns: layout.targets.checkCol },
    { sheet: 'actuals', rows: layout.actuals.lastRow, columns: layout.actuals.lastMetricCol },
    { sheet: 'dashboard', rows: layout.dashboard.meanRow, columns: layout.dashboard.columns.length },
    // Its helper rows (one per rep), or its boards below the label: the top BOARD_SIZE, then per
    // team a gap and up to BOARD_SIZE rows (no more rows than reps in all).
    {
      sheet: 'leaderboard',
      rows: Math.max(
        FIRST_ROW + repCount - 1,
        FIRST_ROW + Math.min(BOARD_SIZE, repCount) + teamCount * TEAM_GAP + Math.min(repCount, teamCount * BOARD_SIZE),
      ),
      columns: layout.dashboard.columns.length,
    },
  ];
}

/**
 * The first limit the plan goes over, rows before columns, or null when every sheet fits.
 *
 * @example
 * excelLimitBreach({ ...setup, periodCount: 12 }, 87_381); // => null (4 + 1,048,572 rows: exactly the limit)
 * excelLimitBreach({ ...setup, periodCount: 12 }, 87_382); // => { sheet: 'actuals', limit: 'rows', needed: 1_048_588, max: 1_048_576 }
 */
export function excelLimitBreach(
  setup: Pick<PlanSetup, 'periodCount' | 'funnel' | 'tiers'>,
  repCount: number,
  teamCount = 1,
): Omit<LimitBreach, 'repCount' | 'periodCount'> | null {
  const extents = planExtents(setup, repCount, teamCount);
  const rows = extents.find((e) => e.rows > MAX_ROWS);
  if (rows) return { sheet: rows.sheet, limit: 'rows', needed: rows.rows, max: MAX_ROWS };
  const columns = extents.find((e) => e.columns > MAX_COLUMNS);
  if (columns) return { sheet: columns.sheet, limit: 'columns', needed: columns.columns, max: MAX_COLUMNS };
  return null;
}

/**
 * Refuses a plan whose sheets Excel cannot hold (see above).
 * @throws {PlannerError} `exceedsExcel`, its `subject` the breach (for a pane that words it itself)
 */
export function checkPlanFits(
  setup: Pick<PlanSetup, 'periodCount' | 'funnel' | 'tiers'>,
  repCount: number,
  locale: Locale,
  teamCount = 1,
): void {
  const breach = excelLimitBreach(setup, repCount, teamCount);
  if (breach) throw limitError(breach, repCount, setup.periodCount, locale);
}

/** The refusal of `breach`, worded in `locale`. */
export function limitError(
  breach: Omit<LimitBreach, 'repCount' | 'periodCount'>,
  repCount: number,
  periodCount: number,
  locale: Locale,
): PlannerError {
  const facts: LimitBreach = { ...breach, repCount, periodCount };
  return new PlannerError('exceedsExcel', limitMessage(facts, locale), JSON.stringify(facts));
}
