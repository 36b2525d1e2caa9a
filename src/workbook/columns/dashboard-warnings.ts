/**
 * **Status, Reason and the figures the warning rules watch**, as Dashboard catalog entries.
 * Each rule of Setup (src/workbook/warning-rules.ts) watches one Dashboard cell and fires when
 * it is below the rule's threshold; Status is the worst severity of the rules that fire, the
 * Reason lists each with its figure, and each watched cell has a conditional format on the very
 * same condition (`ruleCondition`), so a coloured cell, the Status and the Reason agree.
 *
 * Portability: Excel 2016 has no TEXTJOIN, so the Reason is `IF(fires, "; text", "") & …` with
 * the first separator cut by MID. Figures are written by FIXED(x, d, 1) (1: no thousands separators), which rounds half
 * away from zero and uses the reader's decimal mark (TEXT's format codes would change meaning
 * in a locale whose decimal mark is a comma).
 */
import { formulaString } from '../a1';
import { PARAM_NAMES as N, PERIOD_ROW_NAMES } from '../names';
import { stageMetricId } from '../metrics';
import type { FunnelStage } from '../plan';
import type { CellSpec } from '../spec';
import { levelFormula, onFormula, RULE_KEYS, ruleNames, type RuleKey } from '../warning-rules';
import type { ColumnBase } from './column';
import { GAP_CAUSE_COLUMNS, GAP_CAUSES } from './gap-causes';
import type { DashboardColumn, DashboardKey, RepColumn } from './dashboard';
import type { ModelRow, ModelValue, RepModelRow, RepRefs, RowRefs, TeamModelRow } from './dashboard-row';

/** The Dashboard column holding the chance of making quota, which the `chance` rule watches (`null` would switch the rule off for good). */
export const CHANCE_COLUMN: DashboardKey | null = 'attainmentChance';

/** How a rule's figure and threshold read: a share in %, a multiple of the team's (×), a count. */
export type FigureKind = 'percent' | 'ratio' | 'count';

/** What a rule watches: the cell it colours and how its figure reads in the Reason. */
interface Watch {
  column: DashboardKey | null;
  figure: FigureKind;
}

const WATCHES: Record<RuleKey, Watch> = {
  paceAtRisk: { column: 'pace', figure: 'percent' },
  paceLagging: { column: 'pace', figure: 'percent' },
  followUps: { column: 'followUpsVsTeam', figure: 'ratio' },
  newLeads: { column: 'leadsVsTeam', figure: 'ratio' },
  conversion: { column: 'conversionVsTeam', figure: 'ratio' },
  collection: { column: 'collectionRate', figure: 'percent' },
  noActuals: { column: 'lastPeriodEntries', figure: 'count' },
  // The projection's threshold is a share of the quota; its figure is projection ÷ quota.
  projection: { column: 'projection', figure: 'percent' },
  chance: { column: CHANCE_COLUMN, figure: 'percent' },
};

/** How a rule's figure (and so its threshold) reads. */
export function figureKind(key: RuleKey): FigureKind {
  return WATCHES[key].figure;
}

/** The Dashboard column a rule colours (`null`: wired to nothing yet). */
export function watchedColumn(key: RuleKey): DashboardKey | null {
  return WATCHES[key].column;
}

/**
 * The rule fires on this row: it is on, the rep counts (active; the team row counts its active
 * reps), and the watched figure is a number below the threshold. `at` gives the row's cells
 * (relative addresses, so a conditional format can use it from its top-left cell).
 */
export function ruleCondition(key: RuleKey, at: (k: DashboardKey) => string): string {
  const column = WATCHES[key].column;
  if (column === null) return 'FALSE';
  const [x, t] = [at(column), `N(${ruleNames(key).threshold})`];
  const below =
    key === 'projection' ? `AND(ISNUMBER(${x}),${at('annualQuota')}>0,${x}<${t}*${at('annualQuota')})` : `AND(ISNUMBER(${x}),${x}<${t})`;
  return `AND(${onFormula(key)},N(${at('active')})>0,${below})`;
}

