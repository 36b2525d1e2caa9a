import { DomainError } from '../../src/core/errors';
import { smart, SmartInput } from '../../src/core/smart';

const JAN_1 = 45658; // 2025-01-01
const DEC_31 = JAN_1 + 364;
// Growth .1, .1, 0: mean .0667, sd .0577 (see achievable.test.ts).
const HISTORY = [100, 110, 121, 121];
const plan = (over: Partial<SmartInput> = {}): SmartInput => ({
  target: 105,
  baseline: 100,
  startDate: JAN_1,
  endDate: DEC_31,
  history: HISTORY,
  ...over,
});

describe('smart', () => {
  it('a modest target with history passes every letter', () => {
    // Growth .05: z = (.05 − .0667) / .0577 = −.29 → percentile .39 ≤ .9.
    const check = smart(plan());
    expect(check).toMatchObject({ verdict: 'SMART', s: true, m: true, a: true, r: true, t: true });
    expect(check.requiredGrowth).toBeCloseTo(0.05, 12);
    expect(check.achievability).toBeCloseTo(0.386, 3);
  });

  it('a stretch beyond the history fails A (percentile .9255 > .9)', () => {
    const check = smart(plan({ target: 115 }));
    expect(check.verdict).toBe('A');
    expect(check.achievability).toBeCloseTo(0.9255, 4);
  });

  it('R: the required growth must keep pace with the market', () => {
    expect(smart(plan({ marketGrowth: 0.03 })).verdict).toBe('SMART');
    expect(smart(plan({ marketGrowth: 0.08 })).verdict).toBe('R');
  });

  it('without history, achievability is not computable and A fails', () => {
    const check = smart(plan({ history: undefined }));
    expect(check).toMatchObject({ verdict: 'A', achievability: null, a: false });
    expect(smart(plan({ history: [100, 110] })).achievability).toBeNull();
  });

  it('a blank or non-positive target fails S (and A: no growth to judge)', () => {
    expect(smart(plan({ target: null }))).toMatchObject({ verdict: 'SA', requiredGrowth: null });
    expect(smart(plan({ target: 0 })).s).toBe(false);
  });

  it('a negative or blank baseline fails M; a zero baseline is measurable but has no growth', () => {
    expect(smart(plan({ baseline: -5 })).verdict).toBe('MA');
    expect(smart(plan({ baseline: null })).verdict).toBe('MA');
    expect(smart(plan({ baseline: 0 }))).toMatchObject({ verdict: 'A', m: true, requiredGrowth: null });
    expect(smart(plan({ baseline: 0, marketGrowth: 0 })).verdict).toBe('AR');
  });

  it('T: the period must end after it starts, and not before as_of', () => {
    expect(smart(plan({ endDate: JAN_1 })).verdict).toBe('ST');
    expect(smart(plan({ startDate: null })).verdict).toBe('ST');
    expect(smart(plan({ endDate: 3e6 })).verdict).toBe('ST'); // not an Excel date
    expect(smart(plan({ asOf: DEC_31 })).verdict).toBe('SMART');
    expect(smart(plan({ asOf: DEC_31 + 1 })).verdict).toBe('T');
    expect(smart(plan({ asOf: -1 })).verdict).toBe('T');
    // A time of day on the last day still meets the deadline.
    expect(smart(plan({ asOf: DEC_31 + 0.75 })).verdict).toBe('SMART');
  });

  it('an invalid history raises like ACHIEVABLE (#NUM!)', () => {
    expect(() => smart(plan({ history: [100, -1, 120, 130] }))).toThrow(DomainError);
  });
});
