import fc from 'fast-check';
import { isoToSerial } from '../../src/core/dates';
import type { Rep } from '../../src/workbook/plan';
import { editCount, editedRep, newHire, repFields, replaceRep } from '../../src/taskpane/team-edits';

const rep = (id: string, overrides: Partial<Rep> = {}): Rep => ({
  id,
  name: `Name ${id}`,
  team: 'North',
  startDate: null,
  history: 100,
  potential: 100,
  ...overrides,
});
const team = () => [rep('A'), rep('B'), rep('C')];

describe('editing a rep', () => {
  test('rename, new weight and a leave date; the fields show the rep as saved', () => {
    const a = rep('A');
    expect(repFields(a)).toEqual({ name: 'Name A', history: '100', potential: '100', leaveDate: '' });
    const result = editedRep(a, { name: ' Ann ', history: '1,200', potential: '100', leaveDate: '2026-09-30' });
    expect(result).toEqual({ rep: { ...a, name: 'Ann', history: 1200, leaveDate: isoToSerial('2026-09-30') } });
  });

  test('a cleared leave date takes it away (the rep stays); a blank name keeps the old one', () => {
    const leaver = rep('A', { leaveDate: 46295 });
    expect(repFields(leaver).leaveDate).toBe('2026-09-30');
    expect(editedRep(leaver, { name: '', history: '100', potential: '100', leaveDate: '' })).toEqual({ rep: rep('A') });
  });

  test('a negative weight or a date that is not one is refused, field by field', () => {
    expect(editedRep(rep('A'), { name: 'A', history: '-1', potential: 'x', leaveDate: '30/9' })).toEqual({
      problems: { history: 'number', potential: 'number', leaveDate: 'date' },
    });
  });
});

describe('adding a hire', () => {
  test('a hire starting 1 July joins the plan’s team; a blank weight is the team’s mean (0 would mean no quota)', () => {
    const reps = [rep('A', { history: 100 }), rep('B', { history: 201 })];
    expect(newHire({ id: ' D ', name: 'Dee', startDate: '2026-07-01', history: '', potential: '50' }, reps, 'North')).toEqual({
      rep: { id: 'D', name: 'Dee', team: 'North', startDate: isoToSerial('2026-07-01'), history: 151, potential: 50 },
    });
  });

  test('a Rep ID already in the team (ignoring case and spaces) or blank is refused', () => {
    const fields = { name: '', startDate: '', history: '', potential: '' };
    expect(newHire({ ...fields, id: ' a' }, team(), 'North')).toEqual({ problems: { id: 'idTaken' } });
    expect(newHire({ ...fields, id: '' }, team(), 'North')).toEqual({ problems: { id: 'id' } });
  });
});

describe('counting edits', () => {
  test('added and changed reps count; the same rep put back does not', () => {
    const saved = team();
    expect(editCount(saved, saved)).toBe(0);
    const edited = [...replaceRep(saved, { ...saved[1], name: 'Bo' }), rep('D')];
    expect(editCount(saved, edited)).toBe(2);
  });

  test('property: fields shown and taken back give the same rep', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.option(fc.integer({ min: 45000, max: 50000 }), { nil: undefined }),
        (history, potential, leaveDate) => {
          const r = rep('A', { history, potential, ...(leaveDate === undefined ? {} : { leaveDate }) });
          expect(editedRep(r, repFields(r))).toEqual({ rep: r });
        },
      ),
    );
  });
});
