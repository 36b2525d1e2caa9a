/**
 * The plan as the task pane (and the demo) describes it: what `buildPlan` takes.
 * Pure data; dates are Excel serial numbers (1900 system) so they round-trip through cells.
 */

/** How the team target is shared between reps before ramp and cushion. */
export type SplitMethod = 'equal' | 'history' | 'potential' | 'blend';

/** Length of one plan period; actuals and quotas are kept per period. */
export type Granularity = 'month' | 'quarter';

export interface FunnelStage {
  /** Stage name as users call it, e.g. "Lead", "Qualified", "Proposal", "Won". */
  name: string;
  /** Win probability of a deal at this stage, 0..1 (for a weighted pipeline). */
  probability: number;
}

export interface CommissionTier {
  /** Attainment at which the tier starts (0, 1, 1.5 …), ascending from 0. */
  threshold: number;
  /** Commission rate paid in this tier, 0..1. */
  rate: number;
}

export interface PlanSetup {
  /** Shown in sheet titles. */
  planName: string;
  /** Team target for the whole plan period, in currency. */
  target: number;
  /** First day of the first period (serial date). */
  periodStart: number;
  /** Number of periods (12 months, or 4 quarters). */
  periodCount: number;
  granularity: Granularity;
  /** The date actuals are reported to (serial date); drives pace and projection. */
  asOf: number;
  /** Over-assignment cushion: rep quotas sum to target × (1 + cushion), e.g. 0.1. */
  cushion: number;
  method: SplitMethod;
  /** For `blend`: the share of history in the weight, 0..1 (the rest is potential). */
  blendHistoryShare: number;
  /** Ramp shares for a new hire's 1st, 2nd, 3rd … month; 100% after (default 25%, 50%, 75%). */
  ramp: number[];
  /** One weight per period (normalised when used); equal weights mean linear phasing. */
  seasonality: number[];
  /** Pace below `atRisk` shows "At risk", below `lagging` shows "Lagging" (e.g. 0.9 and 0.75). */
  thresholds: { atRisk: number; lagging: number };
  funnel: FunnelStage[];
  tiers: CommissionTier[];
  /** Number format for money, e.g. `#,##0` or `¥#,##0`. */
  currencyFormat: string;
  /**
   * Optional (added by "workbook"): what pace compares with. `seasonal` (default): the
   * phased quotas to date; `linear`: the annual quota × share of plan days elapsed.
   */
  paceMode?: PaceMode;
  /**
   * Optional (added by "workbook", set by `replan`): the plan was re-planned from period
   * `fromPeriod` (1-based) when the team's actual in the periods before it was
   * `actualBefore`; quotas from that period on sum to (target − actualBefore) × (1 + cushion).
   * Absent for a plan never re-planned (= from period 1 with 0 before).
   */
  rebase?: { fromPeriod: number; actualBefore: number };
}

export type PaceMode = 'linear' | 'seasonal';

export interface Rep {
  /** Stable identity, never reused: inputs are keyed by it. */
  id: string;
  name: string;
  team: string;
  /** Start date (serial); null for a rep who was there before the plan. */
  startDate: number | null;
  /**
   * Optional (added by "team change"): the rep's last working day (serial), inclusive. A
   * leaver stays in the plan: their quotas of started periods and their actuals stay, and
   * from the periods after the leave date they have none (the period they leave in is
   * pro-rated by its days up to this date: `capacities` in quotas.ts). Absent or null: stays.
   */
  leaveDate?: number | null;
  /** Last comparable period's result (for `history` weights). */
  history: number;
  /** Manager's estimate of potential (for `potential` weights). */
  potential: number;
}

/** One plan period, with a stable id used in input keys (`2026-03`, `2026-Q1`). */
export interface Period {
  id: string;
  /** First and last day, inclusive (serial dates). */
  start: number;
  end: number;
  /** Short label for headers, e.g. "Mar 2026" / "2026年3月". */
  label: string;
}

/** Quotas as decided: rep id → one amount per period, in period order. */
export type QuotaTable = Record<string, number[]>;

/** One decision on the quotas (a re-plan, a team or plan change), as the Change log records it. */
export interface ChangeLogEntry {
  /** When the change was made (serial date-time). */
  at: number;
  who: string;
  what: string;
  why: string;
  /** Team target before and after. */
  targetBefore: number;
  targetAfter: number;
}

/** A plan's pace mode; plans saved before pace modes existed measure pace seasonally. */
export function paceModeOf(setup: Pick<PlanSetup, 'paceMode'>): PaceMode {
  return setup.paceMode ?? 'seasonal';
}
