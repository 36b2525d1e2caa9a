/**
 * Every message the planning math can raise, in one table (HyperFormula's way):
 * wording is reviewed in one place and tests can refer to it instead of copying text.
 * Messages name the argument, because Excel shows them next to the formula's error.
 */
export const Messages = {
  notFinite: (arg: string) => `${arg} must be a finite number`,
  negative: (arg: string) => `${arg} must not be negative`,
  notPositive: (arg: string) => `${arg} must be greater than 0`,
  empty: (arg: string) => `${arg} must not be empty`,
  notInteger: (arg: string) => `${arg} must be a whole number`,
  tooLarge: (arg: string, max: number) => `${arg} must be at most ${max}`,
  required: (arg: string) => `${arg} is required`,
  notNumber: (arg: string) => `${arg} must be a number`,
  notOneOf: (arg: string, choices: readonly string[]) => `${arg} must be one of ${choices.map((c) => `"${c}"`).join(', ')}`,
  notVector: (arg: string) => `${arg} must be a single row or a single column`,
  notRectangular: (arg: string) => `${arg} must be a rectangular range`,
  // dates, PACE, PROJECTION, FORECAST, PAYOUT, LAGGING, ATTAINMENT
  notDate: (arg: string) => `${arg} must be an Excel date (a serial number from 0 to 2958465)`,
  endBeforeStart: (endArg: string, startArg: string) => `${endArg} must not be before ${startArg}`,
  asOfBeforeStart: (asOfArg: string, startArg: string) => `${asOfArg} is before ${startArg}: the period has not started`,
  weightsPerMonth: (arg: string, months: number) => `${arg} must have one weight per month of the period (${months})`,
  zeroSum: (arg: string) => `${arg} must not add up to 0`,
  nothingExpected: (arg: string) => `${arg} gives no weight to the months elapsed so far`,
  tooFewNumbers: (arg: string, min: number) => `${arg} needs at least ${min} numbers`,
  tooFewSeasons: (arg: string, seasonArg: string) => `${arg} needs at least 2 values at every position of ${seasonArg} (2 full seasons)`,
  notBetween: (arg: string, low: number, high: number) => `${arg} must be between ${low} and ${high}`,
  columnCount: (arg: string, columns: number) => `${arg} must have ${columns} columns`,
  tiersFromZero: (arg: string) => `${arg} thresholds must start at 0 and rise strictly`,
  resultTooLarge: (arg: string) => `${arg} gives a result too large for Excel`,
  // SPLIT, RAMP, SEASONALITY, SMART, ACHIEVABLE, CONVERSION, LEADSNEEDED
  tooManyUnits: (totalArg: string, unitArg: string, max: number) =>
    `${totalArg} / ${unitArg} must be at most ${max} units (${unitArg} is too small for ${totalArg})`,
  blankCell: (arg: string) => `${arg} must not contain blank cells`,
  notRate: (arg: string) => `${arg} must be greater than 0 and at most 1`,
  risingFunnel: (arg: string, stage: number) => `${arg} must not rise along the funnel: stage ${stage} is larger than stage ${stage - 1}`,
  noValueInColumn: (arg: string, column: number) => `${arg} has no value for period ${column}`,
  noPositiveRow: (arg: string) => `${arg} needs at least one year whose values add up to more than 0`,
  tooFewGrowthPoints: (arg: string, min: number) =>
    `${arg} needs at least ${min} period-over-period growth points (${min + 1} consecutive values, the earlier above 0)`,
  growthNotComputable: (targetArg: string, baselineArg: string) => `required growth needs a ${targetArg} and a ${baselineArg} above 0`,
  // planning workbook (buildPlan, replan, changeTeam)
  duplicateRepId: (id: string) =>
    `Rep ID "${id}" is used twice; Rep IDs must be unique (spaces around them and upper or lower case do not count)`,
  blankRepId: (row: number) => `rep ${row} has no Rep ID`,
  textTooLong: (what: string, id: string, max: number) =>
    `${what} of rep "${id}" is longer than ${max} characters, more than an Excel cell holds`,
  planOver: (arg: string) => `${arg} is at or after the plan's end: no period is left to re-plan`,
  startedPeriodsFixed: (arg: string) =>
    `the plan's granularity, and its re-plan period, cannot change once a period has started by ${arg}: started periods keep their quotas`,
  belowStarted: (amount: number) =>
    `target × (1 + cushion) is below the quotas of the periods already started (${amount}): the remaining periods cannot take a negative quota`,
  nobodyToSplitTo: () => 'no rep works in the remaining periods: the rest of the target has nobody to go to',
} as const;
