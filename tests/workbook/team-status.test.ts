/**
 * The team's status as the pane lists it (src/workbook/team-status.ts): the Dashboard model's
 * flagged rows, sorted by how far behind they are, with the Reason's parts — and where a rep's
 * rows and a rule's cells are. The oracle (tests/xlsx/oracle.test.ts) checks the list against
 * LibreOffice's calculated Dashboard.
 */
import fc from 'fast-check';
import { computeDashboard, computeQuotas, planPeriods, workbookText } from '../../src/workbook';
import { LOCALES } from '../../src/core/locale';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { buildPlan } from '../../src/workbook/build-plan';
import { inputCells } from '../../src/excel/input-moves';
import { inputKey, type SheetSpec } from '../../src/workbook/spec';
import { repPlace, ruleCell, STATUS_KEYS, teamStatus, thresholdSource } from '../../src/workbook/team-status';
import { RULE_KEYS, ruleRowKey } from '../../src/workbook/warning-rules';

const sample = sampleInputs({ reps: 25, locale: 'en-US' });
const plan = { setup: sample.setup, reps: sample.reps, locale: 'en-US' as const };

function model(locale: 'en-US' | 'zh-CN') {
  const text = workbookText(locale);
  const quotas = computeQuotas(plan.setup, plan.reps, planPeriods(plan.setup, text)).table;
  return computeDashboard(plan.setup, plan.reps, quotas, sample.inputs, locale);
}

