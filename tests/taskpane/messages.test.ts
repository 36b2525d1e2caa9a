/** The pane's sentences: problems, errors, outcomes and the plan summary, in both languages. */
import { DomainError } from '../../src/core/errors';
import { PlannerError, type OperationSummary, type PlanState } from '../../src/excel';
import { fill, uiStrings } from '../../src/taskpane/i18n';
import { failureOutcome, successOutcome } from '../../src/taskpane/outcome';
import { planFacts } from '../../src/taskpane/plan-facts';
import { errorDetails, errorText, formProblemText, repsProblemText } from '../../src/taskpane/problem-text';
import { checkPlanFits } from '../../src/workbook/excel-fit';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { smallSetup } from '../workbook/fixture';

const en = uiStrings['en-US'];
const zh = uiStrings['zh-CN'];

describe('problem sentences', () => {
  it('words every form problem in both languages', () => {
    for (const t of [en, zh]) {
      const texts = (['required', 'notNumber', 'notPositive', 'percentRange', 'badDate', 'asOfOutside', 'thresholdOrder'] as const).map(
        (p) => formProblemText(p, t),
      );
      expect(new Set(texts).size).toBe(7);
    }
  });

  it('names the row and the Rep ID of a team problem', () => {
    expect(repsProblemText({ kind: 'duplicateId', row: 3, id: 'R1' }, en)).toBe('Row 3: Rep ID R1 appears twice.');
    expect(repsProblemText({ kind: 'duplicateId', row: 3, id: 'R1' }, zh)).toBe('第 3 行：人员编号 R1 重复出现。');
    expect(repsProblemText({ kind: 'notNumber', row: 4, column: 'potential' }, en)).toBe('Row 4: Potential must be a number, 0 or more.');
    expect(repsProblemText({ kind: 'missingColumn', column: 'name' }, en)).toBe(en.repsMissingName);
    expect(repsProblemText({ kind: 'badLeaveDate', row: 5 }, en)).toBe('Row 5: the leave date is not a date.');
    expect(repsProblemText({ kind: 'leaveBeforeStart', row: 6 }, zh)).toBe('第 6 行：离职日期早于入职日期。');
  });
});

describe('errorText', () => {
  it('words the planner’s errors in the pane’s language, with the clashing sheet’s name', () => {
    expect(errorText(new PlannerError('sheetTaken', 'English', 'Targets'), zh)).toBe(fill(zh.errorSheetTaken, { sheet: 'Targets' }));
    expect(errorText(new PlannerError('noPlan', 'English'), en)).toBe(en.errorNoPlan);
    expect(errorText(new PlannerError('unreadablePlan', 'English'), zh)).toBe(zh.errorUnreadablePlan);
    expect(errorText(new PlannerError('tooLarge', 'English'), en)).toBe(en.errorTooLarge);
    expect(errorText(new PlannerError('selectionTooLarge', 'English', '100000'), zh)).toBe(
      '所选区域中有内容的单元格多于一张团队表（最多 100000 个）。请只选择团队表，包括标题行。',
    );
  });

  it('never shows Office’s English text as the sentence: its code is worded, the text kept for Details', () => {
    const office = Object.assign(new Error('The cell you’re trying to change is on a protected sheet.'), { code: 'AccessDenied' });
    expect(errorText(office, zh)).toBe(zh.officeAccessDenied);
    expect(errorDetails(office)).toBe('AccessDenied: The cell you’re trying to change is on a protected sheet.');
    expect(errorText(new DomainError('num', 'target must be at least 0'), en)).toBe(en.errorUnknown);
    expect(errorDetails(new DomainError('num', 'target must be at least 0'))).toBe('target must be at least 0');
    expect(errorText('plain', zh)).toBe(zh.errorUnknown);
  });
});

describe('outcomes', () => {
  const summary: OperationSummary = {
    sheets: ['Setup', 'Targets', 'Actuals', 'Dashboard', 'Leaderboard', 'Review', 'Change log', 'Archive'],
    inputsKept: 1800,
    archived: 12,
    appended: { Review: 0, 'Change log': 1, Archive: 12 },
    keptEdits: 0,
    syncs: 3,
    bytes: 1,
  };

  it('a build says what was written, kept and archived, and what was appended', () => {
    expect(successOutcome('build', summary, en, 'en-US')).toEqual({
      intent: 'success',
      where: 'actions',
      title: en.outcomeBuilt,
      body: 'Sheets written: 8. Inputs kept: 1,800. Moved to the Archive: 12. Rows added to Change log: 1. Rows added to Archive: 12.',
    });
  });

  it('a snapshot says only how many rows Review got', () => {
    const snapshot = { ...summary, sheets: ['复盘'], inputsKept: 0, archived: 0, appended: { 复盘: 26 } };
    expect(successOutcome('snapshot', snapshot, zh, 'zh-CN').body).toBe('“复盘”新增 26 行。');
  });

  it('a failed build or re-plan is shown at its form, a failed refresh under the actions', () => {
    expect(failureOutcome('build', 'x', 'nothing', en)).toMatchObject({ intent: 'error', where: 'form', title: en.failedBuild });
    expect(failureOutcome('replan', 'x', 'restored', en).where).toBe('form');
    expect(failureOutcome('refresh', 'x', 'nothing', en).where).toBe('actions');
    // A build that landed replaced its form with the plan's card.
    expect(failureOutcome('build', 'x', 'written', en).where).toBe('actions');
  });
});

describe('planFacts', () => {
  const { setup, reps } = sampleInputs({ reps: 25 });
  const plan: PlanState = { version: 1, locale: 'en-US', setup, reps, savedAt: '2026-07-01T09:30:00.000Z' };

  it('lists target, reps, periods, as-of date and save time', () => {
    expect(planFacts(plan, 'en-US', en, 'UTC')).toEqual([
      { label: 'Team target', value: '12,000,000' },
      { label: 'Reps', value: '25' },
      { label: 'Periods', value: '12 months from Jan 2026' },
      { label: 'As-of date', value: '2026-06-30' },
      { label: 'Saved', value: 'Jul 1, 2026, 9:30 AM' },
    ]);
  });

  it('in Chinese, with quarters, and without a save time it cannot read', () => {
    const quarters = { ...plan, setup: { ...setup, granularity: 'quarter' as const, periodCount: 4 }, savedAt: '' };
    const facts = planFacts(quarters, 'zh-CN', zh, 'UTC');
    expect(facts.map((f) => f.value)).toEqual(['12,000,000', '25', '自 2026年1月 起 4 个季度', '2026-06-30']);
  });
});

describe('errorText: a plan too large for Excel', () => {
  it('is worded in the pane’s language from the figures, whatever the plan’s language', () => {
    let error: unknown;
    try {
      checkPlanFits(smallSetup({ periodCount: 12 }), 87_382, 'en-US');
    } catch (e) {
      error = e;
    }
    expect(errorText(error, zh)).toContain('最多 1,048,576 行');
    expect(errorText(error, en)).toContain('Excel allows 1,048,576 rows on a sheet');
  });
});
