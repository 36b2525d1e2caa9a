import { dashboardColumns, trend, type DashboardColumn, type DashboardKey } from './columns/dashboard';
import type { ModelRow, ModelValue, PlanFacts, RepModelRow, TeamModelRow } from './columns/dashboard-row';
import { workbookText, type WorkbookText } from './i18n';
import { actualInput, effectiveSetupInputs } from './input-numbers';
import { migrateInputs } from './input-migrations';
import { metricColumns, type MetricId } from './metrics';
import { planEnd, planPeriods } from './periods';
import { paceModeOf, type PlanSetup, type QuotaTable, type Rep } from './plan';
import type { Locale } from '../core/locale';
import type { InputValues } from './spec';
import { ruleSettings } from './warning-rules';

/** One Dashboard row as values, by column key; `null` where the sheet shows an empty string. */
export type DashboardRow = { readonly [K in DashboardKey]: ModelValue };

export interface DashboardModel {
  reps: DashboardRow[];
  team: DashboardRow;
  /** The team-mean row: each summed column's mean over the active reps (neither not started nor left). */
  mean: DashboardRow;
  /** Plan-level values the sheet computes in Setup. */
  plan: PlanFacts;
}

/**
 * **Dashboard** in core terms: what every Dashboard cell should show, computed from the same
 * plan, quotas and inputs by each column's `model` in the catalog (columns/dashboard.ts). It
 * is the reference the LibreOffice oracle compares with, and what `reviewSnapshot` records.
 *
 * The facts the columns start from (days inclusive, as-of date as a whole day; blanks count
 * 0 in sums): target to date = Σ over periods of quota × share of the period's days elapsed;
 * a metric to date = its sum over the periods (a balance: the current period's); the trend of
 * signed amounts over the completed periods. The team row sums the rep rows where the sheet
 * does, and computes its ratios from its own sums.
 *
 * @example
 * computeDashboard(setup, reps, quotas, inputs).reps[0].pace; // => 0.9 (90 % of the quota due so far)
 */
