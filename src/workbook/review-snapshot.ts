import { computeDashboard } from './dashboard-model';
import { workbookText } from './i18n';
import type { PlanSetup, QuotaTable, Rep } from './plan';
import type { Locale } from '../core/locale';
import type { CellValue, InputValues } from './spec';

/**
 * **Review snapshot**: the rows to append to the Review sheet — the dashboard's numbers as
 * of now, as values (a review records what was seen; it must not move later).
 *
 * One row per rep, then the team: date, Rep ID, name, team, quota, target to date, actual
 * to date, attainment, pace, status (the locale's word). Numbers the Dashboard leaves empty
 * are empty here too.
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
  const text = workbookText(locale);
  const model = computeDashboard(setup, reps, quotas, inputs);
  const rows = model.reps.map((row, i) => ({ row, id: reps[i].id, name: reps[i].name, team: reps[i].team }));
  rows.push({ row: model.team, id: text.targets.teamTotal, name: '', team: '' });
  return rows.map(({ row, id, name, team }) => [
    at,
    id,
    name,
    team,
    row.annualQuota,
    row.targetToDate,
    row.actualToDate,
    row.attainment,
    row.pace,
    text.words[row.status],
  ]);
}
