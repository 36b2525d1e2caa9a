/**
 * Cached values against a real engine: every formula cell of the generated .xlsx stores the
 * result the plan's models computed, and LibreOffice, recalculating the same file from its
 * formulas, shows the same thing in every one of them. The comparison knows no sheet or
 * column: it walks every formula cell of the file, so a formula changed or added anywhere is
 * covered as it is. Plans: the sample, an as-of date before the plan starts (every ratio
 * empty), and a re-plan after the plan's end with a tie, a rep without quota and quotas that
 * no longer reconcile (the checks show numbers, not "OK").
 *
 * Also: the data bar keeps working through LibreOffice without the empty extension pointer.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildPlan, type BuildOptions } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import type { Locale } from '../../src/core/locale';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { inputKey, isFormula, type InputValues } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/xlsx';
import { computed, libreOfficeAvailable, recalculate, recalculatedXlsx, type ComputedValue } from '../support/libreoffice';
import { cells, formulas } from '../workbook/spec-cells';
import { actualsInputs, JAN_1_2026, rep, smallSetup } from '../workbook/fixture';

interface Plan {
  setup: PlanSetup;
  reps: Rep[];
  inputs: InputValues;
  locale: Locale;
  options?: BuildOptions;
}

/** "" and no value both show as nothing (ExcelJS reads a cached "" back as no result). */
const shown = (cell: ExcelJS.Cell): ComputedValue => {
  const value = computed(cell);
  return value === '' ? null : value;
};

/** Numbers agree to 1e-9, relative (absolute below 1); anything else exactly. */
function same(cached: ComputedValue, recalculated: ComputedValue): boolean {
  if (typeof cached === 'number' && typeof recalculated === 'number') {
    return Math.abs(cached - recalculated) <= 1e-9 * Math.max(1, Math.abs(recalculated));
  }
  return JSON.stringify(cached) === JSON.stringify(recalculated);
}

async function load(file: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  return workbook;
}

interface Mismatch {
  cell: string;
  formula: string;
  cached: ComputedValue;
  recalculated: ComputedValue;
}

/** Every formula cell of `file` against the same cell recalculated; returns the cells compared and the mismatches. */
function compare(file: ExcelJS.Workbook, recalculated: ExcelJS.Workbook): { compared: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  file.eachSheet((sheet) => {
    const other = recalculated.getWorksheet(sheet.name)!;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        compared++;
        const [cached, again] = [shown(cell), shown(other.getCell(cell.address))];
        if (!same(cached, again)) {
          mismatches.push({ cell: `${sheet.name}!${cell.address}`, formula: cell.formula, cached, recalculated: again });
        }
      }),
    );
  });
  return { compared, mismatches };
}

async function check(plan: Plan): Promise<void> {
  const spec = buildPlan(plan.setup, plan.reps, plan.inputs, plan.locale, plan.options);
  const bytes = await renderXlsx(spec);
  const { compared, mismatches } = compare(await load(bytes), await recalculate(bytes));
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(compared).toBe(formulas(spec).length);
}

/** A re-plan from period 3, looked at after the plan's end: P1 and P2 tie, P3 has no quota. */
function replannedPlan(): Plan {
  const setup = smallSetup({
    asOf: JAN_1_2026 + 130, // after 30 April, the plan's last day
    paceMode: 'seasonal',
    seasonality: [1, 2, 3, 4],
    cushion: 0.1,
    rebase: { fromPeriod: 3, actualBefore: 400 },
  });
  const reps = [rep('P1'), rep('P2'), rep('P3', { name: '', team: '' }), rep('P4')];
  const signed = [100, 150, 120, 90];
  const inputs = actualsInputs({
    P1: { signed, newCustomers: [1, 2, 1, 1], stage1: [10, 10, 10, 10], stage2: [1, 2, 1, 1] },
    P2: { signed, newCustomers: [1, 2, 1, 1], stage1: [10, 10, 10, 10], stage2: [1, 2, 1, 1] },
    P4: { signed: [300, 0, 10], collected: [100, 100] },
  });
  // Quotas decided at the re-plan; P3's row is missing (zeros), so the total no longer reconciles.
  const quotas = { P1: [50, 100, 160, 210], P2: [50, 100, 160, 210], P4: [60, 110, 170, 220.25] };
  return { setup, reps, inputs, locale: 'en-US', options: { quotas } };
}

// Skipped on a developer machine without LibreOffice; never on CI, where a missing engine must fail.
const available = libreOfficeAvailable() || Boolean(process.env.CI);
const describeIf = available ? describe : describe.skip;

describeIf('cached values equal LibreOffice’s recalculation in every formula cell', () => {
  test('the sample plan (25 reps, en-US)', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 25, locale: 'en-US' });
    await check({ setup, reps, inputs, locale: 'en-US' });
  });

  // More reps than a Leaderboard board holds: the team boards are cut at 25, and the board of
  // all reps reads them (sheets/leaderboard.ts); every helper's cached value still agrees.
  test('90 reps, zh-CN: boards cut at 25', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 90, locale: 'zh-CN', seed: 5 });
    await check({ setup, reps, inputs, locale: 'zh-CN' });
  });

  test('zh-CN, as of a day before the plan starts: every ratio empty', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 12, locale: 'zh-CN' });
    const before = { ...inputs, [inputKey('setup', 'asOf', 'value')]: setup.periodStart - 1 };
    await check({ setup, reps, inputs: before, locale: 'zh-CN' });
  });

  test('a re-plan after the plan’s end: a tie, a rep without quota, checks that show numbers', async () => {
    const plan = replannedPlan();
    const spec = buildPlan(plan.setup, plan.reps, plan.inputs, plan.locale, plan.options);
    // The case is what it says: some Targets check shows a number, not "OK".
    const targets = [...cells(spec)].filter((c) => c.sheet.key === 'targets' && c.role !== 'value');
    expect(targets.some((c) => isFormula(c.value) && c.value.formula.startsWith('=IF(ABS(') && typeof c.value.value === 'number')).toBe(
      true,
    );
    await check(plan);
  });
});

describeIf('the data bar through LibreOffice', () => {
  test('LibreOffice reads the bar without its extension pointer and writes it back on the attainment column', async () => {
    const { setup, reps, inputs } = sampleInputs({ reps: 25, locale: 'en-US' });
    const bytes = await renderXlsx(buildPlan(setup, reps, inputs, 'en-US'));
    const sheetXml = async (file: Buffer) => (await JSZip.loadAsync(file)).file('xl/worksheets/sheet4.xml')!.async('string');
    // LibreOffice adds attributes and writes <cfvo …></cfvo> where ExcelJS writes <cfvo …/>.
    const bar =
      /<conditionalFormatting sqref="([A-Z]+\d+:[A-Z]+\d+)"><cfRule type="dataBar"[^>]*><dataBar[^>]*><cfvo type="num" val="0"(?:\/>|><\/cfvo>)<cfvo type="num" val="1"(?:\/>|><\/cfvo>)/;
    const mine = await sheetXml(bytes);
    expect(mine).not.toContain('x14:id');
    const range = bar.exec(mine)?.[1];
    expect(range).toBeDefined();
    // LibreOffice writes the bar back on the same range (the attainment column), with the same bounds.
    expect(bar.exec(await sheetXml(await recalculatedXlsx(bytes)))?.[1]).toBe(range);
  });
});
