/**
 * **A team or plan change** ("Change plan or team"): a hire, a leaver, a rep's weight, the
 * target or the split. Quotas are a decision: the periods that have started keep theirs,
 * only the remaining periods are re-split, and the change is logged.
 */
import { serialToIso } from '../core/dates';
import { DomainError } from '../core/errors';
import type { Locale } from '../core/locale';
import { Messages } from '../core/messages';
import { workbookText, type WorkbookText } from './i18n';
import { planPeriods } from './periods';
import { checkPlanNumbers } from './number-checks';
import type { ChangeLogEntry, Period, PlanSetup, QuotaTable, Rep } from './plan';
import { planDifferences, type PlanDifference } from './plan-differences';
import { capacities, planQuotas, resplit, roundCents } from './quotas';

/** The plan as decided so far. */
export interface TeamPlan {
  setup: PlanSetup;
  reps: readonly Rep[];
  /** The quotas decided (by a re-plan or a change); absent while they follow from setup and reps. */
  quotas?: QuotaTable;
}

export interface TeamChange {
  /** The new team, matched to the old one by Rep ID; absent: unchanged. A leaver stays in it with a `leaveDate`. */
  reps?: readonly Rep[];
  /** The new setup; absent: unchanged. Its `rebase` is ignored: the plan's own is kept. */
  setup?: PlanSetup;
  /** The as-of date that tells which periods have started (the Setup cell in force); default the new setup's. */
  asOf?: number;
  /** When (serial date-time), who and why: the Change log's record. */
  at: number;
  who: string;
  why: string;
  /** What changed, in words; by default the differences and the re-split, in the locale. */
  what?: string;
}

export interface TeamChangeResult {
  /** The setup to build with (the plan's `rebase` kept). */
  setup: PlanSetup;
  reps: Rep[];
  quotas: QuotaTable;
  /** The Change-log entry; null when nothing that decides quotas changed (the quotas are then the old ones). */
  entry: ChangeLogEntry | null;
}

/**
 * **Change the team or the plan** without rewriting the past.
 *
 * Rule: a period has started when its first day is on or before the as-of date. Let `f` be
 * the period the reconciliation counts from (the re-plan period, `setup.rebase`; the first
 * without one) and `s` the first period not started (at least `f`). Every rep keeps their
 * quotas of the periods before `s`, found by period id (a new hire has 0 there, and so has a
 * started period the old plan did not have); the periods from `s` on are re-split
 * ({@link resplit}: the plan's method × capacity — ramp from the start date, 0 after a leave
 * date, the leave period pro-rated by its days — phased by seasonality × capacity), and
 * their total is what keeps the Targets reconciliation at OK:
 *
 *     remaining = (target − actual before re-plan) × (1 + cushion) − Σ quotas of periods f … s−1
 *
 * (with the new target and cushion, over the new team; never re-planned: `target × (1 +
 * cushion) − Σ started quotas`). A leaver keeps their started quotas and actuals, so past
 * team totals never move. A removed rep, or a period the plan no longer covers, takes its
 * quotas out of the plan (its inputs go to the Archive), and the remaining periods carry
 * them. If nothing that decides quotas changed (plan-differences.ts): no entry, the same
 * quotas. Otherwise one Change-log entry: the differences, the re-split, the target before
 * and after.
 *
 * @example
 * // Jan–Dec 2026, target 1,080,000, cushion 10%, equal split, A, B, C: 33,000 a month each.
 * // As of 2026-06-30, add D starting 2026-07-01 (ramp 25/50/75%): Jan–Jun stay 33,000;
 * // 594,000 left over Jul–Dec by capacity 1, 1, 1, 0.75 → A, B, C 26,400 a month,
 * // D 6,600, 13,200, 19,800, 26,400, 26,400, 26,400; one entry "added D (Dee) …".
 * changeTeam({ setup, reps: [A, B, C] }, { reps: [A, B, C, D], asOf: JUN_30, at, who: 'Ann', why: 'New hire' }, 'en-US');
 *
 * @throws {DomainError} `value` for a new granularity once a period has started (no period
 *   would keep its quotas) or a re-plan period the plan no longer covers; `num` when the new
 *   target × (1 + cushion) is below the quotas kept; `na` when something is left to split
 *   but no period, or no rep, is left to take it
 */
/**
 * The new team in the earlier team's order, newcomers after it (in the order given): a rep's
 * rows on Targets, Actuals and the Dashboard never move when others join or a list comes
 * sorted differently, so no co-author's typing lands in a moved row (render.ts).
 *
 * @example stableOrder([A, B, C], [C, D, A]) // => [A, C, D]
 */
