import { DomainError } from '../core/errors';
import { Messages } from '../core/messages';
import { workbookText } from './i18n';
import { actualInput, effectiveSetupInputs } from './input-numbers';
import { allFinite, checkInputNumbers, checkPlanNumbers, computeOrRefuse } from './number-checks';
import { planPeriods } from './periods';
import type { ChangeLogEntry, PlanSetup, QuotaTable, Rep } from './plan';
import { resplit, roundCents } from './quotas';
import type { Locale } from '../core/locale';
import type { InputValues } from './spec';

export interface ReplanRequest {
  /** The new team target for the whole plan. */
  newTarget: number;
  /** When (serial date-time), who and why — the Change log's record. */
  at: number;
  who: string;
  why: string;
  /** What changed, in words; a sentence in the locale by default. */
  what?: string;
}

export interface ReplanResult {
  /** The setup to build with: new target, and `rebase` telling the reconciliation where the re-plan starts. */
  setup: PlanSetup;
  quotas: QuotaTable;
  entry: ChangeLogEntry;
}

/**
 * **Re-plan** mid-year (the market moved): keep the past, redistribute what is left.
 *
 * Method: the periods not yet fully elapsed at the as-of date are re-planned (the current
 * one included: its quota is replaced and its actuals so far count against the new one).
 * The team's actual before them, A (signed amounts of the current reps), is what has been
 * delivered; the rest of the new target, `(newTarget − A) × (1 + cushion)` (0 if already
 * exceeded), is split to reps by the plan's method × RAMP over the remaining periods and
 * phased by their seasonality × ramp — the same SPLIT rules as the plan, so it adds up
 * exactly. Past periods' quotas are kept as they were (a new rep gets 0 there); actuals
 * are not touched. The returned setup carries `rebase = { fromPeriod, actualBefore: A }`,
 * so the Targets reconciliation checks exactly this redistribution.
 *
 * @throws {DomainError} `na` when the as-of date is at or after the plan's end
 * @throws {PlannerError} `badNumber` for a new target or an input it cannot compute with
 */
export function replan(
  setup: PlanSetup,
  reps: readonly Rep[],
  quotas: QuotaTable,
  inputs: InputValues,
  request: ReplanRequest,
  locale: Locale,
): ReplanResult {
  checkPlanNumbers({ ...setup, target: request.newTarget }, reps, locale);
  checkInputNumbers(setup, inputs, locale);
  const text = workbookText(locale);
  const periods = planPeriods(setup, text);
  const asOf = Math.floor(effectiveSetupInputs(setup, inputs).asOf);
  const from = periods.findIndex((p) => asOf < p.end);
  if (from < 0) throw new DomainError('na', Messages.planOver('as_of'));

  const past = periods.slice(0, from);
  const { actualBefore, remaining, table } = computeOrRefuse(
    locale,
    () => {
      const before = reps.reduce((sum, rep) => sum + past.reduce((s, p) => s + (actualInput(inputs, rep.id, p.id, 'signed') ?? 0), 0), 0);
      const rest = roundCents(Math.max(0, (request.newTarget - before) * (1 + setup.cushion)));
      return { actualBefore: before, remaining: rest, table: resplit(setup, reps, quotas, periods, from, rest) };
    },
    allFinite,
  );
  const entry: ChangeLogEntry = {
    at: request.at,
    who: request.who,
    what: request.what ?? text.changeLog.replanned(periods[from].label, remaining, periods.length - from, reps.length),
    why: request.why,
    targetBefore: setup.target,
    targetAfter: request.newTarget,
  };
  return {
    setup: { ...setup, target: request.newTarget, rebase: { fromPeriod: from + 1, actualBefore } },
    quotas: table,
    entry,
  };
}
