import { uiStrings, fill } from '../../src/taskpane/i18n';
import { doneText, previewView, snapshotDate } from '../../src/taskpane/preview-view';
import { workbookText } from '../../src/workbook/i18n';
import { planPeriods } from '../../src/workbook/periods';
import type { PlanSetup } from '../../src/workbook/plan';
import { previewBuild, previewChange, previewReplan } from '../../src/workbook/preview';
import { computeQuotas } from '../../src/workbook/quotas';
import { JAN_1_2026, rep, smallSetup } from '../workbook/fixture';

const NOV_30 = JAN_1_2026 + 333;
const yearSetup = (overrides: Partial<PlanSetup> = {}) =>
  smallSetup({ target: 1_080_000, cushion: 0.1, periodCount: 12, seasonality: new Array(12).fill(1), asOf: NOV_30, ...overrides });
const team = () => [rep('A'), rep('B'), rep('C')];
const request = { newTarget: 936_000, at: NOV_30, who: 'Ann', why: 'Market' };

describe('the words of a preview', () => {
  const t = uiStrings['en-US'];

  test('a new plan: the sum check with target and cushion, the SMART verdict, one table row per rep', () => {
    const view = previewView(previewBuild(yearSetup(), team(), 'en-US'), t, 'en-US');
    expect(view.lines[0]).toBe('Quotas add up to 1,188,000: the target 1,080,000 plus a cushion of 10%.');
    expect(view.lines[1]).toBe(fill(t.previewSmart, { verdict: 'A' }));
    expect(view.rows[0].slice(0, 4)).toEqual(['A Name A', '396,000', '100%', '33.3%']);
    expect(view.head).toHaveLength(4 + 12);
    expect(view.warning).toBeNull();
  });

  test('a re-plan as of 30 Nov: A keeps 11 × 33,000 and gets 343,200 in December; the warning gives the factor (1,029,600 / 99,000 ≈ 10.4×)', () => {
    const setup = yearSetup();
    const quotas = computeQuotas(setup, team(), planPeriods(setup, workbookText('en-US'))).table;
    const preview = previewReplan(setup, team(), quotas, {}, request, 'en-US');
    const view = previewView(preview, t, 'en-US');
    expect(view.warning).toBe(fill(t.previewConcentrated, { period: 'Dec 2026', factor: '10.4' }));
    expect(view.head).toEqual(['Rep ID', 'Before', 'After', 'Dec 2026']);
    expect(view.rows[0]).toEqual(['A Name A', '396,000', '706,200', '33,000 → 343,200']);
    expect(doneText(preview, t, 'en-US')).toBe(fill(t.doneReplanned, { target: '936,000', periods: 'Dec 2026' }));
  });

  test('a change that only moves December between reps warns without a factor of 1×', () => {
    const preview = previewChange(
      { setup: yearSetup(), reps: team() },
      { reps: [rep('A'), rep('B', { potential: 300 }), rep('C')], at: NOV_30, who: '', why: '' },
      'en-US',
    );
    const view = previewView(preview, t, 'en-US');
    expect(preview.changedPeriods).toEqual([]); // an equal split: a weight decides nothing
    const moved = previewChange(
      { setup: yearSetup({ method: 'potential' }), reps: team() },
      { reps: [rep('A'), rep('B', { potential: 300 }), rep('C')], at: NOV_30, who: '', why: '' },
      'en-US',
    );
    expect(moved.changedPeriods).toEqual([11]);
    expect(previewView(moved, t, 'en-US').warning).toBe(fill(t.previewConcentratedFromZero, { period: 'Dec 2026' }));
    expect(view.lines).toContain(t.previewNoChange);
  });

  test('dates in the pane’s locale', () => {
    expect(snapshotDate(NOV_30 + 0.6, 'en-US')).toBe('Nov 30');
    expect(snapshotDate(NOV_30, 'zh-CN')).toBe('11月30日');
  });
});
