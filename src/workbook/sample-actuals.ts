/**
 * **Sample plan with actuals**: the sample team (sample.ts) and its actuals up to the as-of
 * date, for the demo, the tests and the bench.
 *
 * Method: each rep sells their own quota of the period (which already carries the ramp of a new
 * hire and the plan's seasonality: a slow February for the Spring Festival, a strong Q4) times
 * their performance factor, with ±15 % noise; a rep sells nothing before the start (the cells
 * stay blank). So a new hire's pace reads like anyone's: their performance, not their ramp.
 * Funnel counts are built from the wins upwards, so they never rise along the funnel; process
 * metrics (visits, follow-ups) follow the performance factor, so a lagging rep's dashboard
 * shows why; three ordinary reps get one more warning each (`sampleQuirks`). Everything continues the team's seeded generator: a seed gives the same plan in
 * every run, in both locales.
 *
 * @example
 * const { setup, reps, inputs } = sampleInputs({ reps: 25, seed: 2026, locale: 'zh-CN' });
 * // inputs['actuals!R0001|2026-01!signed'] → the first rep's January signings
 */
import { workbookText } from './i18n';
import { actualsRowKey, metricColumns, stageMetricId } from './metrics';
import { planPeriods } from './periods';
import type { PlanSetup, Rep } from './plan';
import { computeQuotas } from './quotas';
import { sampleTeam, type Generator, type SampleOptions } from './sample';
import { inputKey, type InputValues } from './spec';

export interface Sample {
  setup: PlanSetup;
  reps: Rep[];
  inputs: InputValues;
}

const AVERAGE_DEAL = 40_000;

/** A sample plan: setup, reps and their actuals up to the as-of date. */
export function sampleInputs(options: SampleOptions = {}): Sample {
  const { setup, members, random } = sampleTeam(options);
  const reps = members.map((m) => m.rep);
  const periods = planPeriods(setup, workbookText(options.locale ?? 'en-US'));
  const quotas = computeQuotas(setup, reps, periods).table;
  const metricIds = new Set<string>(metricColumns(setup.funnel).map((metric) => metric.id));

  const quirks = sampleQuirks(members);
  const lastReported = periods.filter((p) => p.end <= setup.asOf).length - 1;
  const inputs: InputValues = {};
  for (const { rep, performance } of members) {
    let receivables = 0;
    const quirk = quirks.get(rep.id);
    periods.forEach((period, index) => {
      if (period.end > setup.asOf) return; // no actuals after the as-of date
      const quota = quotas[rep.id][index];
      if (quota === 0) return; // not there yet: cells stay blank
      const month = withQuirk(monthActuals(quota * performance, performance, random), quirk);
      if (quirk === 'forgot' && index === lastReported) return; // drawn (the stream goes on), never entered
      receivables += month.signed - month.collected; // the balance still to be collected
      const values: Record<string, number> = { ...month, receivables };
      for (const [metric, value] of Object.entries(values)) {
        if (!metricIds.has(metric)) throw new Error(`sample metric "${metric}" is not an Actuals column`);
        inputs[inputKey('actuals', actualsRowKey(rep.id, period.id), metric)] = value;
      }
    });
  }
  return { setup, reps, inputs };
}

/**
 * Three tenured reps of ordinary performance each show one more warning: one collects slowly,
 * one works many leads but wins few of them, one has not entered the last completed period.
 * Chosen among the first reps (so a larger team keeps them), drawn from no random number (so
 * every other figure stays as it was).
 */
type Quirk = 'slowCollector' | 'poorConverter' | 'forgot';

function sampleQuirks(members: readonly { rep: Rep; performance: number }[]): Map<string, Quirk> {
  const ordinary = members.filter((m) => m.rep.startDate === null && m.performance >= 0.88 && m.performance <= 1.12);
  const kinds: Quirk[] = ['slowCollector', 'poorConverter', 'forgot'];
  return new Map(kinds.flatMap((kind, i) => (ordinary[i] ? [[ordinary[i].rep.id, kind] as [string, Quirk]] : [])));
}

function withQuirk(month: Record<string, number>, quirk: Quirk | undefined): Record<string, number> {
  if (quirk === 'slowCollector') return { ...month, collected: Math.round((month.collected * 0.6) / 100) * 100 };
  if (quirk !== 'poorConverter') return month;
  // Twice the leads and qualified deals for the same wins: the funnel still never rises.
  const [leads, qualified] = [stageMetricId(0), stageMetricId(1)];
  return { ...month, [leads]: 2 * month[leads], [qualified]: 2 * month[qualified] };
}

/** One rep's month of actuals, metric id → value. */
function monthActuals(expected: number, performance: number, random: Generator): Record<string, number> {
  const signed = Math.max(0, Math.round((expected * (1 + 0.15 * random.normal())) / 100) * 100);
  // Anything signed was at least one deal won.
  const won = signed > 0 ? Math.max(1, Math.round(signed / AVERAGE_DEAL + 0.4 * random.next())) : 0;
  // Upwards through the funnel: each earlier stage holds at least the deals of the next one.
  const proposals = won + random.integer(won, 2 * won + 2);
  const qualified = proposals + random.integer(proposals, 2 * proposals + 2);
  const leads = qualified + random.integer(qualified, 3 * qualified + 4);
  const effort = Math.min(1.2, performance);
  return {
    signed,
    newCustomers: Math.round(won * random.between(0.5, 0.8)),
    collected: Math.round((signed * random.between(0.7, 0.95)) / 100) * 100,
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
