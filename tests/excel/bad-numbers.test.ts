/**
 * Bad numbers on the Excel double: a number the plan cannot compute with is refused, in the
 * plan's language, naming where it is, before anything is written; a negative actual (a refund,
 * a correction) is data, and a review snapshot records it.
 */
import { buildPlanInWorkbook, PlannerError, refreshPlan, replanInWorkbook, takeReviewSnapshot } from '../../src/excel';
import { buildPlan } from '../../src/workbook';
import { reviewColumns } from '../../src/workbook/columns/logs';
import type { Locale } from '../../src/core/locale';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { ExcelDouble } from './double';
import { inputCells, typeAll, valuesOf } from './support/inputs';
import { builtSample, options } from './support/workbook';

const JUN_30 = 46203;

/** Everything the double holds that an operation could write: every cell of every sheet, the sheets, the saved plan. */
function contents(excel: ExcelDouble): string {
  const sheets = excel.document.sheets.map((s) => [s.name, s.visibility, s.protection.protected, [...s.cells.entries()]]);
  return JSON.stringify([sheets, excel.document.parts.map((p) => p.xml)]);
}

async function withHugeActuals(locale: Locale) {
  const { excel, sample } = await builtSample(3, locale);
  const signed = inputCells(buildPlan(sample.setup, sample.reps, {}, locale), 'actuals').filter((c) => c.column === 'signed');
  await typeAll(
    excel,
    signed.slice(0, 2).map((c) => ({ sheet: c.sheet, address: c.address, value: 9e307 })),
  );
  return { excel, sample };
}

describe('a number the plan cannot compute with', () => {
  it.each([
    ['en-US', /^Actuals \(rep R0001, Jan 2026, Signed amount\) holds 9e\+307.*Correct the cell/],
    ['zh-CN', /^业绩录入（人员 R0001，2026年1月，签约金额）中的 9e\+307.*请更正该单元格/],
  ] as const)('is refused in %s before anything is written, by re-plan, refresh, snapshot and team change', async (locale, message) => {
    const { excel, sample } = await withHugeActuals(locale);
    const before = contents(excel);
    const operations = [
      () => replanInWorkbook({ newTarget: 2_000_000, at: JUN_30, who: 'Ann', why: 'Market' }, options(excel)),
      () => refreshPlan(options(excel)),
      () => takeReviewSnapshot(JUN_30, options(excel)),
      () => buildPlanInWorkbook(sample.setup, sample.reps.slice(1), locale, options(excel)),
    ];
    for (const operation of operations) {
      excel.resetLog();
      const error = await operation().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PlannerError);
      expect((error as PlannerError).code).toBe('badNumber');
      expect((error as PlannerError).message).toMatch(message);
      // Only the two reads (the saved plan; the inputs with the probe): nothing was sent to write.
      expect(excel.syncs).toHaveLength(2);
      expect(contents(excel)).toBe(before);
    }
  });

  it('a target or a rep’s history from the pane beyond 10^13 is refused before anything is written', async () => {
    const excel = new ExcelDouble();
    const sample = sampleInputs({ reps: 3, locale: 'en-US' });
    const before = contents(excel);
    await expect(buildPlanInWorkbook({ ...sample.setup, target: 2e13 }, sample.reps, 'en-US', options(excel))).rejects.toThrow(
      /^Team target is 20000000000000, a number the plan cannot compute with .*Change it in the task pane/,
    );
    await expect(
      buildPlanInWorkbook(sample.setup, [{ ...sample.reps[0], history: -1e300 }, ...sample.reps.slice(1)], 'en-US', options(excel)),
    ).rejects.toThrow(/^Rep R0001: history is -1e\+300/);
    expect(contents(excel)).toBe(before);
  });
});

describe('a negative actual (a refund or a correction)', () => {
  it('is counted by a review snapshot: the actual to date is net, attainment below 0', async () => {
    const { excel, sample } = await builtSample(3);
    const signed = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'), 'actuals').filter(
      (c) => c.column === 'signed' && c.row.startsWith('R0001|'),
    );
    // Every signed amount of R0001 so far: a refund of 5,000 in January, nothing else.
    await typeAll(excel, [
      { sheet: signed[0].sheet, address: signed[0].address, value: -5000 },
      ...signed.slice(1).map((c) => ({ sheet: c.sheet, address: c.address, value: '' })),
    ]);
    await takeReviewSnapshot(JUN_30, options(excel));
    const columns = reviewColumns(sample.setup.funnel).map((c) => c.key);
    const row = valuesOf(excel, 'Review', `A5:${String.fromCharCode(64 + columns.length)}5`)[0];
    const at = (key: string) => row[columns.indexOf(key)];
    expect(at('repId')).toBe('R0001');
    expect(at('actualToDate')).toBe(-5000);
    expect(at('attainment')).toBeLessThan(0);
  });
});
