/**
 * **Sample plan**: a realistic team to try the planner on (the demo, the task pane's "load a
 * sample", scale tests).
 *
 * Definition: a FY2026 monthly plan (12 months from 2026-01-01, as of 2026-06-30) for three teams,
 * target 480,000 per rep (12,000,000 for the default 25 reps), with half a year of actuals.
 *
 * Method: everything comes from one seeded generator (mulberry32), so a seed gives the same team
 * in every run and on every machine, in both locales (names are translated, numbers are not).
 * Each rep has a performance factor: most near 1, about one in six clearly lagging (0.45–0.7)
 * and a few stars; a new hire (about one in eight, starting inside the plan year) sells nothing
 * before the start and ramps 25/50/75 % in the first months. Monthly signings follow the plan's
 * seasonality (a slow February for the Spring Festival, a strong Q4) with ±15 % noise. Funnel
 * counts are built from the wins upwards, so they never rise along the funnel; process metrics
 * (visits, follow-ups) follow the performance factor, so a lagging rep's dashboard shows why.
 *
 * @example
 * const { setup, reps, inputs } = sampleInputs({ reps: 25, seed: 2026, locale: 'zh-CN' });
 * // reps[0] → { id: 'R0001', name: '黄勇', team: '华北', startDate: null, history: 406000, potential: 520000 }
 */
import { serialToYmd, ymdToSerial } from '../core/dates';
import { DEFAULT_LOCALE, type Locale } from '../core/locale';
import { defaultPlanParts, SEASONALITY_PRESETS } from '../core/plan-defaults';
import { workbookText } from './i18n';
import { actualsRowKey, metricColumns, stageMetricId } from './metrics';
import { planPeriods } from './periods';
import type { PlanSetup, Rep } from './plan';
import { inputKey, type InputValues } from './spec';

export interface SampleOptions {
  /** Team size; default 25. */
  reps?: number;
  /** Generator seed; default 2026. */
  seed?: number;
  /** Names, teams, funnel stages and currency follow it; default en-US. */
  locale?: Locale;
}

export interface Sample {
  setup: PlanSetup;
  reps: Rep[];
  inputs: InputValues;
}

const TARGET_PER_REP = 480_000;
const AVERAGE_DEAL = 40_000;
/** The sample is a Chinese-market year in every locale: a Spring Festival dip, a strong Q4. */
const SEASONALITY = SEASONALITY_PRESETS.springFestival;

/** The sample's people and teams (the plan's own words come from the workbook text). */
const TEXT = {
  'en-US': {
    teams: ['North', 'East', 'South'],
    given: [
      'Olivia',
      'Liam',
      'Emma',
      'Noah',
      'Ava',
      'Oliver',
      'Sophia',
      'Elijah',
      'Isabella',
      'James',
      'Mia',
      'William',
      'Amelia',
      'Benjamin',
      'Harper',
      'Lucas',
      'Evelyn',
      'Henry',
      'Abigail',
      'Alexander',
      'Emily',
      'Daniel',
      'Grace',
      'Samuel',
    ],
    family: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Jones',
      'Garcia',
      'Miller',
      'Davis',
      'Martinez',
      'Lopez',
      'Wilson',
      'Anderson',
      'Taylor',
      'Thomas',
      'Moore',
      'Jackson',
      'Martin',
      'Lee',
      'Thompson',
      'White',
      'Harris',
      'Clark',
      'Walker',
      'Young',
    ],
    name: (given: string, family: string) => `${given} ${family}`,
  },
  'zh-CN': {
    teams: ['华北', '华东', '华南'],
    given: [
      '伟',
      '芳',
      '娜',
      '敏',
      '静',
      '丽',
      '强',
      '磊',
      '洋',
      '艳',
      '勇',
      '军',
      '杰',
      '娟',
      '涛',
      '明',
      '超',
      '秀英',
      '婷',
      '鹏',
      '华',
      '慧',
      '浩',
      '宇',
    ],
    family: [
      '王',
      '李',
      '张',
      '刘',
      '陈',
      '杨',
      '赵',
      '黄',
      '周',
      '吴',
      '徐',
      '孙',
      '胡',
      '朱',
      '高',
      '林',
      '何',
      '郭',
      '马',
      '罗',
      '梁',
      '宋',
      '郑',
      '谢',
    ],
    name: (given: string, family: string) => `${family}${given}`,
  },
} as const;

/** mulberry32: a small, fast, well-distributed 32-bit generator; same seed, same sequence. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low: number, high: number) => low + (high - low) * next(),
    integer: (low: number, high: number) => low + Math.floor((high - low + 1) * next()),
    pick: <T>(items: readonly T[]): T => items[Math.floor(items.length * next())],
    /** Standard normal by Box–Muller (1 − u keeps the logarithm finite). */
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
type Generator = ReturnType<typeof generator>;

/** A FY2026 monthly plan on the default parameters, as of the end of June. */
function sampleSetup(reps: number, locale: Locale): PlanSetup {
  const words = workbookText(locale).defaults;
  return {
    ...defaultPlanParts(locale, words.funnelStages),
    planName: words.planName(2026),
    target: TARGET_PER_REP * reps,
    periodStart: ymdToSerial(2026, 1, 1),
    periodCount: 12,
    granularity: 'month',
    asOf: ymdToSerial(2026, 6, 30),
    seasonality: [...SEASONALITY],
  };
}

