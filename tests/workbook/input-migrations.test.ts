import { migrateInputs } from '../../src/workbook/input-migrations';
import { inputKey } from '../../src/workbook/spec';

const key = (column: string) => inputKey('actuals', 'R1|2026-01', column);

describe('migrateInputs: New leads became the funnel’s first stage', () => {
  test('a value typed only under New leads moves to stage 1', () => {
    expect(migrateInputs({ [key('newLeads')]: 40, [key('signed')]: 9 })).toEqual({ [key('stage1')]: 40, [key('signed')]: 9 });
  });

  test('the same number under both is kept once', () => {
    expect(migrateInputs({ [key('newLeads')]: 40, [key('stage1')]: 40 })).toEqual({ [key('stage1')]: 40 });
  });

  test('a number that disagrees with stage 1 stays under its old key, for the Archive', () => {
    const inputs = { [key('newLeads')]: 41, [key('stage1')]: 40 };
    expect(migrateInputs(inputs)).toEqual(inputs);
  });

  test('other sheets and columns are left alone, and the input is not changed', () => {
    const inputs = { [inputKey('setup', 'asOf', 'value')]: 46100, [key('followUps')]: 3 };
    const copy = { ...inputs };
    expect(migrateInputs(inputs)).toEqual(copy);
    expect(inputs).toEqual(copy);
  });
});
