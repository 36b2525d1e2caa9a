/**
 * The shape of one locale's workbook text: every sheet name, header, label and status word
 * the spec builder writes. Status words also appear inside formulas (`IF(…,"Lagging",…)`),
 * so they come from here too and a sheet's formulas and its conditional formats agree.
 * It is also the glossary: the task pane takes every word it shares with the workbook (Setup
 * parameters, choices, status words, sheet and column names) from these tables, so a manager
 * in the pane and finance on the Setup sheet read the same word (tests/taskpane/glossary.test.ts).
 */
import type { SheetKey } from '../spec';

export type SetupParamKey =
  | 'target'
  | 'periodStart'
  | 'periodEnd'
  | 'granularity'
  | 'asOf'
  | 'cushion'
  | 'method'
  | 'blendHistoryShare'
  | 'paceMode'
  | 'atRisk'
  | 'lagging'
  | 'replanFrom'
  | 'replanBase'
  | 'planDays'
  | 'elapsedDays'
  | 'elapsedShare'
  | 'expectedShare'
  | 'remainingPeriods'
  | 'currentPeriod'
  | 'completedPeriods'
  | 'repCount'
  | 'startedPeriods';

/** The warning rules of Setup, one row each (src/workbook/warning-rules.ts), in sheet order. */
export type RuleKey =
  'paceAtRisk' | 'paceLagging' | 'followUps' | 'newLeads' | 'conversion' | 'collection' | 'noActuals' | 'projection' | 'chance';

export type MetricKey =
  'signed' | 'newCustomers' | 'collected' | 'receivables' | 'followUps' | 'visits' | 'jointVisits' | 'knowledgeShares';