export function stableOrder(before: readonly Rep[], after: readonly Rep[]): Rep[] {
  const rank = new Map(before.map((rep, i) => [rep.id, i]));
  const known = after.filter((rep) => rank.has(rep.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...known, ...after.filter((rep) => !rank.has(rep.id))];
}

export function changeTeam(before: TeamPlan, change: TeamChange, locale: Locale): TeamChangeResult {
  const text = workbookText(locale);
  const asked: PlanSetup = { ...(change.setup ?? before.setup) };
  delete asked.rebase; // the plan's own re-plan mark is kept, whatever the new setup says
  // Numbers the plan cannot compute with are refused in words before anything is split.
  checkPlanNumbers(asked, change.reps ?? before.reps, locale);
  const reps = stableOrder(before.reps, change.reps ?? before.reps);
  const oldPeriods = planPeriods(before.setup, text);
  const oldQuotas = planQuotas(before);
  const differences = planDifferences(before.setup, before.reps, asked, reps);
  if (differences.length === 0) {
    return { setup: before.setup.rebase ? { ...asked, rebase: before.setup.rebase } : asked, reps, quotas: oldQuotas, entry: null };
  }

  const periods = planPeriods(asked, text);
  const { from, reconFrom, rebase } = startedPart(before.setup, oldPeriods, asked, periods, Math.floor(change.asOf ?? asked.asOf));
  const setup: PlanSetup = rebase ? { ...asked, rebase } : asked;
  const oldIndex = new Map(oldPeriods.map((p, i) => [p.id, i]));
  const kept: QuotaTable = {};
  for (const rep of reps) {
    const row = oldQuotas[rep.id]?.length === oldPeriods.length ? oldQuotas[rep.id] : [];
    kept[rep.id] = periods.map((p, k) => (k < from ? (row[oldIndex.get(p.id) ?? -1] ?? 0) : 0));
  }
  const keptInRecon = reps.reduce((sum, rep) => sum + kept[rep.id].slice(reconFrom, from).reduce((s, q) => s + q, 0), 0);
  const remaining = roundCents((setup.target - (rebase?.actualBefore ?? 0)) * (1 + setup.cushion) - keptInRecon);
  if (remaining < 0) throw new DomainError('num', Messages.belowStarted(roundCents(keptInRecon)));
  const future = periods.slice(from);
  const present = future.length > 0 ? capacities(reps, future, setup.ramp).overall.filter((c) => c > 0).length : 0;
  if (remaining > 0 && future.length === 0) throw new DomainError('na', Messages.planOver('as_of'));
  if (remaining > 0 && present === 0) throw new DomainError('na', Messages.nobodyToSplitTo());

  const quotas = resplit(setup, reps, kept, periods, from, remaining);
  const words = differences.map((d) => differenceText(d, text)).join(text.changeLog.separator);
  const what =
    future.length > 0
      ? text.changeLog.teamChanged(words, periods[from].label, remaining, future.length, present)
      : text.changeLog.teamChangedAfterEnd(words);
  const entry: ChangeLogEntry = {
    at: change.at,
    who: change.who,
    what: change.what ?? what,
    why: change.why,
    targetBefore: before.setup.target,
    targetAfter: setup.target,
  };
  return { setup, reps, quotas, entry };
}

/**
 * Where the re-split starts in the new periods (`from`, 0-based: the first period not
 * started, and not before the re-plan period), where the reconciliation counts from, and the
 * plan's re-plan mark moved to the new periods (found by period id).
 * @throws {DomainError} `value` for a new granularity once a period has started, or a re-plan period no longer in the plan
 */
function startedPart(oldSetup: PlanSetup, oldPeriods: Period[], setup: PlanSetup, periods: Period[], asOf: number) {
  const started = periods.filter((p) => p.start <= asOf).length;
  const rebase = oldSetup.rebase;
  const reconFrom = rebase ? periods.findIndex((p) => p.id === oldPeriods[rebase.fromPeriod - 1]?.id) : 0;
  const regrained = setup.granularity !== oldSetup.granularity && (started > 0 || oldPeriods.some((p) => p.start <= asOf));
  if (regrained || reconFrom < 0) throw new DomainError('value', Messages.startedPeriodsFixed('as_of'));
  return {
    from: Math.max(started, reconFrom),
    reconFrom,
    rebase: rebase ? { ...rebase, fromPeriod: reconFrom + 1 } : undefined,
  };
}

function differenceText(d: PlanDifference, text: WorkbookText): string {
  const c = text.changeLog;
  switch (d.kind) {
    case 'added':
      return c.added(d.rep.id, d.rep.name);
    case 'removed':
      return c.removed(d.rep.id, d.rep.name);
    case 'leaveDate':
      return d.rep.leaveDate == null ? c.stays(d.rep.id) : c.leaves(d.rep.id, serialToIso(d.rep.leaveDate));
    case 'startDate':
      return d.rep.startDate === null ? c.startsBefore(d.rep.id) : c.starts(d.rep.id, serialToIso(d.rep.startDate));
    case 'weight':
      return c.weight(d.rep.id);
    case 'setup': {
      const labels = { ...text.setup.params, ramp: c.ramp, seasonality: c.seasonality, periods: text.setup.params.granularity };
      return c.setupChanged(labels[d.field]);
    }
  }
}
