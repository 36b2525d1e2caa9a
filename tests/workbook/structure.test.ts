import { parseCell } from '../../src/workbook/a1';
import { buildPlan } from '../../src/workbook';
import { isFormula, type CellSpec } from '../../src/workbook/spec';
import { smallInputs, smallReps, smallSetup } from './fixture';
import { cellMap, sheet } from './spec-cells';

const spec = buildPlan(smallSetup(), smallReps(), smallInputs(), 'en-US');
const valueOf = (c: CellSpec | undefined) => (c !== undefined && isFormula(c) ? c.formula : c);

describe('buildPlan structure (2 reps × 4 months)', () => {
  test('sheets in order, named in the locale (zh-CN names from the zh table)', () => {
    expect(spec.sheets.map((s) => s.name)).toEqual([
      'Setup',
      'Targets',
      'Actuals',
      'Dashboard',
      'Leaderboard',
      'Review',
      'Change log',
      'Archive',
    ]);
    const zh = buildPlan(smallSetup(), smallReps(), {}, 'zh-CN');
    expect(zh.sheets.map((s) => s.name)).toEqual(['计划设置', '目标分解', '业绩录入', '进度看板', '排行榜', '复盘', '变更记录', '归档']);
    expect(zh.names.find((n) => n.name === 'RepIds')!.ref).toBe("'目标分解'!$A$5:$A$6");
  });

  test('every sheet prints landscape at 75 % or more, its frozen rows and columns repeated on each page', () => {
    for (const sheetSpec of spec.sheets) {
      const { rows = 0, columns = 0 } = sheetSpec.freeze ?? {};
      const { orientation, repeatRows, repeatColumns, scale } = sheetSpec.print!;
      expect({ sheet: sheetSpec.key, orientation, repeatRows, repeatColumns }).toEqual({
        sheet: sheetSpec.key,
        orientation: 'landscape',
        repeatRows: rows > 0 ? rows : undefined,
        repeatColumns: columns > 0 ? columns : undefined,
      });
      expect(scale).toBeGreaterThanOrEqual(75);
    }
    expect(sheet(spec, 'dashboard').print).toMatchObject({ scale: 75, repeatRows: 4, repeatColumns: 2 });
  });

  test('Setup parameters are named cells; as-of date and thresholds are keyed inputs', () => {
    const ref = (name: string) => spec.names.find((n) => n.name === name)?.ref;
    expect(ref('PlanTarget')).toBe("'Setup'!$B$5");
    expect(ref('AsOfDate')).toBe("'Setup'!$B$9");
    expect(ref('PeriodShare')).toMatch(/^'Setup'!\$B\$\d+:\$E\$\d+$/); // one cell per month, B..E
    const setup = sheet(spec, 'setup');
    const inputs = setup.blocks.filter((b) => b.role === 'input');
    expect(inputs.map((b) => [b.at, b.inputKeys!.rows[0]])).toEqual([
      [parseCell('B9'), 'asOf'],
      [parseCell('B14'), 'atRisk'],
      [parseCell('B15'), 'lagging'],
    ]);
  });

  test('Targets: rep rows with weight, ramp and quotas as values, a live reconciliation', () => {
    const t = cellMap(spec, 'targets');
    expect(['A5', 'B5', 'G5', 'H5', 'I5', 'J5', 'M5'].map((a) => valueOf(t.get(a)?.value))).toEqual(['A', 'Name A', 0.5, 1, 500, 125, 125]);
    expect(valueOf(t.get('N5')?.value)).toBe('=IF(ABS(SUM(J5:M5)-I5)<0.005,"OK",SUM(J5:M5)-I5)');
    expect(valueOf(t.get('I7')?.value)).toBe('=SUM(I5:I6)');
    expect(valueOf(t.get('I9')?.value)).toBe('=SUMPRODUCT((PeriodIndex>=ReplanFrom)*($J$7:$M$7))');
    expect(valueOf(t.get('I10')?.value)).toBe('=(PlanTarget-ReplanBase)*(1+PlanCushion)');
    expect(valueOf(t.get('I11')?.value)).toBe('=IF(ABS(I9-I10)<0.005,"OK",I9-I10)');
  });

  test('Actuals: one row per rep and month, rep-major, inputs keyed repId|periodId × metric', () => {
    const actuals = sheet(spec, 'actuals');
    const input = actuals.blocks.find((b) => b.role === 'input')!;
    expect(input.at).toEqual(parseCell('E5'));
    expect(input.inputKeys!.rows.slice(0, 5)).toEqual(['A|2026-01', 'A|2026-02', 'A|2026-03', 'A|2026-04', 'B|2026-01']);
    expect(input.inputKeys!.columns).toEqual([
      'signed',
      'newCustomers',
      'collected',
      'receivables',
      'newLeads',
      'followUps',
      'visits',
      'jointVisits',
      'knowledgeShares',
      'stage1',
      'stage2',
    ]);
    expect(input.cells[1][0]).toBe(140); // A's February signed amount, back in place
    expect(input.cells[3][0]).toBeNull();
    expect(actuals.freeze).toEqual({ rows: 4, columns: 4 });
  });

  test('Dashboard sums a fixed block of each rep (no SUMIFS over the table)', () => {
    const d = cellMap(spec, 'dashboard');
    expect(valueOf(d.get('F5')?.value)).toBe("=SUM('Actuals'!E5:E8)");
    expect(valueOf(d.get('F6')?.value)).toBe("=SUM('Actuals'!E9:E12)");
    expect(valueOf(d.get('E5')?.value)).toBe("=SUMPRODUCT('Targets'!J5:M5,PeriodShare)");
    expect(valueOf(d.get('F7')?.value)).toBe('=SUM(F5:F6)');
    expect(valueOf(d.get('G7')?.value)).toBe('=IF(D7=0,"",F7/D7)'); // team ratio from the team's sums
    expect(valueOf(d.get('L5')?.value)).toBe(
      '=IF(CompletedPeriods<2,"",IF(COUNT(\'Actuals\'!E5:INDEX(\'Actuals\'!E5:E8,CompletedPeriods))<2,"",' +
        "FORECAST.LINEAR(CompletedPeriods+1,'Actuals'!E5:INDEX('Actuals'!E5:E8,CompletedPeriods),'Actuals'!C5:INDEX('Actuals'!C5:C8,CompletedPeriods))))",
    );
    for (const c of d.values()) {
      if (isFormula(c.value)) expect(c.value.formula).not.toMatch(/SUMIFS|COUNTIFS/);
    }
  });

  test('options.quotas (a re-plan) are written instead of computed ones', () => {
    const replanned = buildPlan(smallSetup(), smallReps(), {}, 'en-US', { quotas: { A: [125, 125, 200, 200], B: [125, 125, 50, 50] } });
    const t = cellMap(replanned, 'targets');
    expect(['I5', 'L5', 'I6', 'L6'].map((a) => valueOf(t.get(a)?.value))).toEqual([650, 200, 350, 50]);
  });

  test('duplicate Rep IDs and an empty team are refused', () => {
    expect(() => buildPlan(smallSetup(), [...smallReps(), smallReps()[0]], {}, 'en-US')).toThrow(/used twice/);
    expect(() => buildPlan(smallSetup(), [], {}, 'en-US')).toThrow(/reps must not be empty/);
  });

  // How fast is for `npm run bench`; jest's timeout below only catches a hang.
  test('5,000 reps × 12 months builds, every rep-month an input row', () => {
    const reps = Array.from({ length: 5000 }, (_, i) => ({
      id: `R${i}`,
      name: `Rep ${i}`,
      team: 'T',
      startDate: null,
      history: i,
      potential: 1,
    }));
    const setup = smallSetup({ periodCount: 12, seasonality: new Array(12).fill(1), target: 5e8 });
    const big = buildPlan(setup, reps, {}, 'en-US');
    expect(sheet(big, 'actuals').blocks.find((b) => b.role === 'input')!.cells).toHaveLength(60_000);
  }, 60_000);
});