/** The mirror of {@link ruleCondition}. */
export function ruleFires(key: RuleKey, m: ModelRow): boolean {
  const column = WATCHES[key].column;
  const setting = m.plan.rules[key];
  if (column === null || !setting.on || !((m.num('active') ?? 0) > 0)) return false;
  const x = m.num(column);
  if (x === null) return false;
  if (key !== 'projection') return x < setting.threshold;
  const quota = m.num('annualQuota') ?? 0;
  return quota > 0 && x < setting.threshold * quota;
}

/** The figure's value as a formula on the row (the projection as a share of quota). */
function figureValue(key: RuleKey, at: (k: DashboardKey) => string): string {
  const x = at(WATCHES[key].column as DashboardKey);
  return key === 'projection' ? `${x}/${at('annualQuota')}` : x;
}

function figureValueOf(key: RuleKey, m: ModelRow): number {
  const x = m.num(WATCHES[key].column as DashboardKey) ?? 0;
  return key === 'projection' ? x / (m.num('annualQuota') ?? 0) : x;
}

function figureFormula(kind: FigureKind, value: string): string {
  if (kind === 'percent') return `FIXED(${value}*100,0,1)&"%"`;
  return `FIXED(${value},${kind === 'ratio' ? 2 : 0},1)`;
}

/** What FIXED(x, decimals, 1) shows: rounded half away from zero at 15 significant digits, no separators. */
export function fixedText(x: number, decimals: number): string {
  const scaled = Number((Math.abs(x) * 10 ** decimals).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / 10 ** decimals;
  const text = rounded.toFixed(decimals);
  return x < 0 && rounded !== 0 ? `-${text}` : text;
}

function figureText(kind: FigureKind, value: number): string {
  return kind === 'percent' ? `${fixedText(value * 100, 0)}%` : fixedText(value, kind === 'ratio' ? 2 : 0);
}

/** A localized phrase with formula parts in its slots, as one concatenation (`"Pace "&FIXED(…)&"%"`). */
function phraseFormula(phrase: (...slots: string[]) => string, parts: string[]): string {
  const marks = parts.map((_, i) => `\u0000${i}\u0000`);
  const pieces = phrase(...marks).split(/\u0000(\d+)\u0000/);
  return pieces
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece === '' ? null : formulaString(piece)))
    .filter((p): p is string => p !== null)
    .join('&');
}

/** The Reason's entries in order: pace once (either pace rule), then the other rules (those wired to a column). */
const REASON_ENTRIES: { rules: RuleKey[]; phrase: 'pace' | Exclude<RuleKey, 'paceAtRisk' | 'paceLagging'> }[] = [
  { rules: ['paceAtRisk', 'paceLagging'], phrase: 'pace' },
  ...RULE_KEYS.filter((k) => !k.startsWith('pace') && WATCHES[k].column !== null).map((k) => ({
    rules: [k],
    phrase: k as Exclude<RuleKey, 'paceAtRisk' | 'paceLagging'>,
  })),
];

/** The Reason of a row whose Status comes from the rules: every firing rule's phrase, separated. */
function reasonBody(f: RowRefs): string {
  const r = f.text.rules;
  const sep = r.separator;
  const at = (k: DashboardKey) => f.at(k);
  const parts = REASON_ENTRIES.map(({ rules, phrase }) => {
    const key = rules[0];
    const conditions = rules.map((k) => ruleCondition(k, at));
    const fires = conditions.length === 1 ? conditions[0] : `OR(${conditions.join(',')})`;
    const figure = figureFormula(WATCHES[key].figure, figureValue(key, at));
    const text =
      phrase === 'noActuals'
        ? phraseFormula(r.reasons.noActuals, [`INDEX(${PERIOD_ROW_NAMES.label},MAX(1,${N.completedPeriods}))`, figure])
        : phraseFormula(r.reasons[phrase], [figure]);
    return `IF(${fires},${formulaString(sep)}&${text},"")`;
  });
  return `IF(${f.at('pace')}="","",MID(${parts.join('&')}&${causeFormula(f)},${sep.length + 1},1000))`;
}

