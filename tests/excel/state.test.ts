/**
 * The saved plan's XML: a leaver's leave date survives the round trip, and plans saved before
 * leave dates existed still load (as teams without leavers) and can be changed; the part is an
 * XML fragment any name fits in; of several saved plans the highest revision wins, whatever the
 * clocks say and in whatever order Excel lists the parts.
 */
import fc from 'fast-check';
import { stateFromXml, STATE_NAMESPACE } from '../../src/excel';
import { newestState, stateToXml, type PlanState } from '../../src/excel/state';
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

const plan = (extra: Partial<PlanState> = {}): PlanState => ({
  version: 1,
  locale: 'en-US',
  setup: smallSetup(),
  reps: [rep('A'), rep('B')],
  savedAt: '2026-03-14T09:00:00.000Z',
  ...extra,
});

/** XML 1.0's Char production: what a well-formed part may contain. */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('the custom XML part', () => {
  it('is an XML fragment: no <?xml …?> declaration (CustomXmlPartCollection.add takes a fragment)', () => {
    const xml = stateToXml(plan());
    expect(xml.startsWith(`<salesPlan xmlns="${STATE_NAMESPACE}"`)).toBe(true);
    expect(xml).not.toContain('<?xml');
  });

  it('holds any name as characters XML allows, and gives the same name back', () => {
    const names = ['Zoë <b>&amp;</b> "Li"', 'a\uFFFEb\uFFFFc', 'tab\there\u0001\u001f', 'lone \uD800 surrogate', '\u{1F600} 王'];
    const state = plan({ reps: names.map((name, i) => rep(`R${i}`, { name })) });
    const xml = stateToXml(state);
    expect(xml).toMatch(XML_CHARS);
    expect(stateFromXml(xml).reps.map((r) => r.name)).toEqual(names);
  });

  it('reads the part back however Excel spells its characters (entities, character references)', () => {
    const state = plan({ reps: [rep('A', { name: 'A & B <C> "D" \'E\'' })] });
    const respelled = stateToXml(state).replace(/"/g, '&quot;').replace(/&amp;/g, '&#38;').replace(/'/g, '&#x27;');
    expect(stateFromXml(respelled).reps[0].name).toBe('A & B <C> "D" \'E\'');
  });
});

describe('newestState', () => {
  const xmlOf = (extra: Partial<PlanState>) => stateToXml(plan(extra));

  it('picks the highest revision even when its client’s clock is behind', () => {
    const later = xmlOf({ revision: 7, savedAt: '2026-03-14T09:00:00.000Z', setup: { ...smallSetup(), planName: 'r7' } });
    const clockAhead = xmlOf({ revision: 6, savedAt: '2026-12-31T23:59:59.000Z', setup: { ...smallSetup(), planName: 'r6' } });
    expect(newestState([later, clockAhead]).setup.planName).toBe('r7');
    expect(newestState([clockAhead, later]).setup.planName).toBe('r7');
  });

  it('counts a plan saved before revisions existed as revision 0', () => {
    const old = xmlOf({ savedAt: '2030-01-01T00:00:00.000Z', setup: { ...smallSetup(), planName: 'old' } });
    const first = xmlOf({ revision: 1, savedAt: '2020-01-01T00:00:00.000Z', setup: { ...smallSetup(), planName: 'r1' } });
    expect(newestState([old, first]).setup.planName).toBe('r1');
  });

  it('of the same revision (two co-authors saved at once), takes the later savedAt', () => {
    const a = xmlOf({ revision: 3, savedAt: '2026-03-14T09:00:00.001Z', setup: { ...smallSetup(), planName: 'a' } });
    const b = xmlOf({ revision: 3, savedAt: '2026-03-14T09:00:00.000Z', setup: { ...smallSetup(), planName: 'b' } });
    expect(newestState([b, a]).setup.planName).toBe('a');
  });

  it('picks the same plan whatever order the parts come in (property)', () => {
    const part = fc.record({
      revision: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      savedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
      planName: fc.constantFrom('x', 'y', 'z'),
    });
    const partsAndShuffle = fc
      .array(part, { minLength: 1, maxLength: 6 })
      .chain((parts) => fc.tuple(fc.constant(parts), fc.shuffledSubarray(parts, { minLength: parts.length })));
    fc.assert(
      fc.property(partsAndShuffle, ([parts, shuffled]) => {
        const xml = (p: (typeof parts)[number]) =>
          xmlOf({ revision: p.revision, savedAt: p.savedAt, setup: { ...smallSetup(), planName: p.planName } });
        const chosen = newestState(parts.map(xml));
        expect(newestState(shuffled.map(xml))).toEqual(chosen);
        // …and it is one of the highest revision.
        expect(chosen.revision ?? 0).toBe(Math.max(...parts.map((p) => p.revision ?? 0)));
      }),
    );
  });
});
