/** Who the person at the pane is, remembered per plan (src/taskpane/my-rep.ts). */
import { matchingReps, myRepKey, rememberedRep, rememberRep, type KeyValueStore } from '../../src/taskpane/my-rep';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('rememberedRep / rememberRep', () => {
  it('remembers a Rep ID per plan, and forgets it on request', () => {
    const store = memory();
    rememberRep(store, 'FY2026', 'R0007');
    expect(rememberedRep(store, 'FY2026', ['R0001', 'R0007'])).toBe('R0007');
    expect(rememberedRep(store, 'FY2027', ['R0001', 'R0007'])).toBeNull();
    rememberRep(store, 'FY2026', null);
    expect(store.data.has(myRepKey('FY2026'))).toBe(false);
  });

  it('forgets a rep the plan no longer has, and survives storage that refuses', () => {
    const store = memory();
    rememberRep(store, 'P', 'R9');
    expect(rememberedRep(store, 'P', ['R1'])).toBeNull();
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => undefined,
    };
    expect(() => rememberRep(refusing, 'P', 'R1')).not.toThrow();
    expect(rememberedRep(refusing, 'P', ['R1'])).toBeNull();
    expect(rememberedRep(null, 'P', ['R1'])).toBeNull();
  });
});

describe('matchingReps', () => {
  const reps = Array.from({ length: 5000 }, (_, i) => ({
    repId: `R${String(i + 1).padStart(4, '0')}`,
    name: i === 4241 ? 'Zoë Liang' : `Rep ${i + 1}`,
  }));
  it('finds by ID or name, any case, at most the limit', () => {
    expect(matchingReps(reps, 'r4242').map((r) => r.repId)).toEqual(['R4242']);
    expect(matchingReps(reps, 'zoë').map((r) => r.repId)).toEqual(['R4242']);
    expect(matchingReps(reps, '').length).toBe(20);
    expect(matchingReps(reps, 'R00', 5).map((r) => r.repId)).toEqual(['R0001', 'R0002', 'R0003', 'R0004', 'R0005']);
    expect(matchingReps(reps, 'nobody')).toEqual([]);
  });
});
