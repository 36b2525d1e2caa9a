/**
 * What the pane says when an action fails: the action by name, why in the pane's language for
 * every PlannerError code and every Office error code, what changed in the workbook, Office's
 * own text only under Details, and what Retry does.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { PlannerError, type PlannerErrorCode, type WorkbookChange } from '../../src/excel';
import { uiStrings, type UiStrings } from '../../src/taskpane/i18n';
import { failureOutcome, workingOutcome, type PlanAction } from '../../src/taskpane/outcome';
import { errorDetails, errorText, officeErrorText } from '../../src/taskpane/problem-text';
import { progressAt } from '../../src/excel/progress';
import { checkPlanFits } from '../../src/workbook/excel-fit';
import { smallSetup } from '../workbook/fixture';

const en = uiStrings['en-US'];
const zh = uiStrings['zh-CN'];
const han = /[\u4e00-\u9fff]/;

const CODES: PlannerErrorCode[] = [
  'noPlan',
  'unreadablePlan',
  'sheetTaken',
  'tooLarge',
  'badNumber',
  'coauthorBusy',
  'selectionTooLarge',
  'exceedsExcel',
  'repMoved',
  'ruleChanged',
];

/** Every code of Excel.ErrorCodes and OfficeExtension.ErrorCodes, as @types/office-js declares them. */
function officeCodes(): string[] {
  const types = readFileSync(join(__dirname, '..', '..', 'node_modules', '@types', 'office-js', 'index.d.ts'), 'utf8');
  const codes = new Set<string>();
  for (const block of types.matchAll(/enum ErrorCodes \{([\s\S]*?)\}/g))
    for (const [, code] of block[1].matchAll(/= "(\w+)"/g)) codes.add(code);
  return [...codes];
}

/** A PlannerError of `code` as src/excel or src/workbook raises it (exceedsExcel carries its figures). */
function plannerError(code: PlannerErrorCode): PlannerError {
  if (code === 'exceedsExcel') {
    try {
      checkPlanFits(smallSetup({ periodCount: 12 }), 87_382, 'en-US');
    } catch (error) {
      return error as PlannerError;
    }
  }
  return new PlannerError(code, 'The English message for logs.', 'Targets');
}

const officeError = (code: string, message = `Excel says ${code} in English.`) => Object.assign(new Error(message), { code });

describe('errorText words every error in the pane’s language', () => {
  it.each(CODES)('PlannerError %s: a sentence of its own in each language, never the English message', (code) => {
    const error = plannerError(code);
    const [inEnglish, inChinese] = [errorText(error, en), errorText(error, zh)];
    // (a refusal's figures are worded in the plan's language, English here, so only its Chinese is new)
    if (code !== 'exceedsExcel') expect(inEnglish).not.toBe(error.message);
    expect(inChinese).toMatch(han);
    expect(inChinese).not.toContain('English');
  });

  it('each PlannerError code has its own words (no two codes share a sentence)', () => {
    for (const t of [en, zh]) expect(new Set(CODES.map((code) => errorText(plannerError(code), t))).size).toBe(CODES.length);
  });

  const codes = officeCodes();
  it('knows Office’s error codes (the type file lists them)', () => {
    expect(codes).toEqual(expect.arrayContaining(['AccessDenied', 'GeneralException', 'InvalidOperationInCellEditMode', 'RequestAborted']));
    expect(codes.length).toBeGreaterThan(30);
  });

  it('every Office error code is worded in both languages, Chinese in the zh-CN pane, never Office’s text', () => {
    for (const code of codes) {
      const error = officeError(code);
      expect([code, errorText(error, zh)]).toEqual([code, expect.stringMatching(han)]);
      expect(errorText(error, en)).not.toContain('Excel says');
      expect(errorDetails(error)).toBe(`${code}: Excel says ${code} in English.`);
    }
  });

  it('groups codes by what the user can do', () => {
    expect(officeErrorText('InvalidOperationInCellEditMode', en)).toBe(
      'A cell is being edited in the sheet. Press Enter or Esc there, then try again.',
    );
    expect(officeErrorText('MergedRangeConflict', zh)).toBe(zh.officeConflict);
    expect(officeErrorText('RequestPayloadSizeLimitExceeded', en)).toBe(en.officeTooLarge);
    expect(officeErrorText('SomethingNew', zh)).toBe('Excel 未能完成此请求。');
    expect(officeErrorText('constructor', en)).toBe(en.officeGeneral); // not a property of the table
  });

  it('the planner’s own sentences need no Details; a bad number keeps its figures there', () => {
    expect(errorDetails(new PlannerError('sheetTaken', 'English', 'Targets'))).toBeUndefined();
    expect(errorDetails(new PlannerError('badNumber', 'Rep R1: history is -1e+300'))).toBe('Rep R1: history is -1e+300');
  });
});

