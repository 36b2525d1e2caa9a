import { reviewedColumns } from './columns/logs';
import { computeDashboard } from './dashboard-model';
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
  const model = computeDashboard(setup, reps, quotas, inputs, locale);
  const columns = reviewedColumns(setup.funnel);
  return [...model.reps, model.team].map((row) => [at, ...columns.map((c) => row[c.key])]);
}