interface SampleRep {
  rep: Rep;
  /** How well the rep sells relative to the plan (1 = on plan); drives actuals, not the plan. */
  performance: number;
}

function sampleRep(index: number, random: Generator, locale: Locale, periodStart: number): SampleRep {
  const text = TEXT[locale];
  const name = text.name(random.pick(text.given), random.pick(text.family));
  const roll = random.next();
  const isNewHire = index > 2 && roll < 0.125;
  // Lagging about 1 in 6, stars about 1 in 10, the rest around plan.
  const kind = random.next();
  const performance = kind < 0.17 ? random.between(0.45, 0.7) : kind > 0.9 ? random.between(1.15, 1.4) : random.between(0.88, 1.12);
  // Last year the team sold about a tenth less than this year's target asks.
  const history = isNewHire ? 0 : Math.round(((TARGET_PER_REP / 1.1) * Math.exp(0.25 * random.normal())) / 1000) * 1000;
  const potential = Math.round(((isNewHire ? 0.7 * TARGET_PER_REP : history) * random.between(0.95, 1.35)) / 10_000) * 10_000;
  const { year } = serialToYmd(periodStart);
  // New hires join on the 1st or the 15th of a month between February and September.
  const startDate = isNewHire ? ymdToSerial(year, random.integer(2, 9), random.pick([1, 15])) : null;
  const id = `R${String(index + 1).padStart(4, '0')}`;
  const team = text.teams[index % text.teams.length];
  return { rep: { id, name, team, startDate, history, potential }, performance };
}

/** Share of full capacity in the month starting `monthStart` (0 before the start, then the ramp). */
function rampShare(rep: Rep, monthStart: number, monthEnd: number, ramp: readonly number[]): number {
  if (rep.startDate === null) return 1;
  if (rep.startDate > monthEnd) return 0;
  const start = serialToYmd(rep.startDate);
  const month = serialToYmd(monthStart);
  const tenure = (month.year - start.year) * 12 + (month.month - start.month); // 0 in the start month
  const share = tenure < ramp.length ? ramp[tenure] : 1;
  // A start mid-month works only part of its first month.
  return tenure === 0 ? share * ((monthEnd - rep.startDate + 1) / (monthEnd - monthStart + 1)) : share;
}

/** One rep's month of actuals, metric id → value. */
function monthActuals(expected: number, performance: number, random: Generator): Record<string, number> {
  const signed = Math.max(0, Math.round((expected * (1 + 0.15 * random.normal())) / 100) * 100);
  const won = Math.round(signed / AVERAGE_DEAL + 0.4 * random.next());
  // Upwards through the funnel: each earlier stage holds at least the deals of the next one.
  const proposals = won + random.integer(won, 2 * won + 2);
  const qualified = proposals + random.integer(proposals, 2 * proposals + 2);
  const leads = qualified + random.integer(qualified, 3 * qualified + 4);
  const effort = Math.min(1.2, performance);
  return {
    signed,
    newCustomers: Math.round(won * random.between(0.5, 0.8)),
    collected: Math.round((signed * random.between(0.7, 0.95)) / 100) * 100,
    newLeads: leads,
    followUps: Math.round(leads * random.between(1.5, 2.5) * effort),
    visits: Math.round(random.between(8, 14) * effort),
    jointVisits: random.integer(0, effort > 0.8 ? 3 : 1),
    knowledgeShares: random.integer(0, effort > 0.8 ? 2 : 1),
    [stageMetricId(0)]: leads,
    [stageMetricId(1)]: qualified,
    [stageMetricId(2)]: proposals,
    [stageMetricId(3)]: won,
  };
}

/** A sample plan: setup, reps and their actuals up to the as-of date. */
export function sampleInputs(options: SampleOptions = {}): Sample {
  const count = options.reps ?? 25;
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`reps must be a whole number ≥ 1, not ${count}`);
  const random = generator(options.seed ?? 2026);
  const setup = sampleSetup(count, locale);
  const periods = planPeriods(setup, workbookText(locale));
  const metricIds = new Set<string>(metricColumns(setup.funnel).map((metric) => metric.id));
  const team = Array.from({ length: count }, (_, index) => sampleRep(index, random, locale, setup.periodStart));

  const inputs: InputValues = {};
  for (const { rep, performance } of team) {
    // What the rep sells in a year at performance 1: about a quota (target plus the usual 10 %
    // cushion), more for a rep with more potential; a new hire's first year is weaker.
    const annual = 1.1 * TARGET_PER_REP * (rep.history > 0 ? Math.sqrt(rep.potential / TARGET_PER_REP) : 0.8);
    let receivables = 0;
    periods.forEach((period, index) => {
      if (period.end > setup.asOf) return; // no actuals after the as-of date
      const capacity = rampShare(rep, period.start, period.end, setup.ramp);
      if (capacity === 0) return; // not there yet: cells stay blank
      const month = monthActuals(annual * SEASONALITY[index] * capacity * performance, performance, random);
      receivables += month.signed - month.collected; // the balance still to be collected
      const values: Record<string, number> = { ...month, receivables };
      for (const [metric, value] of Object.entries(values)) {
        if (!metricIds.has(metric)) throw new Error(`sample metric "${metric}" is not an Actuals column`);
        inputs[inputKey('actuals', actualsRowKey(rep.id, period.id), metric)] = value;
      }
    });
  }
  return { setup, reps: team.map((member) => member.rep), inputs };
}
