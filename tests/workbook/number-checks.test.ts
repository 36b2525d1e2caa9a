/**
 * Numbers the plan cannot compute with are refused with a readable message: whatever finite
 * numbers the plan and the input cells hold, buildPlan, replan and reviewSnapshot either
 * succeed with finite numbers everywhere or throw a PlannerError that says what to do.
 */
import fc from 'fast-check';
import { DomainError } from '../../src/core/errors';
import { buildPlan, reviewSnapshot } from '../../src/workbook';
import { PlannerError } from '../../src/workbook/plan-error';
import { replan } from '../../src/workbook/replan';
import { inputKey, isFormula, type InputValues, type WorkbookSpec } from '../../src/workbook/spec';
import { JAN_1_2026, MAR_14_2026, rep, smallSetup } from './fixture';

const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Mostly ordinary numbers, sometimes any double at all (huge, tiny, negative, -0). */
const number = (min: number, max: number) =>
  fc.oneof({ weight: 3, arbitrary: fc.double({ min, max, noNaN: true }) }, { weight: 1, arbitrary: anyNumber });

const scenario = fc.record({
  target: number(0, 1e7),
  cushion: number(0, 0.5),
  seasonality: fc.array(number(0, 3), { minLength: 4, maxLength: 4 }),
  history: fc.array(number(0, 1e6), { minLength: 1, maxLength: 3 }),
  asOf: fc.option(number(JAN_1_2026, JAN_1_2026 + 200)),
  actuals: fc.array(
    fc.tuple(fc.nat(2), fc.constantFrom('2026-01', '2026-02', '2026-03'), fc.constantFrom('signed', 'stage1', 'stage2'), anyNumber),
    {
      maxLength: 6,
    },
  ),
  newTarget: number(0, 1e7),
});

function plainNumbers(spec: WorkbookSpec): number[] {
  return spec.sheets.flatMap((s) =>
    s.blocks.flatMap((b) => b.cells.flat().filter((c): c is number => !isFormula(c) && typeof c === 'number')),
  );
}

/** Runs `act`; a throw must be a PlannerError with a message (or the re-plan's refusal once the plan is over). */
function refusedOrDone(act: () => unknown, planOver = false): unknown {
  try {
    return act();
  } catch (error) {
    if (planOver && error instanceof DomainError && error.kind === 'na') return undefined; // "no period is left to re-plan"
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('badNumber');
    expect((error as PlannerError).message.length).toBeGreaterThan(20);
    return undefined;
  }
}

describe('numbers the plan cannot compute with', () => {
  test('property: any finite numbers in the plan or the inputs are computed with, or refused by a PlannerError', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('en-US', 'zh-CN' as const), (s, locale) => {
        const setup = smallSetup({ target: s.target, cushion: s.cushion, seasonality: s.seasonality });
        const reps = s.history.map((h, i) => rep(`R${i}`, { history: h, potential: h }));
        const inputs: InputValues = {};
        if (s.asOf !== null) inputs[inputKey('setup', 'asOf', 'value')] = s.asOf;
        for (const [r, period, metric, value] of s.actuals) inputs[inputKey('actuals', `R${r}|${period}`, metric)] = value;
        const spec = refusedOrDone(() => buildPlan({ ...setup, method: 'history' }, reps, inputs, locale)) as WorkbookSpec | undefined;
        if (spec) expect(plainNumbers(spec).every(Number.isFinite)).toBe(true);
        const rows = refusedOrDone(() => reviewSnapshot(setup, reps, {}, inputs, MAR_14_2026, locale)) as unknown[][] | undefined;
        if (rows) expect(rows.flat().every((v) => typeof v !== 'number' || Number.isFinite(v))).toBe(true);
        refusedOrDone(() => replan(setup, reps, {}, inputs, { newTarget: s.newTarget, at: MAR_14_2026, who: '', why: '' }, locale), true);
      }),
      { numRuns: 300 },
    );
  });
});
