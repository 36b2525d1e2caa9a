/**
 * **Sample team**: a realistic team to try the planner on (the demo, the task pane's "load a
 * sample", scale tests); its actuals are in sample-actuals.ts.
 *
 * Definition: a FY2026 monthly plan (12 months from 2026-01-01, as of 2026-06-30) for three teams,
 * target 480,000 per rep (12,000,000 for the default 25 reps), with half a year of actuals.
 *
 * Method: everything comes from one seeded generator (mulberry32), so a seed gives the same team
 * in every run and on every machine, in both locales (names are translated, numbers are not).
 * Each rep has a performance factor: most near 1, about one in six clearly lagging (0.45–0.7)
 * and a few stars; a new hire (about one in eight) starts inside the plan year.
 *
 * @example
 * const { members } = sampleTeam({ reps: 25, seed: 2026, locale: 'zh-CN' });
 * // members[0].rep → { id: 'R0001', name: '黄勇', team: '华北', startDate: null, history: 406000, potential: 520000 }
 */
import { serialToYmd, ymdToSerial } from '../core/dates';
import { DEFAULT_LOCALE, type Locale } from '../core/locale';
import { defaultPlanParts, SEASONALITY_PRESETS } from '../core/plan-defaults';
import { workbookText } from './i18n';
import type { PlanSetup, Rep } from './plan';

export interface SampleOptions {
  /** Team size; default 25. */
  reps?: number;
  /** Generator seed; default 2026. */
  seed?: number;
  /** Names, teams, funnel stages and currency follow it; default en-US. */
  locale?: Locale;
}

const TARGET_PER_REP = 480_000;
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
export type Generator = ReturnType<typeof generator>;

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

export interface SampleRep {
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

/** The sample team, and the generator where it left off (the actuals continue its sequence). */
export interface SampleTeam {
  setup: PlanSetup;
  members: SampleRep[];
  random: Generator;
}

/**
 * The sample's setup and team, without actuals: what the task pane's "use a sample team"
 * needs. `sampleInputs` (sample-actuals.ts) adds the actuals from the same seed.
 */
export function sampleTeam(options: SampleOptions = {}): SampleTeam {
  const count = options.reps ?? 25;
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`reps must be a whole number ≥ 1, not ${count}`);
  const random = generator(options.seed ?? 2026);
  const setup = sampleSetup(count, locale);
  const members = Array.from({ length: count }, (_, index) => sampleRep(index, random, locale, setup.periodStart));
  return { setup, members, random };
}
