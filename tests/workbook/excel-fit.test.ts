/**
 * A plan Excel's grid (1,048,576 rows × 16,384 columns) cannot hold is refused before anything
 * is built, with the figures and what to change; the predicted extents are those of built plans.
 */
import { checkPlanFits, excelLimitBreach, planExtents } from '../../src/workbook/excel-fit';
import { buildPlan } from '../../src/workbook';
import { PlannerError } from '../../src/workbook/plan-error';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { rep, smallSetup } from './fixture';

const months = (periodCount: number) => smallSetup({ periodCount, seasonality: new Array<number>(periodCount).fill(1) });
const reps = (n: number) => Array.from({ length: n }, (_, i) => rep(`R${i + 1}`));

function builtExtent(spec: WorkbookSpec, key: string): { rows: number; columns: number } {
  const sheet = spec.sheets.find((s) => s.key === key)!;
  let rows = 0;
  let columns = 0;
  for (const block of sheet.blocks) {
    rows = Math.max(rows, block.at.row + block.cells.length - 1);
    columns = Math.max(columns, block.at.column + Math.max(...block.cells.map((r) => r.length)) - 1);
  }
  return { rows, columns };
}

describe('planExtents', () => {
  it.each([
    [2, 4],
    [3, 12],
    [1, 1],
  ])('%i reps × %i periods: every built sheet lies inside its extent; Actuals rows and Targets columns are exact', (n, p) => {
    const setup = months(p);
    const spec = buildPlan(setup, reps(n), {}, 'en-US');
    for (const extent of planExtents(setup, n, new Set(reps(n).map((r) => r.team)).size)) {
      const built = builtExtent(spec, extent.sheet);
      expect(built.rows).toBeLessThanOrEqual(extent.rows);
      expect(built.columns).toBeLessThanOrEqual(extent.columns);
      if (extent.sheet === 'actuals') expect(built.rows).toBe(extent.rows);
      if (extent.sheet === 'targets') expect(built.columns).toBe(extent.columns);
    }
  });

  it('worked values: Actuals has a row per rep and period under 4 rows; Targets 11 columns and one per period', () => {
    const extents = planExtents(months(12), 25);
    expect(extents.find((e) => e.sheet === 'actuals')!.rows).toBe(4 + 25 * 12);
    expect(extents.find((e) => e.sheet === 'targets')!.columns).toBe(11 + 12);
  });
});

describe('excelLimitBreach at the exact boundary', () => {
  it('rows of Actuals: 87,381 reps × 12 months fill 1,048,576 rows; one rep more needs 1,048,588', () => {
    expect(excelLimitBreach(months(12), 87_381)).toBeNull();
    expect(excelLimitBreach(months(12), 87_382)).toEqual({ sheet: 'actuals', limit: 'rows', needed: 1_048_588, max: 1_048_576 });
  });

  it('rows of Actuals at limit + 1: 524,286 reps × 2 periods fit, 524,287 need 1,048,578', () => {
    expect(excelLimitBreach(months(2), 524_286)).toBeNull();
    expect(excelLimitBreach(months(2), 524_287)).toEqual({ sheet: 'actuals', limit: 'rows', needed: 1_048_578, max: 1_048_576 });
  });

  it('rows of Targets (one period: its reconciliation rows are the lowest): 1,048,567 reps fit, 1,048,568 need 1,048,577', () => {
    expect(excelLimitBreach(months(1), 1_048_567)).toBeNull();
    expect(excelLimitBreach(months(1), 1_048_568)).toEqual({ sheet: 'targets', limit: 'rows', needed: 1_048_577, max: 1_048_576 });
  });

  it('columns of Targets: 16,373 periods fill 16,384 columns (to XFD); 16,374 need 16,385', () => {
    expect(excelLimitBreach(months(16_373), 1)).toBeNull();
    expect(excelLimitBreach(months(16_374), 1)).toEqual({ sheet: 'targets', limit: 'columns', needed: 16_385, max: 16_384 });
  });
});

describe('the refusal', () => {
  it('names the limit, the figure, what makes it and what to change, in the plan’s language', () => {
    const refusal = (locale: 'en-US' | 'zh-CN') => {
      try {
        checkPlanFits(months(12), 87_382, locale);
      } catch (e) {
        return e as PlannerError;
      }
      throw new Error('not refused');
    };
    const en = refusal('en-US');
    expect(en).toBeInstanceOf(PlannerError);
    expect(en.code).toBe('exceedsExcel');
    expect(en.message).toBe(
      'This plan needs 1,048,588 rows on the Actuals sheet (a row for each of 87,382 reps in each of 12 periods, under its header), and Excel allows 1,048,576 rows on a sheet. Plan fewer reps (split the team into several plans), or use quarters instead of months, then try again.',
    );
    expect(JSON.parse(en.subject!)).toEqual({
      sheet: 'actuals',
      limit: 'rows',
      needed: 1_048_588,
      max: 1_048_576,
      repCount: 87_382,
      periodCount: 12,
    });
    const zh = refusal('zh-CN');
    expect(zh.message).toContain('1,048,588 行');
    expect(zh.message).toContain('最多 1,048,576 行');
    expect(zh.message).toContain('改用季度而非月份');
  });

  it('columns: the message says fewer periods', () => {
    expect(() => checkPlanFits(months(16_374), 1, 'en-US')).toThrow(
      'This plan needs 16,385 columns on the Targets sheet (a column for each of 16,374 periods, beside the rep columns), and Excel allows 16,384 columns on a sheet. Plan fewer periods (a shorter plan, or quarters instead of months), then try again.',
    );
  });

  it('buildPlan refuses before building anything: a 1,048,577-row plan fails at once, without the memory of its sheets', () => {
    // 87,382 reps are made, but no sheet: were the rows built, this would take seconds and gigabytes.
    expect(() => buildPlan(months(12), reps(87_382), {}, 'en-US')).toThrow(expect.objectContaining({ code: 'exceedsExcel' }));
    expect(() => buildPlan(months(16_374), reps(1), {}, 'zh-CN')).toThrow(/16,385 列/);
  });
});