export function computeDashboard(
  setup: PlanSetup,
  reps: readonly Rep[],
  quotas: QuotaTable,
  inputs: InputValues,
  locale: Locale = 'en-US',
): DashboardModel {
  const text = workbookText(locale);
  const periods = planPeriods(setup, text);
  inputs = migrateInputs(inputs);
  const { asOf: rawAsOf, atRisk, lagging } = effectiveSetupInputs(setup, inputs);
  const asOf = Math.floor(rawAsOf);
  const start = periods[0].start;
  const end = planEnd(periods);
  const planDays = end - start + 1;
  const elapsedDays = clamp(asOf - start + 1, 0, planDays);
  const shares = periods.map((p) => clamp(asOf - p.start + 1, 0, p.end - p.start + 1) / (p.end - p.start + 1));
  const startedPeriods = shares.filter((s) => s > 0).length;
  const plan: PlanFacts = {
    start,
    end,
    asOf,
    planDays,
    elapsedDays,
    remainingPeriods: shares.filter((s) => s < 1).length,
    currentPeriod: Math.max(1, startedPeriods),
    completedPeriods: shares.filter((s) => s >= 1).length,
    startedPeriods,
    periodsLeft: shares.reduce((left, s) => left + (1 - s), 0),
    target: setup.target,
    cushion: setup.cushion,
    seasonal: paceModeOf(setup) === 'seasonal',
    atRisk,
    lagging,
    repCount: reps.length,
    rules: ruleSettings(inputs, text, atRisk, lagging),
    lastCompletedLabel: '',
  };
  const completed = plan.completedPeriods;
  if (completed > 0) plan.lastCompletedLabel = periods[completed - 1].label;
  const metrics = metricColumns(setup.funnel);
  const columns = dashboardColumns(setup.funnel);

  const facts = reps.map((rep) => {
    const series = (id: MetricId) => periods.map((p) => actualInput(inputs, rep.id, p.id, id));
    // Only the periods started by the as-of date count: values typed ahead wait for their period.
    const toDate = new Map<MetricId, number>();
    for (const m of metrics) {
      const started = series(m.id).slice(0, startedPeriods);
      toDate.set(m.id, m.toDate === 'latest' ? (started[startedPeriods - 1] ?? 0) : started.reduce<number>((s, v) => s + (v ?? 0), 0));
    }
    const quota = quotas[rep.id] ?? periods.map(() => 0);
    return {
      rep,
      toDate,
      notStarted: rep.startDate !== null && rep.startDate > asOf,
      left: rep.leaveDate !== undefined && rep.leaveDate !== null && rep.leaveDate < asOf,
      annualQuota: quota.reduce((s, q) => s + q, 0),
      targetToDate: quota.reduce((s, q, p) => s + q * shares[p], 0),
      trend: trend(series('signed'), plan.completedPeriods),
      completed: (id: MetricId) => series(id).slice(0, plan.completedPeriods),
      completedPeriodEntries:
        completed === 0 || (rep.startDate !== null && rep.startDate > periods[completed - 1].end)
          ? null
          : metrics.filter((m) => actualInput(inputs, rep.id, periods[completed - 1].id, m.id) !== null).length,
    };
  });

  const means = new Map<DashboardKey, number | null>();
  const teamMean = (key: DashboardKey): number | null => {
    if (!means.has(key)) {
      const values = repRows.filter((_, i) => !facts[i].notStarted && !facts[i].left).map((r) => r.value(key));
      const numbers = values.filter((v): v is number => typeof v === 'number');
      means.set(key, numbers.length === 0 ? null : numbers.reduce((s, v) => s + v, 0) / numbers.length);
    }
    return means.get(key)!;
  };
  const repRows: ModelRow[] = facts.map((f) => {
    let repRow: RepModelRow | undefined; // one per rep, made when its first column is computed
    return lazyRow(columns, text, plan, (column, m) => {
      repRow ??= {
        ...m,
        rep: f.rep,
        notStarted: f.notStarted,
        left: f.left,
        annualQuota: f.annualQuota,
        targetToDate: f.targetToDate,
        trend: f.trend,
        completed: f.completed,
        completedPeriodEntries: f.completedPeriodEntries,
        toDate: (metric) => f.toDate.get(metric) ?? 0,
        teamMean,
      };
      return column.model(repRow);
    });
  });
  const reportRows = repRows.map((r) => materialize(columns, r));
  const completedTotals = (metric: MetricId) =>
    Array.from({ length: plan.completedPeriods }, (_, p) => facts.reduce((sum, f) => sum + (f.completed(metric)[p] ?? 0), 0));
  const team = materialize(columns, evaluateTeam(columns, text, plan, reportRows, completedTotals));
  const mean = Object.fromEntries(
    columns.map((c) => [c.key, c.key === 'repId' ? text.targets.teamMean : c.kind === 'rep' && c.team === 'sum' ? teamMean(c.key) : null]),
  ) as DashboardRow;
  return { reps: reportRows, team, mean, plan };
}

/** The team row: ratio columns on the team's own values, sums of the rep rows, or the column's own team rule. */
function evaluateTeam(
  columns: readonly DashboardColumn[],
  text: WorkbookText,
  plan: PlanFacts,
  repRows: readonly DashboardRow[],
  completedTotals: TeamModelRow['completedTotals'],
): ModelRow {
  const repValues = (key: DashboardKey) => repRows.map((r) => r[key]);
  return lazyRow(columns, text, plan, (column, m) => {
    if (column.kind === 'row') return column.model(m);
    if (column.team === 'blank') return null;
    if (column.team === 'sum') return repValues(column.key).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
    const teamModel: TeamModelRow = { ...m, repValues, completedTotals };
    return column.team.model(teamModel);
  });
}

/** Every column's value of a row, by key. */
function materialize(columns: readonly DashboardColumn[], row: ModelRow): DashboardRow {
  return Object.fromEntries(columns.map((c) => [c.key, row.value(c.key)])) as DashboardRow;
}

/** A row whose values are computed on first use, in whatever order the columns need each other. */
function lazyRow(
  columns: readonly DashboardColumn[],
  text: WorkbookText,
  plan: PlanFacts,
  compute: (column: DashboardColumn, m: ModelRow) => ModelValue,
): ModelRow {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const values = new Map<DashboardKey, ModelValue>();
  const m: ModelRow = {
    text,
    plan,
    value: (key) => {
      if (!values.has(key)) {
        const column = byKey.get(key);
        if (!column) throw new Error(`unknown dashboard column ${key}`);
        values.set(key, compute(column, m));
      }
      return values.get(key)!;
    },
    num: (key) => {
      const v = m.value(key);
      return typeof v === 'number' ? v : null;
    },
  };
  return m;
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(Math.max(x, low), high);
}