/**
 * For a flagged rep, the largest cause of the gap to the team mean: the most negative of the
 * attribution's parts (a tie goes to the first, in the funnel's order); nothing when no part is
 * below 0 (the rep is not short of the mean) or there is no attribution (the team row).
 */
function causeFormula(f: RowRefs): string {
  const r = f.text.rules;
  const parts = GAP_CAUSES.map((cause) => f.at(GAP_CAUSE_COLUMNS[cause]));
  const min = `MIN(${parts.join(',')})`;
  const name = GAP_CAUSES.slice(0, -1).reduceRight(
    (rest, cause, i) => `IF(${parts[i]}=${min},${formulaString(r.causes[cause])},${rest})`,
    formulaString(r.causes[GAP_CAUSES[GAP_CAUSES.length - 1]]),
  );
  const flagged = `${f.at('status')}<>${formulaString(f.text.words.onTrack)}`;
  return `IF(AND(${flagged},ISNUMBER(${parts[0]}),${min}<0),${formulaString(r.separator)}&${phraseFormula(r.reasons.cause, [name])},"")`;
}

function causeOf(m: ModelRow): string | null {
  const values = GAP_CAUSES.map((cause) => m.num(GAP_CAUSE_COLUMNS[cause]));
  if (values.some((v) => v === null)) return null;
  const min = Math.min(...(values as number[]));
  if (!(min < 0)) return null;
  return m.text.rules.reasons.cause(m.text.rules.causes[GAP_CAUSES[values.indexOf(min)]]);
}

function reasonOf(m: ModelRow): string | null {
  if (m.value('pace') === null) return null;
  const r = m.text.rules;
  const phrases = REASON_ENTRIES.flatMap(({ rules, phrase }) => {
    const key = rules[0];
    if (!rules.some((k) => ruleFires(k, m))) return [];
    const figure = figureText(WATCHES[key].figure, figureValueOf(key, m));
    return [phrase === 'noActuals' ? r.reasons.noActuals(m.plan.lastCompletedLabel, figure) : r.reasons[phrase](figure)];
  });
  if (phrases.length === 0) return null;
  const cause = causeOf(m);
  return [...phrases, ...(cause ? [cause] : [])].join(r.separator);
}

/** Status from the rules: No target yet without a pace; else the worst level that fires. */
function ruleStatus(f: RowRefs): string {
  const w = f.text.words;
  const at = (k: DashboardKey) => f.at(k);
  const levels = RULE_KEYS.filter((k) => WATCHES[k].column !== null).map((k) => `IF(${ruleCondition(k, at)},${levelFormula(k)},0)`);
  return (
    `IF(${f.at('pace')}="",${formulaString(w.noTarget)},` +
    `CHOOSE(1+MAX(${levels.join(',')}),${formulaString(w.onTrack)},${formulaString(w.atRisk)},${formulaString(w.lagging)}))`
  );
}

function ruleStatusOf(m: ModelRow): string {
  const w = m.text.words;
  if (m.value('pace') === null) return w.noTarget;
  const level = Math.max(0, ...RULE_KEYS.map((k) => (ruleFires(k, m) ? m.plan.rules[k].level : 0)));
  return [w.onTrack, w.atRisk, w.lagging][level];
}

function rep(key: DashboardKey, header: ColumnBase<DashboardKey>['header'], rest: Omit<RepColumn, 'kind' | 'key' | 'header'>): RepColumn {
  return { kind: 'rep', key, header, ...rest };
}

/**
 * Funnel conversion (won ÷ leads) against the team's, the active reps' won ÷ leads (the ratio
 * of their means); empty for a rep not started or left, with no leads, or when the team has none.
 */
