/**
 * **The Dashboard's columns**, each declared once: its header in both locales, format,
 * width, the formula of a rep row, what the team row shows, the model's value (the
 * TypeScript mirror that the LibreOffice oracle compares with the recalculated sheet) and
 * whether a Review snapshot keeps it. The sheet builder, `computeDashboard`,
 * `reviewSnapshot`, the Leaderboard and the oracle all read this list; adding a column is one
 * entry here.
 *
 * Ratios read only cells of their own row, so the team row uses the very same formula on its
 * sums and reconciles with the rep rows by construction. Every division is guarded so a rep
 * with no data shows an empty cell, never #DIV/0!.
 */
import { linearRegression, linearRegressionLine } from 'simple-statistics';
import { attainmentChance, NO_SPREAD } from '../../core/attainment';
import { isDomainError } from '../../core/errors';
import { attributeGap, type GapCause, type Productivity } from '../../core/gap-attribution';
import { pace } from '../../core/pace';
import { projection } from '../../core/projection';
import { cell, formulaString, range, sheetRef } from '../a1';
import { workbookText } from '../i18n';
import { metricColumns, metricName, stageMetricId, type MetricColumn, type MetricId, type StageMetricId } from '../metrics';
import { PARAM_NAMES as N, PERIOD_ROW_NAMES } from '../names';
import type { FunnelStage } from '../plan';
import { isFormula, type CellSpec } from '../spec';
import type { ColumnBase } from './column';
import type { ModelRow, ModelValue, RepModelRow, RepRefs, RowRefs, TeamModelRow } from './dashboard-row';
import { TARGETS_LEAD } from './targets';
import { warningColumns } from './dashboard-warnings';
import { GAP_CAUSE_COLUMNS } from './gap-causes';
export { GAP_CAUSE_COLUMNS } from './gap-causes';

/** Fixed Dashboard columns. */
export type DashboardFixedKey =
  | 'repId'
  | 'name'
  | 'team'
  | 'annualQuota'
  | 'targetToDate'
  | 'actualToDate'
  | 'attainment'
  | 'pace'
  | 'gap'
  | 'requiredPerPeriod'
  | 'projection'
  | 'forecast'
  | 'collectionRate'
  | 'avgDeal'
  | 'followUpsVsTeam'
  | 'leadsVsTeam'
  | 'gapActivity'
  | 'gapConversion'
  | 'gapDealSize'
  | 'status'
  | 'conversionVsTeam'
  | 'lastPeriodEntries'
  | 'reason'
  | 'active'
  | 'targetShare'
  | 'attainmentVsTarget'
  | 'attainmentChance';

/** A Dashboard column: fixed, a funnel step's conversion (`conv:k`, stage k → k+1) or a metric to date. */
export type DashboardKey = DashboardFixedKey | `conv:${number}` | `toDate:${MetricId}`;

interface Entry extends ColumnBase<DashboardKey> {
  /** A Review snapshot keeps this column (as a value). */
  review?: true;
}

/** The same formula in every rep row and in the team row: it reads only cells of its row. */
export interface RowColumn extends Entry {
  kind: 'row';
  formula(f: RowRefs): CellSpec;
  model(m: ModelRow): ModelValue;
}

/** A rep row reads Targets and Actuals; the team row sums the reps, stays empty, or has its own formula. */
export interface RepColumn extends Entry {
  kind: 'rep';
  formula(f: RepRefs): CellSpec;
  model(m: RepModelRow): ModelValue;
  team: 'sum' | 'blank' | { formula(f: RowRefs): CellSpec; model(m: TeamModelRow): ModelValue };
}

export type DashboardColumn = RowColumn | RepColumn;

const divide = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : a / b);
const guard = (denominator: string, formula: string): CellSpec => ({ formula: `=IF(${denominator}=0,"",${formula})` });

