import { reviewedColumns } from './columns/logs';
import { computeDashboard } from './dashboard-model';
import { allFinite, checkInputNumbers, computeOrRefuse } from './number-checks';
import type { PlanSetup, QuotaTable, Rep } from './plan';
import type { Locale } from '../core/locale';
import type { CellValue, InputValues } from './spec';

/**
 * **Review snapshot**: the rows to append to the Review sheet — the dashboard's numbers as
 * of now, as values (a review records what was seen; it must not move later).
 *
 * One row per rep, then the team: the date, then every Dashboard column the catalog marks
 * `review` (Rep ID, name, team, quota, target to date, actual to date, attainment, pace,
 * status in the locale's word). Numbers the Dashboard leaves empty are empty here too.
 * Actuals are net: a refund or correction typed as a negative amount lowers the actual to
 * date, so attainment and pace may be below 0 (as on the Dashboard).
 *
 * @throws {PlannerError} `badNumber` for an input or a result it cannot compute with
 *
 * @example
 * reviewSnapshot(setup, reps, quotas, inputs, 46112, 'en-US')[0];
 * // => [46112, 'R01', 'Ann', 'North', 120000, 30000, 27000, 0.225, 0.9, 'At risk']
 */
export function reviewSnapshot(
  setup: PlanSetup,
  reps: readonly Rep[],
  quotas: QuotaTable,
  inputs: InputValues,
  at: number,
  locale: Locale,
): CellValue[][] {
  checkInputNumbers(setup, inputs, locale);
  const columns = reviewedColumns(setup.funnel);
  return computeOrRefuse(
    locale,
    () => {
      const model = computeDashboard(setup, reps, quotas, inputs, locale);
      return [...model.reps, model.team].map((row) => [at, ...columns.map((c) => row[c.key])]);
    },
    allFinite,
  );
}
