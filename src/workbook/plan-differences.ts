/**
 * **What changed between two plans**, in the decisions that move quotas: who is on the team,
 * when they start and leave, what their weight rests on (history, potential: as the split
 * method uses them), and the setup fields the split uses.
 * Renaming a plan, a rep or a team, the pace mode, thresholds, the as-of date, the funnel,
 * tiers and currency format decide no quota: they are no difference here (and so no
 * Change-log entry). Pure; the Change log words each difference (i18n `changeLog`).
 */
import type { PlanSetup, Rep } from './plan';

/** The setup fields that decide quotas; `periods` stands for start, count and granularity. */
export type QuotaSetupField = 'target' | 'cushion' | 'method' | 'blendHistoryShare' | 'ramp' | 'seasonality' | 'periods';

export type PlanDifference =
  | { kind: 'added'; rep: Rep }
  | { kind: 'removed'; rep: Rep }
  | { kind: 'leaveDate'; rep: Rep }
  | { kind: 'startDate'; rep: Rep }
  | { kind: 'weight'; rep: Rep }
  | { kind: 'setup'; field: QuotaSetupField };

const SETUP_FIELDS: Record<QuotaSetupField, (s: PlanSetup) => unknown> = {
  target: (s) => s.target,
  cushion: (s) => s.cushion,
  method: (s) => s.method,
  // the blend share decides only a blended split
  blendHistoryShare: (s) => (s.method === 'blend' ? s.blendHistoryShare : null),
  ramp: (s) => s.ramp,
  seasonality: (s) => s.seasonality,
  periods: (s) => [s.periodStart, s.periodCount, s.granularity],
};

/** What a rep's base share rests on under the split method (an equal split: nothing). */
function weightInputs(setup: PlanSetup, rep: Rep): number[] {
  switch (setup.method) {
    case 'history':
      return [rep.history];
    case 'potential':
      return [rep.potential];
    case 'blend':
      return [rep.history, rep.potential];
    default:
      return [];
  }
}

/**
 * The differences from `before` to `after`, reps matched by Rep ID (their order is no
 * difference): setup fields first, then each rep in the new team's order, then removed reps.
 *
 * @example
 * planDifferences(setup, [a, b], { ...setup, target: 2000 }, [a, { ...b, leaveDate: 46280 }, c]);
 * // => [{ kind: 'setup', field: 'target' }, { kind: 'leaveDate', rep: b' }, { kind: 'added', rep: c }]
 */
export function planDifferences(
  beforeSetup: PlanSetup,
  beforeReps: readonly Rep[],
  afterSetup: PlanSetup,
  afterReps: readonly Rep[],
): PlanDifference[] {
  const differences: PlanDifference[] = [];
  for (const field of Object.keys(SETUP_FIELDS) as QuotaSetupField[]) {
    const read = SETUP_FIELDS[field];
    if (JSON.stringify(read(beforeSetup)) !== JSON.stringify(read(afterSetup))) differences.push({ kind: 'setup', field });
  }
  const earlier = new Map(beforeReps.map((r) => [r.id, r]));
  for (const rep of afterReps) {
    const old = earlier.get(rep.id);
    if (!old) {
      differences.push({ kind: 'added', rep });
      continue;
    }
    if ((old.startDate ?? null) !== (rep.startDate ?? null)) differences.push({ kind: 'startDate', rep });
    if ((old.leaveDate ?? null) !== (rep.leaveDate ?? null)) differences.push({ kind: 'leaveDate', rep });
    if (JSON.stringify(weightInputs(afterSetup, old)) !== JSON.stringify(weightInputs(afterSetup, rep)))
      differences.push({ kind: 'weight', rep });
  }
  const staying = new Set(afterReps.map((r) => r.id));
  for (const rep of beforeReps) if (!staying.has(rep.id)) differences.push({ kind: 'removed', rep });
  return differences;
}