function rep(key: DashboardKey, header: ColumnBase<DashboardKey>['header'], rest: Omit<RepColumn, 'kind' | 'key' | 'header'>): RepColumn {
  return { kind: 'rep', key, header, ...rest };
}
function row(key: DashboardKey, header: ColumnBase<DashboardKey>['header'], rest: Omit<RowColumn, 'kind' | 'key' | 'header'>): RowColumn {
  return { kind: 'row', key, header, ...rest };
}

/**
 * A ratio of the row that a rep who has not started yet leaves empty (an attainment of 0 % or
 * a run rate of 0 says nothing about someone who is not there); the team row computes it as
 * usual.
 */
function onceStarted(
  key: DashboardKey,
  header: ColumnBase<DashboardKey>['header'],
  rest: Omit<RowColumn, 'kind' | 'key' | 'header'>,
): RepColumn {
  const inner = row(key, header, rest);
  const formulaText = (f: RowRefs) => {
    const cell = inner.formula(f);
    if (!isFormula(cell)) throw new Error(`column ${key}: a formula expected`);
    return cell.formula.slice(1); // without its leading "="
  };
  return rep(key, header, {
    ...rest,
    formula: (f) => ({ formula: `=IF(${f.notStarted},"",${formulaText(f)})` }),
    model: (m) => (m.notStarted ? null : inner.model(m)),
    team: { formula: (f) => inner.formula(f), model: (m) => inner.model(m) },
  });
}

/**
 * The run-rate projection as the sheet's formula computes it, negative actuals included: a
 * refund or correction can leave a rep's actual to date below 0 (Actuals accept negative
 * amounts), and the formula then projects below 0 too. `SALES.PROJECTION` refuses a negative
 * actual (`projection` in core); the projection is linear in the actual, so its mirror is exact.
 */
function signedProjection(actual: number, start: number, end: number, asOf: number): number {
  return actual < 0 ? -projection(-actual, start, end, asOf) : projection(actual, start, end, asOf);
}

/** Rep ID, name and team: the rep's own words, headed as on Targets. */
const LEAD: DashboardColumn[] = [
  rep('repId', TARGETS_LEAD.repId.header, {
    format: 'general',
    width: 13,
    review: true,
    formula: (f) => f.rep.id,
    model: (m) => m.rep.id,
    team: { formula: (f) => f.text.targets.teamTotal, model: (m) => m.text.targets.teamTotal },
  }),
  rep('name', TARGETS_LEAD.name.header, {
    format: 'general',
    width: 20,
    review: true,
    formula: (f) => f.rep.name,
    model: (m) => m.rep.name,
    team: { formula: () => null, model: () => '' },
  }),
  rep('team', TARGETS_LEAD.team.header, {
    format: 'general',
    width: 13,
    review: true,
    formula: (f) => f.rep.team,
    model: (m) => m.rep.team,
    team: { formula: () => null, model: () => '' },
  }),
];