function conversionVsTeam(funnel: readonly FunnelStage[]): RepColumn {
  const leads: DashboardKey = `toDate:${stageMetricId(0)}`;
  const won: DashboardKey = `toDate:${stageMetricId(funnel.length - 1)}`;
  return rep(
    'conversionVsTeam',
    { 'en-US': 'Conversion vs team', 'zh-CN': '转化率/团队' },
    {
      format: 'ratio',
      width: 13,
      formula: (f) => {
        const [ml, mw, l, w] = [f.teamMean(leads), f.teamMean(won), f.at(leads), f.at(won)];
        return { formula: `=IF(OR(${f.inactive},N(${ml})=0,N(${mw})=0,${l}=0),"",(${w}/${l})/(${mw}/${ml}))` };
      },
      model: (m) => {
        const [ml, mw, l] = [m.teamMean(leads), m.teamMean(won), m.num(leads) ?? 0];
        if (m.notStarted || m.left || !ml || !mw || l === 0) return null;
        return (m.num(won) ?? 0) / l / (mw / ml);
      },
      team: 'blank',
    },
  );
}

/** How many Actuals cells of the last completed period hold a number (empty before one is, or before the rep's start). */
const LAST_PERIOD_ENTRIES: RepColumn = rep(
  'lastPeriodEntries',
  { 'en-US': 'Entries, last full period', 'zh-CN': '上期录入项数' },
  {
    format: 'count',
    width: 13,
    formula: (f: RepRefs) => {
      const k = `MAX(1,${N.completedPeriods})`;
      const before = `AND(ISNUMBER(${f.startDate}),${f.startDate}>INDEX(${PERIOD_ROW_NAMES.end},${k}))`;
      return { formula: `=IF(OR(${N.completedPeriods}=0,${before}),"",COUNT(INDEX(${f.actualsBlock},${k},0)))` };
    },
    model: (m: RepModelRow) => m.completedPeriodEntries,
    team: 'blank',
  },
);

/**
 * Status: Left, Not started (issue 6) and No target yet (no pace to judge) come first, as
 * before; otherwise the worst severity of the warning rules that fire, On track if none does.
 */
const STATUS: RepColumn = rep(
  'status',
  { 'en-US': 'Status', 'zh-CN': '状态' },
  {
    format: 'general',
    width: 12,
    review: true,
    formula: (f) => {
      const w = f.text.words;
      return { formula: `=IF(${f.left},${formulaString(w.left)},IF(${f.notStarted},${formulaString(w.notStarted)},${ruleStatus(f)}))` };
    },
    model: (m) => (m.left ? m.text.words.left : m.notStarted ? m.text.words.notStarted : ruleStatusOf(m)),
    team: { formula: (f) => ({ formula: `=${ruleStatus(f)}` }), model: (m: TeamModelRow) => ruleStatusOf(m) },
  },
);

/** Reason: every rule that fires, with its figure, in the workbook's language; empty when Status is not the rules'. */
const REASON: RepColumn = rep(
  'reason',
  { 'en-US': 'Reason', 'zh-CN': '原因' },
  {
    format: 'general',
    width: 40,
    formula: (f) => ({ formula: `=IF(OR(${f.left},${f.notStarted}),"",${reasonBody(f)})` }),
    model: (m): ModelValue => (m.left || m.notStarted ? null : reasonOf(m)),
    team: { formula: (f) => ({ formula: `=${reasonBody(f)}` }), model: (m) => reasonOf(m) },
  },
);

/**
 * 1 for a rep who counts in the team mean (started, not left), else 0; the team row counts
 * them. The team-mean row averages over it (not over Status, which reads the means).
 */
const ACTIVE: RepColumn = rep(
  'active',
  { 'en-US': 'Counts in team mean', 'zh-CN': '计入团队均值' },
  {
    format: 'count',
    width: 10,
    formula: (f): CellSpec => ({ formula: `=IF(${f.inactive},0,1)` }),
    model: (m) => (m.notStarted || m.left ? 0 : 1),
    team: {
      formula: (f) => ({ formula: `=SUM(${f.repsOf('active')})` }),
      model: (m) => m.repValues('active').reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
    },
  },
);

/** The warning columns, in sheet order: the figures only rules watch, Status, Reason, and who counts in the mean. */
export function warningColumns(funnel: readonly FunnelStage[]): DashboardColumn[] {
  return [conversionVsTeam(funnel), LAST_PERIOD_ENTRIES, STATUS, REASON, ACTIVE];
}
