/**
 * The saved plan's XML: a leaver's leave date survives the round trip, and plans saved before
 * leave dates existed still load (as teams without leavers) and can be changed.
 */
import { stateFromXml, STATE_NAMESPACE } from '../../src/excel';
import { stateToXml, type PlanState } from '../../src/excel/state';
import { changeTeam } from '../../src/workbook/team-change';
import { rep, smallSetup } from '../workbook/fixture';

const LAST_DAY = 46100;

describe('the saved plan', () => {
  it('keeps a leave date through the XML, and the reps without one stay without', () => {
    const state: PlanState = {
      version: 1,
      locale: 'en-US',
      setup: smallSetup(),
      reps: [rep('A'), rep('B', { leaveDate: LAST_DAY })],
      quotas: { A: [125, 125, 125, 125], B: [125, 125, 125, 125] },
      savedAt: '2026-03-14T09:00:00.000Z',
    };
    const back = stateFromXml(stateToXml(state));
    expect(back).toEqual(state);
    expect(back.reps[1].leaveDate).toBe(LAST_DAY);
    expect('leaveDate' in back.reps[0]).toBe(false);
  });

  it('loads a plan saved before leave dates existed, and a leaver can then be marked', () => {
    // What the previous version wrote: reps without a leaveDate field.
    const json = JSON.stringify({
      version: 1,
      locale: 'en-US',
      setup: smallSetup(),
      reps: [rep('A'), rep('B')],
      savedAt: '2026-01-01T00:00:00.000Z',
    });
    const xml = `<?xml version="1.0" encoding="UTF-8"?><salesPlan xmlns="${STATE_NAMESPACE}" version="1"><state>${json}</state></salesPlan>`;
    const old = stateFromXml(xml);
    expect(old.reps.map((r) => r.leaveDate)).toEqual([undefined, undefined]);
    const result = changeTeam(
      old,
      { reps: [old.reps[0], { ...old.reps[1], leaveDate: LAST_DAY }], at: 46095.5, who: 'Ann', why: 'Resigned' },
      'en-US',
    );
    // As of 14 March: Jan–Mar kept (125 each), April is after B's last day (2026-03-19): A carries it.
    expect(result.quotas).toEqual({ A: [125, 125, 125, 250], B: [125, 125, 125, 0] });
    expect(result.entry?.what).toContain('B leaves, last day 2026-03-19');
  });
});