const MEASURES: DashboardColumn[] = [
  rep(
    'annualQuota',
    { 'en-US': 'Quota (with cushion)', 'zh-CN': '配额（含超额分配）' },
    {
      format: 'money',
      width: 13,
      review: true,
      formula: (f) => ({ formula: `=${sheetRef(f.layout.sheetNames.targets, cell(f.layout.targets.col.annualQuota, f.targetsRow))}` }),
      model: (m) => m.annualQuota,
      team: 'sum',
    },
  ),
  // The rep's part of the plan target (the quota without the cushion); the team row is the target
  // itself, so finance ties the Dashboard out to the number the plan was set at.
  rep(
    'targetShare',
    { 'en-US': 'Plan target', 'zh-CN': '计划目标' },
    {
      format: 'money',
      width: 13,
      formula: (f) => ({ formula: `=${f.at('annualQuota')}/(1+${N.cushion})` }),
      model: (m) => m.annualQuota / (1 + m.plan.cushion),
      team: { formula: () => ({ formula: `=${N.target}` }), model: (m) => m.plan.target },
    },
  ),
  rep(
    'targetToDate',
    { 'en-US': 'Target to date', 'zh-CN': '截至目前目标' },
    {
      format: 'money',
      width: 13,
      review: true,
      formula: (f) => {
        const t = f.layout.targets;
        const quotas = range(t.firstPeriodCol, f.targetsRow, t.firstPeriodCol + f.layout.periodCount - 1, f.targetsRow);
        return { formula: `=SUMPRODUCT(${sheetRef(f.layout.sheetNames.targets, quotas)},${PERIOD_ROW_NAMES.shareElapsed})` };
      },
      model: (m) => m.targetToDate,
      team: 'sum',
    },
  ),
  rep(
    'actualToDate',
    { 'en-US': 'Actual to date', 'zh-CN': '截至目前实际' },
    {
      format: 'money',
      width: 13,
      review: true,
      formula: (f) => ({ formula: `=${f.actualsToDate('signed')}` }),
      model: (m) => m.toDate('signed'),
      team: 'sum',
    },
  ),
  onceStarted(
    'attainment',
    { 'en-US': 'Attainment', 'zh-CN': '达成率' },
    {
      format: 'percent',
      width: 13,
      review: true,
      formula: (f) => guard(f.at('annualQuota'), `${f.at('actualToDate')}/${f.at('annualQuota')}`),
      model: (m) => divide(m.num('actualToDate'), m.num('annualQuota')),
    },
  ),
  onceStarted(
    'attainmentVsTarget',
    { 'en-US': 'Attainment vs plan target', 'zh-CN': '计划目标达成率' },
    {
      format: 'percent',
      width: 13,
      formula: (f) => guard(f.at('targetShare'), `${f.at('actualToDate')}/${f.at('targetShare')}`),
      model: (m) => divide(m.num('actualToDate'), m.num('targetShare')),
    },
  ),
  // A rep who has not started has no pace (and so no light), whatever the quota to date says.
  rep(
    'pace',
    { 'en-US': 'Pace', 'zh-CN': '进度' },
    {
      format: 'percent',
      width: 13,
      review: true,
      formula: (f) => {
        const ratio = paceFormula(f);
        return { formula: `=IF(${f.inactive},"",${ratio})` };
      },
      model: (m) => (m.notStarted || m.left ? null : paceOf(m)),
      team: { formula: (f) => ({ formula: `=${paceFormula(f)}` }), model: (m) => paceOf(m) },
    },
  ),
  row(
    'gap',
    { 'en-US': 'Gap to quota', 'zh-CN': '距配额差距' },
    {
      format: 'money',
      width: 13,
      formula: (f) => ({ formula: `=${f.at('annualQuota')}-${f.at('actualToDate')}` }),
      model: (m) => (m.num('annualQuota') ?? 0) - (m.num('actualToDate') ?? 0),
    },
  ),
  row(
    'requiredPerPeriod',
    { 'en-US': 'Required per remaining period', 'zh-CN': '剩余每期所需' },
    {
      format: 'money',
      width: 13,
      formula: (f) => guard(N.remainingPeriods, `MAX(0,${f.at('gap')})/${N.remainingPeriods}`),
      model: (m) => (m.plan.remainingPeriods === 0 ? null : Math.max(0, m.num('gap') ?? 0) / m.plan.remainingPeriods),
    },
  ),
  onceStarted(
    'projection',
    { 'en-US': 'Run-rate projection', 'zh-CN': '按当前速度预测' },
    {
      format: 'money',
      width: 13,
      formula: (f) => guard(N.elapsedDays, `${f.at('actualToDate')}/${N.elapsedDays}*${N.planDays}`),
      model: ({ plan, num }) =>
        plan.elapsedDays === 0 ? null : signedProjection(num('actualToDate') ?? 0, plan.start, plan.end, plan.asOf),
    },
  ),
  rep(
    'forecast',
    { 'en-US': 'Trend next period', 'zh-CN': '下期趋势预测' },
    {
      format: 'money',
      width: 13,
      formula: forecastFormula,
      model: (m) => m.trend,
      team: {
        formula: (f) => ({ formula: `=IF(COUNT(${f.repsOf('forecast')})=0,"",SUM(${f.repsOf('forecast')}))` }),
        model: (m) => sumOfNumbers(m.repValues('forecast')),
      },
    },
  ),
  row(
    'collectionRate',
    { 'en-US': 'Collection rate', 'zh-CN': '回款率' },
    {
      format: 'percent',
      width: 13,
      formula: (f) => guard(f.at('actualToDate'), `${f.at('toDate:collected')}/${f.at('actualToDate')}`),
      model: (m) => divide(m.num('toDate:collected'), m.num('actualToDate')),
    },
  ),
];

