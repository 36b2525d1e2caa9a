/**
 * A plan small enough to compute by hand: Jan–Apr 2026 by month, target 1,000, no cushion,
 * equal split, two veterans, equal seasonality → each rep 500, 125 a month. As of
 * 2026-03-14: January and February are complete, March is 14/31 elapsed.
 */
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { inputKey, type InputValues } from '../../src/workbook/spec';

export const JAN_1_2026 = 46023; // 2024-01-01 is 45292; + 366 (2024) + 365 (2025)
export const MAR_14_2026 = JAN_1_2026 + 31 + 28 + 13;

export function smallSetup(overrides: Partial<PlanSetup> = {}): PlanSetup {
  return {
    planName: 'Test plan',
    target: 1000,
    periodStart: JAN_1_2026,
    periodCount: 4,
    granularity: 'month',
    asOf: MAR_14_2026,
    cushion: 0,
    method: 'equal',
    blendHistoryShare: 0.5,
    ramp: [0.25, 0.5, 0.75],
    seasonality: [1, 1, 1, 1],
    thresholds: { atRisk: 0.9, lagging: 0.75 },
    funnel: [
      { name: 'Lead', probability: 0.1 },
      { name: 'Won', probability: 1 },
    ],
    tiers: [
      { threshold: 0, rate: 0.04 },
      { threshold: 1, rate: 0.06 },
    ],
    currencyFormat: '#,##0',
    ...overrides,
  };
}

export function rep(id: string, overrides: Partial<Rep> = {}): Rep {
  return { id, name: `Name ${id}`, team: 'North', startDate: null, history: 100, potential: 100, ...overrides };
}

export const smallReps = (): Rep[] => [rep('A'), rep('B')];

/** Actuals by rep → metric → per-month values (undefined = blank). */
export function actualsInputs(data: Record<string, Record<string, (number | undefined)[]>>): InputValues {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
  const inputs: InputValues = {};
  for (const [repId, metrics] of Object.entries(data)) {
    for (const [metric, values] of Object.entries(metrics)) {
      values.forEach((v, p) => {
        if (v !== undefined) inputs[inputKey('actuals', `${repId}|${months[p]}`, metric)] = v;
      });
    }
  }
  return inputs;
}

/** The hand-computed example's inputs (see dashboard-model.test.ts for the numbers). */
export const smallInputs = (): InputValues =>
  actualsInputs({
    A: {
      signed: [100, 140, 60],
      collected: [100, 100, 40],
      newCustomers: [1, 2, 1],
      followUps: [5, 5, 0],
      stage1: [10, 10, 0],
      stage2: [1, 2, 1],
    },
    B: {
      signed: [50, 50, 20],
      collected: [50, 10],
      newCustomers: [1, 1],
      followUps: [10, 10, 10],
      stage1: [10, 10],
      stage2: [1, 1],
    },
  });