export interface WorkbookText {
  sheets: Record<SheetKey, string>;
  titles: Record<SheetKey, string>;
  notes: Record<SheetKey, string>;
  setup: {
    headers: { parameter: string; value: string; note: string };
    params: Record<SetupParamKey, string>;
    paramNotes: Partial<Record<SetupParamKey, string>>;
    periods: {
      title: string;
      label: string;
      id: string;
      index: string;
      start: string;
      end: string;
      days: string;
      daysElapsed: string;
      shareElapsed: string;
      seasonWeight: string;
      seasonShare: string;
    };
    funnel: { stage: string; probability: string };
    tiers: { from: string; rate: string };
  };
  words: {
    month: string;
    quarter: string;
    equal: string;
    history: string;
    potential: string;
    blend: string;
    linear: string;
    seasonal: string;
    onTrack: string;
    notStarted: string;
    left: string;
    noTarget: string;
    atRisk: string;
    lagging: string;
    ok: string;
  };
  /** Targets' labels outside the column catalog (columns/targets.ts holds the headers). */
  targets: {
    teamTotal: string;
    /** The Dashboard row of means over the reps who have started. */
    teamMean: string;
    reconTarget: string;
    reconQuota: string;
    reconCheck: string;
  };
  actuals: { periodIndex: string; period: string };
  /** The Leaderboard's section labels (sheets/leaderboard.ts). */
  leaderboard: {
    /** Above the board of all reps, whose rank is among all reps. */
    overall: (size: number) => string;
    /** Above a team's board, whose rank is within the team. */
    team: (team: string, size: number) => string;
    /** The label of the reps without a team. */
    noTeam: string;
  };
  metrics: Record<MetricKey, string>;
  changeLog: {
    /** The default "what" of a re-plan entry. */
    replanned: (fromPeriod: string, remaining: number, periods: number, reps: number) => string;
    /** The "what" of a team or plan change: its differences (joined), then what was re-split. */
    teamChanged: (differences: string, fromPeriod: string, remaining: number, periods: number, reps: number) => string;
    /** The same when every period has started: nothing left to re-split. */
    teamChangedAfterEnd: (differences: string) => string;
    /** Joins the differences of one change. */
    separator: string;
    added: (id: string, name: string) => string;
    removed: (id: string, name: string) => string;
    /** A leave date set or moved (`date` is ISO, the rep's last day). */
    leaves: (id: string, date: string) => string;
    /** A leave date taken back. */
    stays: (id: string) => string;
    starts: (id: string, date: string) => string;
    /** A start date taken back: the rep was there before the plan. */
    startsBefore: (id: string) => string;
    /** History or potential changed (as the split method uses them). */
    weight: (id: string) => string;
    /** A setup field that decides quotas changed (its label). */
    setupChanged: (field: string) => string;
    /** Labels of the quota-deciding setup fields that are no Setup parameter. */
    ramp: string;
    seasonality: string;
  };
  periodLabel: { month: (year: number, month: number) => string; quarter: (year: number, quarter: number) => string };
  validation: { amount: string; count: string; asOf: string; threshold: string };
  /** The warning rules block of Setup and the Dashboard's Reason (src/workbook/warning-rules.ts). */
  rules: {
    title: string;
    headers: { watches: string; on: string; comparison: string; threshold: string; severity: string };
    /** The on/off choice of a rule's first cell. */
    on: string;
    off: string;
    /** What each rule watches (its row label) and how it compares (fixed per row). */
    watches: Record<RuleKey, string>;
    comparisons: Record<RuleKey, string>;
    /** The note beside a pace rule: its threshold is the Setup parameter `param` (its label) above. */
    paceThresholdNote: (param: string) => string;
    /**
     * What the Reason says when a rule fires, around its figure `x` (already formatted). The
     * pace rules share one phrase; `noActuals` also names the period.
     */
    reasons: {
      pace: (x: string) => string;
      followUps: (x: string) => string;
      newLeads: (x: string) => string;
      conversion: (x: string) => string;
      collection: (x: string) => string;
      noActuals: (period: string, x: string) => string;
      projection: (x: string) => string;
      chance: (x: string) => string;
      /** The largest cause of the gap, `x` one of `causes`. */
      cause: (x: string) => string;
    };
    /** The causes of a gap to the team mean, as the Reason names them. */
    causes: { activity: string; conversion: string; dealSize: string };
    /** Put before every reason; the Reason drops the first one. */
    separator: string;
    validation: { on: string; threshold: string; severity: string };
  };
  /**
   * Why a plan was refused before anything was written: a number it cannot compute with
   * (larger than `limit` either way, or not a date Excel can show), and what to do.
   */
  problems: {
    /** An input cell: `where` names its rep, period and column, or its Setup parameter. */
    inputNumber: (sheet: string, where: string, value: string, limit: string) => string;
    /** A number of the plan from the task pane's form (`field`) or team range (`rep`'s `field`). */
    planNumber: (field: string, value: string, limit: string) => string;
    repNumber: (rep: string, field: string, value: string, limit: string) => string;
    /** The plan's own arithmetic left the range (e.g. a tiny quota divided into a large actual). */
    cannotCompute: (detail: string) => string;
    /**
     * A plan Excel cannot hold (excel-fit.ts): `needed` rows or columns of `sheet` against
     * Excel's `max`, for `reps` reps and `periods` periods; each says what to change.
     */
    tooManyActualsRows: (facts: LimitFacts) => string;
    tooManyRows: (facts: LimitFacts) => string;
    tooManyColumns: (facts: LimitFacts) => string;
    /** `where` of an Actuals cell. */
    actualCell: (rep: string, period: string, column: string) => string;
    history: string;
    potential: string;
    startDate: string;
    leaveDate: string;
    funnel: string;
    tiers: string;
  };
  /** The words of a new plan (its numbers are in src/core/plan-defaults.ts). */
  defaults: {
    planName: (year: number) => string;
    /** One name per default funnel stage, in funnel order. */
    funnelStages: readonly string[];
  };
}

/** The figures of a plan too large for Excel's sheets, formatted. */
export interface LimitFacts {
  sheet: string;
  needed: string;
  max: string;
  reps: string;
  periods: string;
}
