import fc from 'fast-check';
import { computeDashboard, computeQuotas, planPeriods, workbookText } from '../../src/workbook';
import { CHANCE_COLUMN, fixedText } from '../../src/workbook/columns/dashboard-warnings';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { inputKey, type InputValues } from '../../src/workbook/spec';
import { RULE_KEYS, ruleRowKey, type RuleKey } from '../../src/workbook/warning-rules';
import type { Locale } from '../../src/core/locale';

const samples = Object.fromEntries(
  (['en-US', 'zh-CN'] as const).map((locale) => {
    const sample = sampleInputs({ reps: 25, locale });
    const quotas = computeQuotas(sample.setup, sample.reps, planPeriods(sample.setup, workbookText(locale))).table;
    return [locale, { ...sample, quotas }];
  }),
) as Record<Locale, ReturnType<typeof sampleInputs> & { quotas: Record<string, number[]> }>;

function dashboard(locale: Locale, rules: InputValues = {}) {
  const s = samples[locale];
  return computeDashboard(s.setup, s.reps, s.quotas, { ...s.inputs, ...rules }, locale);
}

const off = (keys: readonly RuleKey[], locale: Locale = 'en-US'): InputValues =>
  Object.fromEntries(keys.map((k) => [inputKey('setup', ruleRowKey(k), 'on'), workbookText(locale).rules.off]));
const on = (keys: readonly RuleKey[], locale: Locale = 'en-US'): InputValues =>
  Object.fromEntries(keys.map((k) => [inputKey('setup', ruleRowKey(k), 'on'), workbookText(locale).rules.on]));

const rank = (locale: Locale, status: unknown) => {
  const w = workbookText(locale).words;
  return [w.onTrack, w.atRisk, w.lagging].indexOf(status as string);
};

describe('warning rules on the sample team', () => {
  test.each(RULE_KEYS.filter((k) => k !== 'chance' || CHANCE_COLUMN !== null))('rule %s alone flags at least one rep', (key) => {
    // Each rule on by itself (the chance rule is off by default: see RULE_DEFAULTS).
    const alone = dashboard('en-US', { ...off(RULE_KEYS.filter((k) => k !== key)), ...on([key]) });
    expect(alone.reps.filter((r) => rank('en-US', r.status) > 0).length).toBeGreaterThan(0);
  });

  test('with every rule off, every rep with a pace is On track and has no Reason', () => {
    const none = dashboard('en-US', off(RULE_KEYS));
    for (const r of none.reps) {
      expect(rank('en-US', r.status)).toBeLessThanOrEqual(0);
      expect(r.reason).toBeNull();
    }
  });

  test('Reasons name each firing rule with its figure, then the largest cause of the gap, in the workbook language', () => {
    const [en, zh] = [dashboard('en-US'), dashboard('zh-CN')];
    expect(en.reps[2]).toMatchObject({
      repId: 'R0003',
      status: 'Lagging',
      reason: 'Pace 50%; Projection 47% of quota; Main cause of the gap: smaller deals',
    });
    expect(zh.reps[2]).toMatchObject({ status: '落后', reason: '进度50%；预测为配额的47%；差距主因：客单价偏小' });
    expect(en.reps[3].reason).toBe(
      'Pace 75%; 0 actuals entered for Jun 2026; Projection 70% of quota; Main cause of the gap: lower win rate',
    );
    expect(zh.reps[3].reason).toBe('进度75%；2026年6月录入0项；预测为配额的70%；差距主因：赢单率偏低');
    expect(en.reps[0].reason).toBe('Collection rate 52%; Main cause of the gap: lower win rate');
    expect(en.reps[1].reason).toBe('Conversion 0.52× team; Main cause of the gap: lower win rate');
    expect(en.reps[18].reason).toBe(
      'Follow-ups 0.36× team mean; New leads 0.30× team mean; Projection 35% of quota; Main cause of the gap: smaller deals',
    );
    expect(en.reps[4]).toMatchObject({ status: 'Not started', reason: null });
  });

  test("a rule's severity, threshold and either language's words are read from its Setup cells", () => {
    const severity = inputKey('setup', ruleRowKey('collection'), 'severity');
    expect(dashboard('en-US', { [severity]: '落后' }).reps[0].status).toBe('Lagging');
    expect(dashboard('en-US', { [severity]: 'lagging' }).reps[0].status).toBe('Lagging'); // = ignores case, as Excel does
    const threshold = inputKey('setup', ruleRowKey('collection'), 'threshold');
    expect(dashboard('en-US', { [threshold]: 0.5 }).reps[0]).toMatchObject({ status: 'On track', reason: null });
    expect(dashboard('zh-CN', off(['collection'], 'en-US')).reps[0]).toMatchObject({ status: '正常', reason: null });
    expect(dashboard('en-US', { [threshold]: null }).reps[0].reason).toBeNull(); // a blank threshold is 0: nothing is below it
  });

  test('property: turning a rule off never makes Status worse', () => {
    const subset = fc.subarray(RULE_KEYS);
    fc.assert(
      fc.property(subset, fc.constantFrom(...RULE_KEYS), fc.double({ min: 0, max: 1.5, noNaN: true }), (offAlready, extra, t) => {
        const base = { ...off(offAlready), [inputKey('setup', ruleRowKey('followUps'), 'threshold')]: t };
        const before = dashboard('en-US', base);
        const after = dashboard('en-US', { ...base, ...off([extra]) });
        after.reps.forEach((r, i) => expect(rank('en-US', r.status)).toBeLessThanOrEqual(rank('en-US', before.reps[i].status)));
        expect(rank('en-US', after.team.status)).toBeLessThanOrEqual(rank('en-US', before.team.status));
      }),
      { numRuns: 25 },
    );
  });
});

describe('fixedText: what FIXED(x, d, 1) shows', () => {
  test.each([
    [62.5, 0, '63'],
    [0.125, 2, '0.13'],
    [1.005, 2, '1.01'],
    [-62.5, 0, '-63'],
    [0.449999, 2, '0.45'],
    [1234.4, 0, '1234'],
    [0.5, 2, '0.50'],
  ])('FIXED(%p, %p) = %p', (x, d, text) => expect(fixedText(x, d)).toBe(text));
});

describe('the Reason names the largest cause of the gap', () => {
  test.each(['en-US', 'zh-CN'] as const)('the most negative attribution part, only for a flagged rep short of the mean (%s)', (locale) => {
    const d = dashboard(locale);
    const r = workbookText(locale).rules;
    const causes = [r.causes.activity, r.causes.conversion, r.causes.dealSize];
    let named = 0;
    for (const row of d.reps) {
      const parts = [row.gapActivity, row.gapConversion, row.gapDealSize];
      const reason = typeof row.reason === 'string' ? row.reason : '';
      const said = causes.filter((c) => reason.endsWith(r.reasons.cause(c)));
      const min = parts.every((p) => typeof p === 'number') ? Math.min(...(parts as number[])) : null;
      if (reason === '' || min === null || !(min < 0)) {
        expect(said).toEqual([]);
        continue;
      }
      named++;
      expect(said).toEqual([causes[parts.indexOf(min)]]);
    }
    expect(named).toBeGreaterThan(3);
    expect(String(d.team.reason ?? '')).not.toContain(r.reasons.cause(''));
  });
});