describe('teamStatus', () => {
  it.each(LOCALES)('lists exactly the Dashboard rows At risk or Lagging, with their Reason, in %s', (locale) => {
    const text = workbookText(locale);
    const status = teamStatus(plan, sample.inputs, locale);
    const rows = model(locale).reps;
    const flagged = rows
      .map((row, i) => ({ repId: plan.reps[i].id, status: row.status, reason: row.reason }))
      .filter((r) => r.status === text.words.atRisk || r.status === text.words.lagging);
    expect(flagged.length).toBeGreaterThan(0);
    expect(
      status.flagged
        .map((f) => ({ repId: f.repId, status: text.words[f.status], reason: f.reasons.join(text.rules.separator) }))
        .sort(byId),
    ).toEqual(flagged.sort(byId));
    // Every rep counted once, under the word the Dashboard shows.
    for (const key of STATUS_KEYS) expect(status.counts[key]).toBe(rows.filter((r) => r.status === text.words[key]).length);
    expect(Object.values(status.counts).reduce((a, b) => a + b, 0)).toBe(plan.reps.length);
  });

  it('gives every rep their own Dashboard numbers, in plan order', () => {
    const rows = model('en-US').reps;
    const { reps } = teamStatus(plan, sample.inputs, 'en-US');
    expect(reps.map((r) => r.repId)).toEqual(plan.reps.map((r) => r.id));
    reps.forEach((r, i) => {
      const row = rows[i];
      expect([r.quota, r.targetToDate, r.actualToDate, r.gap]).toEqual([row.annualQuota, row.targetToDate, row.actualToDate, row.gap]);
      expect([r.pace, r.requiredPerPeriod]).toEqual([row.pace, row.requiredPerPeriod]);
      expect(workbookText('en-US').words[r.status]).toBe(row.status);
    });
  });

  it('sorts the flagged reps by how far behind plan they are today, the furthest first', () => {
    const rows = model('en-US').reps;
    const { flagged } = teamStatus(plan, sample.inputs, 'en-US');
    flagged.forEach((f) =>
      expect(f.behind).toBeCloseTo((rows[f.index].targetToDate as number) - (rows[f.index].actualToDate as number), 9),
    );
    for (let i = 1; i < flagged.length; i++) expect(flagged[i - 1].behind).toBeGreaterThanOrEqual(flagged[i].behind);
  });

  it('words the same reasons in the pane’s language as in the workbook’s', () => {
    const en = teamStatus(plan, sample.inputs, 'en-US');
    const zh = teamStatus(plan, sample.inputs, 'zh-CN');
    expect(zh.flagged.map((f) => [f.repId, f.status, f.reasons.length])).toEqual(
      en.flagged.map((f) => [f.repId, f.status, f.reasons.length]),
    );
    expect(zh.counts).toEqual(en.counts);
    expect(zh.flagged[0].reasons.join('')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('no reason phrase holds the separator the Reason joins them with (the list splits on it)', () => {
    for (const locale of LOCALES) {
      const r = workbookText(locale).rules;
      const phrases = [
        ...Object.values(r.reasons).map((phrase) => (phrase as (...x: string[]) => string)('Jan 2026', '12.5%')),
        ...Object.values(r.causes),
      ];
      for (const phrase of phrases) expect(phrase).not.toContain(r.separator);
    }
  });

  it('reads the rules as the Setup cells hold them, a cleared cell as blank', () => {
    const off = { ...sample.inputs, [inputKey('setup', ruleRowKey('followUps'), 'on')]: null };
    const before = teamStatus(plan, sample.inputs, 'en-US').rules.find((r) => r.key === 'followUps')!;
    const after = teamStatus(plan, off, 'en-US').rules.find((r) => r.key === 'followUps')!;
    expect([before.on, after.on]).toEqual([true, false]);
    expect(before).toMatchObject({ threshold: 0.5, severity: 'atRisk', figure: 'ratio' });
    const cleared = teamStatus(plan, { ...sample.inputs, [inputKey('setup', 'atRisk', 'value')]: null }, 'en-US');
    expect(cleared.rules.find((r) => r.key === 'paceAtRisk')!.threshold).toBe(0);
  });

  it('turning any set of rules off never adds a flagged rep nor makes one worse', () => {
    const base = teamStatus(plan, sample.inputs, 'en-US');
    const level = (s: string | undefined) => (s === 'lagging' ? 2 : s === 'atRisk' ? 1 : 0);
    fc.assert(
      fc.property(fc.subarray([...RULE_KEYS], { minLength: 1 }), (keys) => {
        const inputs = { ...sample.inputs };
        for (const key of keys) inputs[inputKey('setup', ruleRowKey(key), 'on')] = 'Off';
        const after = teamStatus(plan, inputs, 'en-US');
        for (const f of after.flagged)
          expect(level(f.status)).toBeLessThanOrEqual(level(base.flagged.find((b) => b.repId === f.repId)?.status));
      }),
      { numRuns: 20 },
    );
  });
});

describe('where the pane points', () => {
  const spec = buildPlan(plan.setup, plan.reps, sample.inputs, 'en-US');
  const sheet = (key: string) => spec.sheets.find((s) => s.key === key) as SheetSpec;
  /** The value the spec puts in a cell (blocks hold positions as numbers). */
  const valueAt = (s: SheetSpec, row: number, column: number) => {
    for (const b of s.blocks) {
      const [r, c] = [row - b.at.row, column - b.at.column];
      if (r >= 0 && r < b.cells.length && c >= 0 && c < (b.cells[0]?.length ?? 0)) return b.cells[r][c];
    }
    return undefined;
  };

  it('each rule setting is the Setup input cell keyed for it (a pace threshold: its parameter)', () => {
    const cells = inputCells(sheet('setup'));
    for (const key of RULE_KEYS) {
      for (const field of ['on', 'threshold', 'severity'] as const) {
        const at = ruleCell(plan, key, field);
        const source = thresholdSource(key);
        const want =
          field === 'threshold' && source !== 'rule' ? inputKey('setup', source, 'value') : inputKey('setup', ruleRowKey(key), field);
        expect({ key, field, got: cells.get(`${at.row},${at.column}`) }).toEqual({ key, field, got: want });
      }
    }
  });

  it('a rep’s Dashboard row and Actuals block start with their Rep ID', () => {
    for (const index of [0, 7, plan.reps.length - 1]) {
      const id = plan.reps[index].id;
      for (const where of ['dashboard', 'actuals'] as const) {
        const place = repPlace(plan, index, where);
        expect(valueAt(sheet(where), place.idCell.row, place.idCell.column)).toBe(id);
      }
      const block = repPlace(plan, index, 'actuals');
      const actuals = inputCells(sheet('actuals'));
      expect(actuals.get(`${block.rect.top},${block.rect.left}`)).toContain(`actuals!${id}`);
      expect(actuals.get(`${block.rect.bottom},${block.rect.right}`)).toContain(`actuals!${id}`);
      expect(actuals.get(`${block.rect.bottom + 1},${block.rect.left}`) ?? '').not.toContain(`actuals!${id}!`);
    }
  });
});

const byId = (a: { repId: string }, b: { repId: string }) => a.repId.localeCompare(b.repId);
