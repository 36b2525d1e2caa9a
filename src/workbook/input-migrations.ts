import { splitKey } from './input-placer';
import { stageMetricId } from './metrics';
import { inputKey, type InputValues } from './spec';

/** The column of the old New leads input, as its keys end. */
const OLD_LEADS = '!newLeads';

/**
 * **Inputs of an older plan, moved to where their meaning lives now.** Plans before 0.2 had a
 * "New leads" column beside the funnel's first stage, which held the same count; now the first
 * stage is the one input for new leads. A value typed only under "New leads" moves to the
 * stage; one that disagrees with a stage value already there is left under its old key, so
 * that `buildPlan` archives it instead of losing it.
 *
 * @example
 * migrateInputs({ 'actuals!R1|2026-01!newLeads': 40 });
 * // => { 'actuals!R1|2026-01!stage1': 40 }
 */
export function migrateInputs(inputs: InputValues): InputValues {
  // A plan built by this version has no such key: hand it back as it is (no copy of 700,000 inputs).
  const old = Object.keys(inputs).filter((key) => key.endsWith(OLD_LEADS));
  if (old.length === 0) return inputs;
  const migrated: InputValues = { ...inputs };
  const stage1 = stageMetricId(0);
  for (const key of old) {
    const value = inputs[key];
    const { sheet, row, column } = splitKey(key);
    if (sheet !== 'actuals' || column !== 'newLeads') continue;
    const target = inputKey('actuals', row, stage1);
    const there = migrated[target];
    if (there === undefined || there === null || there === value) {
      delete migrated[key];
      if (value !== null) migrated[target] = value;
    }
  }
  return migrated;
}
