import { DomainError } from '../core/errors';
import { checkPlanFits } from './excel-fit';
import { Messages } from '../core/messages';
import { MAX_CELL_TEXT } from './excel-limits';
import { workbookText } from './i18n';
import { withHeaderHeights } from './header-heights';
import { computeDashboard } from './dashboard-model';
import { buildLayout } from './layout';
import { InputPlacer, type InputFormulas } from './input-placer';
import { migrateInputs } from './input-migrations';
import { namedRanges } from './names';
import { allFinite, checkInputNumbers, checkPlanNumbers, computeOrRefuse } from './number-checks';
import { planPeriods } from './periods';
import { printLayout } from './print-layout';
import type { ChangeLogEntry, PlanSetup, QuotaTable, Rep } from './plan';
import { computeQuotas, type QuotaPlan } from './quotas';
import type { Locale } from '../core/locale';
import type { CellValue, InputValues, SheetSpec, WorkbookSpec } from './spec';
import { actualsSheet } from './sheets/actuals';
import type { BuildContext } from './sheets/context';
import { dashboardSheet } from './sheets/dashboard';
import { leaderboardSheet } from './sheets/leaderboard';
import { archiveSheet, changeLogSheet, reviewSheet } from './sheets/logs';
import { setupSheet } from './sheets/setup';
import { targetsSheet } from './sheets/targets';

export interface BuildOptions {
  /**
   * Quotas decided earlier (after a re-plan): written instead of computing them. A rep with
   * no row of the plan's length gets zeros, and the Targets reconciliation shows the gap.
   */
  quotas?: QuotaTable;
  /** Change-log entries to write (all of them for a new file; the renderer appends). */
  changeLog?: ChangeLogEntry[];
  /** Review rows to write (from {@link reviewSnapshot}). */
  review?: CellValue[][];
  /** Date stamped on archived inputs (serial); none by default, since building is pure. */
  archivedOn?: number;
  /**
   * Formulas typed into input cells (read back beside `inputs`, which hold what they show):
   * each is written back as a formula where its key lives, or archived with its text.
   */
  formulas?: InputFormulas;
}

/**
 * **Build the planning workbook** as pure data: Setup, Targets, Actuals, Dashboard,
 * Leaderboard, Review, Change log and Archive, in the locale's names.
 *
 * Quotas are computed by {@link computeQuotas} and written as values (unless
 * `options.quotas` holds a re-plan's). Every input in `inputs` goes back to the cell with
 * the same key; inputs whose key has no place now (a removed rep, a period no longer in the
 * plan) become Archive rows, so a rebuild never loses a value. Every formula cell carries
 * the value it will show (its cached result in an .xlsx), from the Dashboard model and the
 * Setup, Targets and Leaderboard models.
 *
 * @throws {DomainError} `value` for no reps, duplicate Rep IDs, no periods or a
 *   seasonality of the wrong length
 * @throws {PlannerError} `exceedsExcel` for a plan whose sheets Excel cannot hold (excel-fit.ts);
 *   `badNumber` for a number it cannot compute with, in the plan or in an
 *   input cell (number-checks.ts), before any sheet is made
 */
export function buildPlan(
  setup: PlanSetup,
  reps: readonly Rep[],
  inputs: InputValues,
  locale: Locale,
  options: BuildOptions = {},
): WorkbookSpec {
  checkPlan(setup, reps);
  // Before any sheet is made: a plan Excel cannot hold fails here, in both renderers and the pane.
  checkPlanFits(setup, reps.length, locale, new Set(reps.map((r) => r.team)).size);
  checkPlanNumbers(setup, reps, locale);
  checkInputNumbers(setup, inputs, locale);
  const text = workbookText(locale);
  const periods = planPeriods(setup, text);
  const computed = computeOrRefuse(
    locale,
    () => computeQuotas(setup, reps, periods),
    (q) => allFinite(q.table),
  );
  const quotas: QuotaPlan = options.quotas ? { ...computed, table: givenQuotas(options.quotas, reps, periods.length) } : computed;
  const layout = buildLayout(text.sheets, reps.length, periods.length, setup.funnel);
  const placer = new InputPlacer(migrateInputs(inputs), options.formulas);
  // What every formula will show, computed once: the sheets store it as cached results.
  const dashboard = computeOrRefuse(
    locale,
    () => computeDashboard(setup, reps, quotas.table, inputs, locale),
    (model) => allFinite(model.reps) && allFinite(model.team),
  );
  const ctx: BuildContext = { setup, reps, periods, locale, text, layout, quotas, inputs: placer, dashboard };

  // The other models (Setup, Targets, Leaderboard) compute as their sheets are built.
  const sheets = computeOrRefuse(locale, () => [
    setupSheet(ctx),
    targetsSheet(ctx),
    actualsSheet(ctx),
    dashboardSheet(ctx),
    leaderboardSheet(ctx),
    reviewSheet(ctx, options.review ?? []),
    changeLogSheet(ctx, options.changeLog ?? []),
  ]);
  // Last, once every input block has taken its values: what is left over is archived.
  sheets.push(archiveSheet(ctx, placer.leftovers(), options.archivedOn ?? null));
  return { locale, sheets: sheets.map(withPrintSetup), names: namedRanges(layout) };
}

/**
 * Every sheet gets its header rows' heights (header-heights.ts) and its print setup
 * (print-layout.ts): printed or saved as PDF, a sheet reads like the screen, its text at 8 pt
 * or more, the title, header and key columns on every page.
 */
function withPrintSetup(sheet: SheetSpec): SheetSpec {
  return { ...withHeaderHeights(sheet), print: printLayout(sheet) };
}

function givenQuotas(given: QuotaTable, reps: readonly Rep[], periodCount: number): QuotaTable {
  const table: QuotaTable = {};
  for (const rep of reps) {
    const row = given[rep.id];
    table[rep.id] = row && row.length === periodCount ? [...row] : new Array<number>(periodCount).fill(0);
  }
  return table;
}

function checkPlan(setup: PlanSetup, reps: readonly Rep[]): void {
  if (reps.length === 0) throw new DomainError('value', Messages.empty('reps'));
  if (!(setup.periodCount >= 1) || !Number.isInteger(setup.periodCount)) {
    throw new DomainError('value', Messages.notPositive('periodCount'));
  }
  const ids = new Set<string>();
  reps.forEach((rep, i) => {
    // "R01", "r01 " and "R01\u00A0" are one person to a reader: one Rep ID.
    const id = rep.id
      .replace(/\u00A0/g, ' ')
      .trim()
      .toLowerCase();
    if (id === '') throw new DomainError('value', Messages.blankRepId(i + 1));
    if (ids.has(id)) throw new DomainError('value', Messages.duplicateRepId(rep.id));
    ids.add(id);
    for (const [what, text] of [
      ['Rep ID', rep.id],
      ['name', rep.name],
      ['team', rep.team],
    ] as const) {
      if (text.length > MAX_CELL_TEXT) throw new DomainError('value', Messages.textTooLong(what, rep.id.slice(0, 40), MAX_CELL_TEXT));
    }
  });
}
