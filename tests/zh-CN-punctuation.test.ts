import { readFileSync } from 'fs';
import { join } from 'path';
import { uiStrings } from '../src/taskpane/i18n';
import { buildPlan } from '../src/workbook';
import { workbookText } from '../src/workbook/i18n';
import { sampleInputs } from '../src/workbook/sample-actuals';

/**
 * Chinese text uses full-width punctuation — （）；，：？ — in the workbook, the task pane and the
 * function help alike. Numbers (1,200,000) and {placeholders} stay ASCII.
 */
const CJK = /[\u3400-\u9fff]/;

/** The ASCII marks in a Chinese string that should be full-width (none in a string without Chinese). */
function asciiMarks(text: string): string[] {
  if (!CJK.test(text)) return [];
  const prose = text.replace(/\{\w+\}/g, '').replace(/\d,(?=\d)/g, '');
  return [...prose.matchAll(/[();,:?]/g)].map((m) => m[0]);
}

/** Every string in a text table, by path; a function (a sentence with values) is called with 1s. */
function stringsOf(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: number[]) => unknown;
    return stringsOf(fn(...new Array<number>(fn.length).fill(1)), `${path}()`);
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringsOf(item, `${path}.${key}`));
  return [];
}

const functionHelp: unknown = JSON.parse(readFileSync(join(__dirname, '../src/functions/locales/zh-CN.json'), 'utf8'));

describe.each([
  ['the workbook text', workbookText('zh-CN')],
  ['the task pane', uiStrings['zh-CN']],
  ['the function help', functionHelp],
])('zh-CN %s', (_name, table) => {
  const strings = stringsOf(table, 'zh-CN');

  it('has Chinese strings to check', () => {
    expect(strings.filter(([, text]) => CJK.test(text)).length).toBeGreaterThan(10);
  });

  it('uses full-width punctuation in every Chinese string', () => {
    const offenders = strings.filter(([, text]) => asciiMarks(text).length > 0).map(([path, text]) => `${path}: ${text}`);
    expect(offenders).toEqual([]);
  });
});

describe('asciiMarks', () => {
  it('finds ASCII marks in Chinese text, not in numbers, placeholders or English', () => {
    expect(asciiMarks('目标分解(按人员和周期)')).toEqual(['(', ')']);
    expect(asciiMarks('只追加:快照;数值,非公式?')).toEqual([':', ';', ',', '?']);
    expect(asciiMarks('请输入数字，例如 1,200,000。')).toEqual([]);
    expect(asciiMarks('第 {row} 行：人员编号 {id} 重复出现。')).toEqual([]);
    expect(asciiMarks('Row {row}: Rep ID (text), twice?')).toEqual([]);
  });
});

describe('zh-CN quotation marks in the built workbook', () => {
  it('never nests “…” inside “…” (a name with its own quotes is not quoted again)', () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 5, locale: 'zh-CN' });
    const spec = buildPlan(setup, reps, inputs, 'zh-CN');
    const texts = spec.sheets.flatMap((s) => s.blocks.flatMap((b) => b.cells.flat().filter((c): c is string => typeof c === 'string')));
    expect(texts.filter((t) => /“[^”]*“/.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('“'))).toBe(true); // there are quoted words to check
  });
});
