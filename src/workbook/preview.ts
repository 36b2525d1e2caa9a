/**
 * **Previews**: what a build, a team change or a re-plan would decide, before anything is
 * written. Pure: src/excel reads the saved plan and the inputs (as the operations do) and
 * calls these, so the pane shows exactly the split the operation would then write.
 */
import type { Locale } from '../core/locale';
import { smart, type SmartCheck } from '../core/smart';
import { workbookText } from './i18n';
import { checkPlanNumbers } from './number-checks';
import { planEnd, planPeriods } from './periods';
import type { Period, PlanSetup, QuotaTable, Rep } from './plan';
import { computeQuotas, planQuotas, roundCents } from './quotas';
import { replan, type ReplanRequest } from './replan';
import type { InputValues } from './spec';
import { changeTeam, type TeamChange, type TeamPlan } from './team-change';

/** One rep's part of a new plan. */
export interface RepSplit {
  id: string;
  name: string;
  /** The rep's quota over the plan: the sum of `perPeriod`. */
  quota: number;
  perPeriod: number[];
  /** Ramp factor over the plan (1 = full capacity all year). */
  ramp: number;
  /** Base share by the split method (0..1, the team's sum to 1). */
  weight: number;
}

export interface BuildPreview {
  kind: 'new';
  periods: string[];
  reps: RepSplit[];
  /** The team target and the cushion over it (0.1 = 10%). */
  target: number;
  cushion: number;
  /** target × (1 + cushion), rounded to cents: what the quotas must add up to. */
  teamQuota: number;
  /** The sum of every rep's quotas. */
  total: number;
  /** `total` is `teamQuota` to the cent, and each rep's periods add up to their quota. */
  sumOk: boolean;
  /**
   * The SMART check of the team target against the team's history total (the baseline).
   * No team history over several years exists yet, so A cannot hold; the growth and the
   * period (S, M, T) are what it tells.
   */
  smart: SmartCheck;
  /** The baseline used: the reps' history summed, or null when none was given. */
  baseline: number | null;
}

/** One rep's quotas before and after a change, by period of the new plan. */
export interface RepChange {
  id: string;
  name: string;
  /** `added`: not in the plan before; `removed`: taken out (their quotas leave the plan). */
  status: 'added' | 'removed' | 'kept';
  before: number[];
  after: number[];
  beforeTotal: number;
  afterTotal: number;
}

export interface ChangePreview {
  kind: 'change' | 'replan';
  /** The new plan's period labels (a removed rep's `after` is all 0). */
  periods: string[];
  reps: RepChange[];
  /** Indexes of the periods whose team quota or any rep's quota changes. */
  changedPeriods: number[];
  /** The team's quotas per period, before and after. */
  teamBefore: number[];
  teamAfter: number[];
  /** Target before and after. */
  targetBefore: number;
  targetAfter: number;
  /** What the Change log would record (null: nothing that decides quotas changed). */
  what: string | null;
  /**
   * Set when everything that moves lands in one period (e.g. the as-of date is in the last
   * one): its label and how many times its old team quota it becomes (null when it was 0).
   */
  concentrated: { period: string; factor: number | null } | null;
}

const cents = (a: number, b: number) => Math.abs(a - b) < 0.005;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * **The split of a new plan** per rep: quota, per period, ramp and weight, the sum check
 * and the SMART verdict of the team target.
 *
 * @example
 * // target 1,000, no cushion, equal split, A and B, 2 months weighted 1:3
 * previewBuild(setup, [A, B], 'en-US').reps[0]; // => { id: 'A', quota: 500, perPeriod: [125, 375], ramp: 1, weight: 0.5, … }
 *
 * @throws {PlannerError} `badNumber` as buildPlan does; {DomainError} for no reps
 */
export function previewBuild(setup: PlanSetup, reps: readonly Rep[], locale: Locale): BuildPreview {
  checkPlanNumbers(setup, reps, locale);
  const periods = planPeriods(setup, workbookText(locale));
  const plan = computeQuotas(setup, reps, periods);
  const split: RepSplit[] = reps.map((rep, i) => {
    const perPeriod = plan.table[rep.id];
    return { id: rep.id, name: rep.name, quota: roundCents(sum(perPeriod)), perPeriod, ramp: plan.rampFactors[i], weight: plan.weights[i] };
  });
  const teamQuota = roundCents(setup.target * (1 + setup.cushion));
  const total = roundCents(sum(split.map((r) => r.quota)));
  const repsAddUp = split.every((r) => cents(sum(r.perPeriod), r.quota));
  const history = sum(reps.map((r) => (Number.isFinite(r.history) && r.history > 0 ? r.history : 0)));
  const baseline = history > 0 ? history : null;
  return {
    kind: 'new',
    periods: periods.map((p) => p.label),
    reps: split,
    target: setup.target,
    cushion: setup.cushion,
    teamQuota,
    total,
    sumOk: repsAddUp && cents(total, teamQuota),
    smart: smart({ target: setup.target, baseline, startDate: periods[0].start, endDate: planEnd(periods), asOf: Math.floor(setup.asOf) }),
    baseline,
  };
}