describe('failureOutcome', () => {
  const actions: [PlanAction, keyof UiStrings][] = [
    ['build', 'failedBuild'],
    ['refresh', 'failedRefresh'],
    ['snapshot', 'failedSnapshot'],
    ['replan', 'failedReplan'],
  ];

  it('names the action (never “That did not work”)', () => {
    expect(failureOutcome('refresh', officeError('GeneralException'), 'nothing', en).title).toBe('Refresh did not finish');
    for (const t of [en, zh]) {
      const titles = actions.map(([action, key]) => {
        const title = failureOutcome(action, officeError('GeneralException'), 'nothing', t).title;
        expect(title).toBe(t[key]);
        return title;
      });
      expect(new Set(titles).size).toBe(4);
    }
  });

  it('says what the failure left in the workbook, in four distinct sentences per language', () => {
    const changes: WorkbookChange[] = ['nothing', 'restored', 'written', 'unknown'];
    for (const t of [en, zh]) {
      const said = changes.map((change) => failureOutcome('build', officeError('GeneralException'), change, t).change);
      expect(new Set(said).size).toBe(4);
    }
    expect(failureOutcome('replan', officeError('GeneralException'), 'restored', en).change).toBe(
      'Your inputs are intact: every sheet is back as it was, and protected again.',
    );
  });

  it('the whole zh-CN message is Chinese; Office’s English is only under Details', () => {
    const outcome = failureOutcome('refresh', officeError('GeneralException', 'An internal error has occurred.'), 'restored', zh);
    expect(outcome).toEqual({
      intent: 'error',
      where: 'actions',
      title: '刷新未完成',
      body: 'Excel 未能完成此请求。',
      change: '您的录入完好无损：每个工作表都已恢复原样，并重新受保护。',
      details: 'GeneralException: An internal error has occurred.',
      retry: 'again',
    });
  });

  it('Retry: the action again; a refresh when the change landed; none for a refusal a changed form must answer', () => {
    expect(failureOutcome('snapshot', officeError('RequestAborted'), 'written', en).retry).toBe('refresh');
    expect(failureOutcome('build', officeError('RequestAborted'), 'unknown', en).retry).toBe('again');
    expect(failureOutcome('build', new PlannerError('sheetTaken', 'x', 'Targets'), 'nothing', en).retry).toBe('again');
    for (const code of ['badNumber', 'exceedsExcel', 'tooLarge', 'noPlan'] as const)
      expect(failureOutcome('build', new PlannerError(code, 'x'), 'nothing', en).retry).toBeUndefined();
  });
});

describe('workingOutcome', () => {
  it('says the step, the request of how many while writing, and the percentage, in the pane’s locale', () => {
    expect(workingOutcome('build', progressAt('write', 3, 4), en, 'en-US')).toEqual({
      intent: 'progress',
      where: 'form',
      label: 'Writing to Excel: request 3 of 4',
      fraction: 0.575,
      percent: '58% done',
    });
    expect(workingOutcome('refresh', progressAt('read'), zh, 'zh-CN')).toMatchObject({
      where: 'actions',
      label: '正在读取工作簿…',
      percent: '已完成 0%',
    });
    expect(workingOutcome('snapshot', null, en, 'en-US').label).toBe(en.progressRead);
  });
});