/** Average won deal: signed ÷ deals won (the funnel's last stage), not ÷ new customers. */
function averageDealColumn(funnel: readonly FunnelStage[]): RowColumn {
  const won: DashboardKey = `toDate:${stageMetricId(funnel.length - 1)}`;
  return row(
    'avgDeal',
    { 'en-US': 'Average won deal', 'zh-CN': '平均赢单金额' },
    {
      format: 'money',
      width: 13,
      formula: (f) => guard(f.at(won), `${f.at('actualToDate')}/${f.at(won)}`),
      model: (m) => divide(m.num('actualToDate'), m.num(won)),
    },
  );
}

/** Process counts against the team: follow-ups, and new leads (the funnel's first stage). */
function vsTeamColumns(): DashboardColumn[] {
  return [
    vsTeam('followUpsVsTeam', 'followUps', { 'en-US': 'Follow-ups vs team mean', 'zh-CN': '跟进次数/团队均值' }),
    vsTeam('leadsVsTeam', stageMetricId(0), { 'en-US': 'New leads vs team mean', 'zh-CN': '新增线索/团队均值' }),
  ];
}

/** The columns a productivity figure is read from: the same stages `leadsVsTeam` (leads) and `avgDeal` (won) read. */
type ProductivityKeys = Record<keyof Productivity, DashboardKey>;

/**
 * Why the gap: the rep's signed amount to date against the team mean (active reps), split into
 * activity, conversion and deal size by `attributeGap` (core/gap-attribution.ts, which states
 * the rules at zeros). Empty for a rep not started or left, with no team figure, and in the
 * team row (the team is what the reps are compared with).
 */
function gapColumns(funnel: readonly FunnelStage[]): RepColumn[] {
  const keys: ProductivityKeys = {
    leads: `toDate:${stageMetricId(0)}`,
    won: `toDate:${stageMetricId(funnel.length - 1)}`,
    revenue: 'actualToDate',
  };
  const part = (cause: GapCause, header: ColumnBase<DashboardKey>['header']): RepColumn =>
    rep(GAP_CAUSE_COLUMNS[cause], header, {
      format: 'money',
      width: 13,
      formula: (f) => ({ formula: `=${attributionFormula(f, keys, cause)}` }),
      model: (m) => {
        const mean = (k: DashboardKey) => m.teamMean(k);
        const [leads, won, revenue] = [mean(keys.leads), mean(keys.won), mean(keys.revenue)];
        // No leads ratio: a rep not started or left, or no team leads (as the formula reads it).
        if (m.num('leadsVsTeam') === null || leads === null || won === null || revenue === null) return null;
        const own = { leads: m.num(keys.leads) ?? 0, won: m.num(keys.won) ?? 0, revenue: m.num(keys.revenue) ?? 0 };
        return attributeGap(own, { leads, won, revenue })?.[cause] ?? null;
      },
      team: 'blank',
    });
  return [
    part('activity', { 'en-US': 'Gap vs team: activity (leads)', 'zh-CN': '与团队差距：新增线索' }),
    part('conversion', { 'en-US': 'Gap vs team: conversion (win rate)', 'zh-CN': '与团队差距：赢单率' }),
    part('dealSize', { 'en-US': 'Gap vs team: deal size', 'zh-CN': '与团队差距：平均赢单金额' }),
  ];
}