/**
 * **A team or plan change**, before and after: what `buildPlanInWorkbook` over a saved plan
 * would decide (`changeTeam`).
 *
 * @example
 * // A, B, C at 33,000 a month; as of 30 Jun, D joins on 1 Jul → Jan–Jun unchanged, Jul–Dec changed
 * previewChange(before, { reps: [A, B, C, D], asOf, at, who: '', why: '' }, 'en-US').changedPeriods; // => [6, 7, 8, 9, 10, 11]
 */
export function previewChange(before: TeamPlan, change: TeamChange, locale: Locale): ChangePreview {
  const text = workbookText(locale);
  const oldPeriods = planPeriods(before.setup, text);
  const oldQuotas = planQuotas(before);
  const result = changeTeam(before, change, locale);
  return comparison('change', {
    oldPeriods,
    oldQuotas,
    oldReps: before.reps,
    periods: planPeriods(result.setup, text),
    quotas: result.quotas,
    reps: result.reps,
    targetBefore: before.setup.target,
    targetAfter: result.setup.target,
    what: result.entry?.what ?? null,
  });
}

/**
 * **A re-plan**, before and after (`replan`): the periods not yet over are re-split to the
 * new target. The as-of date in the last period puts the whole remainder there: `concentrated`.
 */
export function previewReplan(
  setup: PlanSetup,
  reps: readonly Rep[],
  quotas: QuotaTable,
  inputs: InputValues,
  request: ReplanRequest,
  locale: Locale,
): ChangePreview {
  const periods = planPeriods(setup, workbookText(locale));
  const result = replan(setup, reps, quotas, inputs, request, locale);
  return comparison('replan', {
    oldPeriods: periods,
    oldQuotas: quotas,
    oldReps: reps,
    periods,
    quotas: result.quotas,
    reps,
    targetBefore: setup.target,
    targetAfter: request.newTarget,
    what: result.entry.what,
  });
}

interface Sides {
  oldPeriods: readonly Period[];
  oldQuotas: QuotaTable;
  oldReps: readonly Rep[];
  periods: readonly Period[];
  quotas: QuotaTable;
  reps: readonly Rep[];
  targetBefore: number;
  targetAfter: number;
  what: string | null;
}

/** Before and after on the new plan's periods (old quotas found by period id). */
export function comparison(kind: ChangePreview['kind'], s: Sides): ChangePreview {
  const oldIndex = new Map(s.oldPeriods.map((p, i) => [p.id, i]));
  const oldRow = (id: string) => s.periods.map((p) => s.oldQuotas[id]?.[oldIndex.get(p.id) ?? -1] ?? 0);
  const known = new Set(s.oldReps.map((r) => r.id));
  const now = new Set(s.reps.map((r) => r.id));
  const row = (rep: Rep, status: RepChange['status']): RepChange => {
    const before = status === 'added' ? s.periods.map(() => 0) : oldRow(rep.id);
    const after = status === 'removed' ? s.periods.map(() => 0) : s.periods.map((_, k) => s.quotas[rep.id]?.[k] ?? 0);
    return { id: rep.id, name: rep.name, status, before, after, beforeTotal: roundCents(sum(before)), afterTotal: roundCents(sum(after)) };
  };
  const reps = [
    ...s.reps.map((rep) => row(rep, known.has(rep.id) ? 'kept' : 'added')),
    ...s.oldReps.filter((rep) => !now.has(rep.id)).map((rep) => row(rep, 'removed')),
  ];
  const teamBefore = s.periods.map((_, k) => roundCents(sum(reps.map((r) => r.before[k]))));
  const teamAfter = s.periods.map((_, k) => roundCents(sum(reps.map((r) => r.after[k]))));
  const changedPeriods = s.periods.map((_, k) => k).filter((k) => reps.some((r) => !cents(r.before[k], r.after[k])));
  const only = changedPeriods.length === 1 && s.periods.length > 1 ? changedPeriods[0] : null;
  const concentrated =
    only === null ? null : { period: s.periods[only].label, factor: teamBefore[only] > 0 ? teamAfter[only] / teamBefore[only] : null };
  return {
    kind,
    periods: s.periods.map((p) => p.label),
    reps,
    changedPeriods,
    teamBefore,
    teamAfter,
    targetBefore: s.targetBefore,
    targetAfter: s.targetAfter,
    what: s.what,
    concentrated,
  };
}
