/**
 * Reading user inputs (as `InputValues`) back into numbers, the way the sheet's formulas
 * see them: a number is a number, anything else (blank, text) is no number.
 */
import { actualsRowKey } from './metrics';
import type { PlanSetup } from './plan';
import { inputKey, type InputValues } from './spec';

/** Setup parameters that are user inputs (the dashboard follows them live). */
export const SETUP_INPUTS = ['asOf', 'atRisk', 'lagging'] as const;
export type SetupInputKey = (typeof SETUP_INPUTS)[number];

/** The column key of a Setup parameter's input cell. */
export const SETUP_VALUE_COLUMN = 'value';

export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A rep's metric in one period, or null when the cell holds no number. */
export function actualInput(inputs: InputValues, repId: string, periodId: string, metricId: string): number | null {
  return numberOrNull(inputs[inputKey('actuals', actualsRowKey(repId, periodId), metricId)]);
}

/**
 * The Setup inputs in force: the user's cell when it holds a number; 0 for a cell read back
 * blank (present as `null`, which only a live reading marks: the formulas read a blank as 0);
 * else the plan's value (a cell not made yet, or text).
 */
export function effectiveSetupInputs(setup: PlanSetup, inputs: InputValues): Record<SetupInputKey, number> {
  const read = (key: SetupInputKey, fallback: number) => {
    const k = inputKey('setup', key, SETUP_VALUE_COLUMN);
    if (!Object.prototype.hasOwnProperty.call(inputs, k)) return fallback;
    return numberOrNull(inputs[k]) ?? (inputs[k] === null ? 0 : fallback);
  };
  return {
    asOf: read('asOf', setup.asOf),
    atRisk: read('atRisk', setup.thresholds.atRisk),
    lagging: read('lagging', setup.thresholds.lagging),
  };
}