/**
 * `attributeGap` as a native formula on the row's cells and the team-mean row, operation for
 * operation. It reads the row's own `leadsVsTeam` (L / L̄, empty for a rep not started or left
 * and when L̄ is 0) and `avgDeal` (R / won), the very ratios of the two factors, which also
 * keeps the formula short (a Dashboard row is written in one request).
 */
function attributionFormula(f: RowRefs, keys: ProductivityKeys, cause: GapCause): string {
  const [l, n, r] = [f.at(keys.leads), f.at(keys.won), f.at(keys.revenue)];
  const [lm, nm, rm] = [f.teamMean(keys.leads), f.teamMean(keys.won), f.teamMean(keys.revenue)];
  const [leadsRatio, deal] = [f.at('leadsVsTeam'), f.at('avgDeal')];
  const logRatio: Record<GapCause, string> = {
    activity: `LN(${leadsRatio})`,
    conversion: `LN(${n}/${l}/(${nm}/${lm}))`,
    dealSize: `LN(${deal}/(${rm}/${nm}))`,
  };
  const logMean = `IF(${r}/${rm}=1,${rm},(${r}-${rm})/LN(${r}/${rm}))`;
  // A factor ≤ 0 takes the whole gap: the first of leads, won, revenue (firstZeroFactor).
  const whole = (c: GapCause) => (c === cause ? `${r}-${rm}` : '0');
  return (
    `IF(OR(${leadsRatio}="",N(${nm})<=0,N(${rm})<=0),"",` +
    `IF(${leadsRatio}<=0,${whole('activity')},IF(${n}<=0,${whole('conversion')},IF(${r}<=0,${whole('dealSize')},` +
    `${logRatio[cause]}*${logMean}))))`
  );
}

/** A rep's count against the team mean of the active reps; empty for a rep not started, and in the team row. */
function vsTeam(key: DashboardKey, metric: MetricId, header: ColumnBase<DashboardKey>['header']): RepColumn {
  const column: DashboardKey = `toDate:${metric}`;
  return rep(key, header, {
    format: 'ratio',
    width: 13,
    formula: (f) => {
      const mean = f.teamMean(column);
      return { formula: `=IF(OR(${f.inactive},N(${mean})=0),"",${f.at(column)}/${mean})` };
    },
    model: (m) => {
      const mean = m.teamMean(column);
      return m.notStarted || m.left || mean === null || mean === 0 ? null : m.toDate(metric) / mean;
    },
    team: 'blank',
  });
}

/**
 * Chance of making quota: core's `attainmentChance` (normal approximation) as a native formula.
 * The history is the completed periods' signed amounts (a rep's blanks skipped; the team's
 * history is the team total of each completed period), the actual and quota are this row's,
 * and the periods left are Σ (1 − share elapsed) — the current period counts only its part
 * still to come, as its entries so far are in the actual to date. In the order core applies
 * them: quota met → 1; no period left → 0; fewer than 2 numbers → empty (core's #N/A); no
 * spread → a step; else `NORM.DIST(actual + r·μ, quota, σ·√r, TRUE)`. Empty for a rep not
 * started or gone.
 */
const ATTAINMENT_CHANCE: DashboardColumn = rep(
  'attainmentChance',
  { 'en-US': 'Chance of making quota', 'zh-CN': '达成概率' },
  {
    format: 'percent',
    width: 13,
    formula: (f) => {
      const ys = completedRange(f, f.actualsCol('signed'));
      const chance = chanceFormula(f, `AVERAGE(${ys})`, `STDEV.S(${ys})`);
      return { formula: `=IF(${f.inactive},"",${chanceRules(f, `IF(COUNT(${ys})<2,"",${chance})`)})` };
    },
    model: (m) => (m.notStarted || m.left ? null : chanceOf(m, m.completed('signed'))),
    team: {
      formula: (f) => {
        const [amounts, periods] = [f.allActuals('signed'), f.allPeriodIndexes];
        const n = N.completedPeriods;
        const mean = `SUMIFS(${amounts},${periods},"<="&${n})/${n}`;
        const squares = `SUMPRODUCT((${PERIOD_ROW_NAMES.index}<=${n})*(SUMIFS(${amounts},${periods},${PERIOD_ROW_NAMES.index})-${mean})^2)`;
        return { formula: `=${chanceRules(f, chanceFormula(f, mean, `SQRT(${squares}/(${n}-1))`))}` };
      },
      model: (m) => chanceOf(m, m.completedTotals('signed')),
    },
  },
);

