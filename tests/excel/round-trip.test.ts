/**
 * docs/ARCHITECTURE.md#targets, data: no rebuild, refresh or re-plan ever loses a user-entered value. Values typed
 * into the workbook (through Office.js, as reps do) survive rebuilds that add, remove and
 * reorder reps and change the period — in their place, or in the Archive.
 */
import { stableOrder } from '../../src/workbook/team-change';
import fc from 'fast-check';
import { buildPlanInWorkbook, refreshPlan } from '../../src/excel';
import { cell } from '../../src/workbook/a1';
import { buildPlan } from '../../src/workbook';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { ExcelDouble } from './double';
import { archiveRows, inputCells, typeAll } from './support/inputs';
import { cellOf, options } from './support/workbook';

const FEB_1_2026 = 46054;

interface Change {
  keep: boolean[];
  added: number;
  order: number[];
  period: 'same' | 'shorter' | 'later';
}

function changed(setup: PlanSetup, reps: Rep[], change: Change): { setup: PlanSetup; reps: Rep[] } {
  const kept = reps.filter((_, i) => change.keep[i] || i === 0);
  const added = Array.from({ length: change.added }, (_, i) => ({ ...reps[0], id: `N${i + 1}`, name: `New ${i + 1}`, startDate: null }));
  const all = [...kept, ...added];
  const order = all.map((rep, i) => ({ rep, rank: change.order[i % change.order.length] ?? 0, i }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const period =
    change.period === 'shorter'
      ? { periodCount: 9, seasonality: setup.seasonality.slice(0, 9) }
      : change.period === 'later'
        ? { periodStart: FEB_1_2026 }
        : {};
  return { setup: { ...setup, ...period }, reps: order.map((o) => o.rep) };
}

const typedValue = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant("'+1"), fc.constant('n/a'));
/** What the cell holds after typing `value` (an apostrophe is Excel's text prefix). */
const stored = (value: unknown) => (value === "'+1" ? '+1' : value);

describe('input round trip', () => {
  it('keeps every typed value in place or in the Archive across rebuilds that change reps and periods', async () => {
    const { setup, reps } = sampleInputs({ reps: 6 });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ cell: fc.nat(), value: typedValue }), { selector: (t) => t.cell, minLength: 1, maxLength: 12 }),
        fc.record({
          keep: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          added: fc.integer({ min: 0, max: 2 }),
          order: fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 8 }),
          period: fc.constantFrom('same' as const, 'shorter' as const, 'later' as const),
        }),
        async (typed, change) => {
          const excel = new ExcelDouble();
          await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
          const before = inputCells(buildPlan(setup, reps, {}, 'en-US'), 'actuals');
          const chosen = new Map(typed.map((t) => [before[t.cell % before.length], t.value]));
          await typeAll(
            excel,
            [...chosen].map(([cell, value]) => ({ sheet: cell.sheet, address: cell.address, value })),
          );

          const next = changed(setup, reps, change);
          const summary = await buildPlanInWorkbook(next.setup, next.reps, 'en-US', options(excel));

          // Earlier reps keep their rows: the plan takes the new team in the earlier order.
          const after = new Map(
            inputCells(buildPlan(next.setup, stableOrder(reps, next.reps), {}, 'en-US'), 'actuals').map((c) => [c.key, c]),
          );
          const archive = archiveRows(excel);
          let archived = 0;
          for (const [cell, value] of chosen) {
            const place = after.get(cell.key);
            if (place) {
              expect(cellOf(excel.document.sheet(place.sheet), place.address)).toMatchObject({ value: stored(value), formula: undefined });
            } else {
              archived++;
              expect(archive).toContainEqual(['actuals', cell.row, cell.column, stored(value)]);
            }
          }
          expect(summary.archived).toBe(archive.length);
          expect(archive.length).toBeGreaterThanOrEqual(archived);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('archives only once: a later rebuild does not archive the same value again', async () => {
    const { setup, reps } = sampleInputs({ reps: 3 });
    const excel = new ExcelDouble();
    await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    const cell = inputCells(buildPlan(setup, reps, {}, 'en-US'), 'actuals').find((c) => c.row.startsWith(reps[2].id))!;
    await typeAll(excel, [{ sheet: cell.sheet, address: cell.address, value: 777 }]);
    await buildPlanInWorkbook(setup, reps.slice(0, 2), 'en-US', options(excel));
    await refreshPlan(options(excel));
    await buildPlanInWorkbook(setup, reps.slice(0, 2), 'en-US', options(excel));
    expect(archiveRows(excel)).toEqual([['actuals', cell.row, cell.column, 777]]);
  });

  it('keeps inputs when the language changes, renaming the plan’s sheets', async () => {
    const { setup, reps } = sampleInputs({ reps: 3 });
    const excel = new ExcelDouble();
    await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    const cell = inputCells(buildPlan(setup, reps, {}, 'en-US'), 'actuals')[5];
    await typeAll(excel, [{ sheet: cell.sheet, address: cell.address, value: 4321 }]);
    await buildPlanInWorkbook(setup, reps, 'zh-CN', options(excel));
    const zh = buildPlan(setup, reps, {}, 'zh-CN');
    const place = inputCells(zh, 'actuals').find((c) => c.key === cell.key)!;
    expect(cellOf(excel.document.sheet(place.sheet), place.address)?.value).toBe(4321);
    expect(excel.document.findSheet(cell.sheet)).toBeUndefined();
    expect(excel.document.sheets.slice(0, zh.sheets.length).map((s) => s.name)).toEqual(zh.sheets.map((s) => s.name));
  });
});

describe('text from users', () => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(1)', "=cmd|' /C calc'!A0", 'Mar 2026', 'TRUE', '007'];

  it('stays text in every cell, through a build and a refresh', async () => {
    const { setup, reps } = sampleInputs({ reps: hostile.length });
    const named = reps.map((rep, i) => ({ ...rep, name: hostile[i], team: hostile[hostile.length - 1 - i] }));
    const excel = new ExcelDouble();
    await buildPlanInWorkbook(setup, named, 'en-US', options(excel));
    await refreshPlan(options(excel));
    const spec = buildPlan(setup, named, {}, 'en-US');
    let checked = 0;
    for (const sheet of spec.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((value, c) => {
            if (typeof value !== 'string' || !hostile.includes(value)) return;
            const at = excel.document.sheet(sheet.name).cellAt(block.at.row + r, block.at.column + c);
            expect(at).toMatchObject({ value, formula: undefined });
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(hostile.length * 2);
  });
});

describe('protection', () => {
  it('locks formulas and leaves inputs open to reps', async () => {
    const { setup, reps } = sampleInputs({ reps: 3 });
    const excel = new ExcelDouble();
    await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    const spec = buildPlan(setup, reps, {}, 'en-US');
    const input = inputCells(spec, 'actuals')[0];
    await expect(typeAll(excel, [{ sheet: input.sheet, address: input.address, value: 5 }])).resolves.toBeUndefined();
    const dashboard = spec.sheets.find((s) => s.key === 'dashboard')!;
    const formula = dashboard.blocks.find((b) => b.role === 'formula')!;
    await expect(
      typeAll(excel, [{ sheet: dashboard.name, address: cell(formula.at.column, formula.at.row), value: 0 }]),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    const setupSheet = spec.sheets.find((s) => s.key === 'setup')!;
    const setupInput = inputCells(spec, 'setup')[0];
    await expect(typeAll(excel, [{ sheet: setupSheet.name, address: setupInput.address, value: 46100 }])).resolves.toBeUndefined();
  });
});