/** The periods left: Σ over periods of (1 − share elapsed). */
const PERIODS_LEFT = `(COUNT(${PERIOD_ROW_NAMES.shareElapsed})-SUM(${PERIOD_ROW_NAMES.shareElapsed}))`;

/** A column of the rep's Actuals over the completed periods (only used once CompletedPeriods ≥ 2: INDEX(…, 0) is the whole column). */
function completedRange(f: RepRefs, col: number): string {
  const name = f.layout.sheetNames.actuals;
  const [first, last] = f.actualsRows;
  return `${sheetRef(name, cell(col, first))}:INDEX(${sheetRef(name, range(col, first, col, last))},${N.completedPeriods})`;
}

/** Quota met → 1, no period left → 0, fewer than 2 completed periods → empty, else `rest`. */
function chanceRules(f: RowRefs, rest: string): string {
  const [actual, quota] = [f.at('actualToDate'), f.at('annualQuota')];
  return `IF(${actual}>=${quota},1,IF(${PERIODS_LEFT}<=0,0,IF(${N.completedPeriods}<2,"",${rest})))`;
}

/** No spread → the step at actual + r·μ; else the normal approximation. */
function chanceFormula(f: RowRefs, mean: string, sd: string): string {
  const [actual, quota, r] = [f.at('actualToDate'), f.at('annualQuota'), PERIODS_LEFT];
  const reach = `${actual}+${r}*${mean}`;
  const noSpread = `${sd}<=${String(NO_SPREAD).toUpperCase()}*MAX(1,ABS(${mean}))`;
  return `IF(${noSpread},IF(${reach}>=${quota},1,0),NORM.DIST(${reach},${quota},${sd}*SQRT(${r}),TRUE))`;
}

function chanceOf(m: ModelRow, history: readonly (number | null)[]): number | null {
  try {
    return attainmentChance(history, m.num('actualToDate') ?? 0, m.num('annualQuota') ?? 0, m.plan.periodsLeft);
  } catch (e) {
    if (isDomainError(e) && e.kind === 'na') return null; // fewer than 2 numbers: the sheet's ""
    throw e;
  }
}

/** Step conversion of the funnel, stage k → stage k + 1 (1-based), from the stages' counts to date. */
function conversionColumn(funnel: readonly FunnelStage[], k: number): RowColumn {
  const from: DashboardKey = `toDate:${`stage${k}` as StageMetricId}`;
  const to: DashboardKey = `toDate:${`stage${k + 1}` as StageMetricId}`;
  const [a, b] = [funnel[k - 1].name, funnel[k].name];
  return row(
    `conv:${k}`,
    { 'en-US': `${a} → ${b}`, 'zh-CN': `${a}→${b}` },
    {
      format: 'percent',
      width: 13,
      formula: (f) => guard(f.at(from), `${f.at(to)}/${f.at(from)}`),
      model: (m) => divide(m.num(to), m.num(from)),
    },
  );
}

/** A metric to date: summed over the started periods, or a balance's figure in the last started one. */
function toDateColumn(metric: MetricColumn): RepColumn {
  const latest = metric.toDate === 'latest';
  const [en, zh] = [metricName(metric, workbookText('en-US')), metricName(metric, workbookText('zh-CN'))];
  const header = latest
    ? { 'en-US': `${en} (current period)`, 'zh-CN': `${zh}（当前周期）` }
    : { 'en-US': `${en} to date`, 'zh-CN': `${zh}（累计）` };
  return rep(`toDate:${metric.id}`, header, {
    format: metric.kind === 'amount' ? 'money' : 'count',
    width: 13,
    formula: (f) => ({
      formula: latest
        ? `=IF(${N.startedPeriods}=0,0,INDEX(${f.actuals(metric.id)},${N.startedPeriods}))`
        : `=${f.actualsToDate(metric.id)}`,
    }),
    model: (m) => m.toDate(metric.id),
    team: 'sum',
  });
}

/** The Dashboard's columns for a plan's funnel, in sheet order. */
export function dashboardColumns(funnel: readonly FunnelStage[]): DashboardColumn[] {
  const metrics = metricColumns(funnel);
  return [
    ...LEAD,
    ...MEASURES,
    ATTAINMENT_CHANCE,
    averageDealColumn(funnel),
    ...vsTeamColumns(),
    ...gapColumns(funnel),
    ...funnel.slice(1).map((_, k) => conversionColumn(funnel, k + 1)),
    ...warningColumns(funnel),
    // Signed to date is "Actual to date" above.
    ...metrics.filter((m) => m.id !== 'signed').map(toDateColumn),
  ];
}

/** Pace formula on this row's cells: actual ÷ target to date (seasonal) or ÷ quota × share of days elapsed (linear). */
function paceFormula(f: RowRefs): string {
  const [quota, toDate, actual] = [f.at('annualQuota'), f.at('targetToDate'), f.at('actualToDate')];
  const linear = `${quota}*${N.elapsedShare}`;
  return (
    `IF(${N.paceMode}=${formulaString(f.text.words.seasonal)},IF(${toDate}=0,"",${actual}/${toDate}),` +
    `IF(${linear}=0,"",${actual}/(${linear})))`
  );
}

/**
 * Pace = actual / expected: against target to date (seasonal), or against quota × share of
 * plan days elapsed (linear, which is core `pace` for a positive quota and actual).
 */
function paceOf(m: ModelRow): number | null {
  const [actual, quota, toDate] = [m.num('actualToDate') ?? 0, m.num('annualQuota') ?? 0, m.num('targetToDate') ?? 0];
  const { plan } = m;
  if (plan.seasonal) return divide(actual, toDate);
  if (quota <= 0 || plan.elapsedDays === 0 || actual < 0) return divide(actual, (quota * plan.elapsedDays) / plan.planDays);
  return pace(quota, actual, plan.start, plan.end, plan.asOf);
}

/**
 * Trend of the rep's signed amounts over the completed periods, at the next one. The ranges
 * end at `INDEX(…, CompletedPeriods)` — a non-volatile reference, unlike OFFSET — so only
 * finished periods count; fewer than 2 numbers give an empty cell instead of #DIV/0!.
 */
function forecastFormula(f: RepRefs): CellSpec {
  const name = f.layout.sheetNames.actuals;
  const [first, last] = f.actualsRows;
  const upTo = (col: number) => {
    const start = sheetRef(name, cell(col, first));
    return `${start}:INDEX(${sheetRef(name, range(col, first, col, last))},${N.completedPeriods})`;
  };
  const ys = upTo(f.actualsCol('signed'));
  const xs = upTo(f.layout.actuals.periodIndexCol);
  return {
    formula: `=IF(${N.completedPeriods}<2,"",IF(COUNT(${ys})<2,"",FORECAST.LINEAR(${N.completedPeriods}+1,${ys},${xs})))`,
  };
}

/** The mirror of `FORECAST.LINEAR` over the first `completed` values at x = completed + 1; blanks skipped. */
export function trend(values: readonly (number | null)[], completed: number): number | null {
  if (completed < 2) return null;
  const points: [number, number][] = [];
  values.slice(0, completed).forEach((y, i) => {
    if (y !== null) points.push([i + 1, y]);
  });
  if (points.length < 2) return null;
  return linearRegressionLine(linearRegression(points))(completed + 1);
}

function sumOfNumbers(values: readonly ModelValue[]): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  return numbers.length === 0 ? null : numbers.reduce((s, v) => s + v, 0);
}
