import { columnLetter, parseCell } from '../../src/workbook/a1';
import { dashboardColumns } from '../../src/workbook/columns/dashboard';
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
      // The warning rules (funnel of 4 stages: header in row 44): on/off for all, thresholds
      // below the two pace rules (theirs are AtRiskBelow/LaggingBelow), the status each sets.
      [parseCell('B45'), 'rule:paceAtRisk'],
      [parseCell('D47'), 'rule:followUps'],
      [parseCell('E45'), 'rule:paceAtRisk'],
    ]);
    const ruleInputs = inputs.slice(3);
    expect(ruleInputs.map((b) => [b.inputKeys!.columns, b.inputKeys!.rows.length])).toEqual([
      [['on'], 9],
      [['threshold'], 7],
      [['severity'], 9],
    ]);
    expect(ref('WarnFollowUpsBelow')).toBe("'Setup'!$D$47");
    expect(ref('WarnPaceAtRiskBelow')).toBe("'Setup'!$D$45");
    const c = cellMap(spec, 'setup');
    expect(['A47', 'B47', 'C47', 'D47', 'E47'].map((a) => valueOf(c.get(a)?.value))).toEqual([
      'Follow-ups vs team mean',
      'On',
      'below × mean',
      0.5,
      'At risk',
    ]);
    expect(valueOf(c.get('D45')?.value)).toBe('=AtRiskBelow');
  });

  test('Targets: rep rows with weight, ramp and quotas as values, a live reconciliation', () => {
    const t = cellMap(spec, 'targets');
    expect(['A5', 'B5', 'E4', 'E5', 'H5', 'I5', 'J5', 'K5', 'N5'].map((a) => valueOf(t.get(a)?.value))).toEqual([
      'A',
      'Name A',
      'Leave date',
      null,
      0.5,
      1,
      500,
      125,
      125,
    ]);
    expect(valueOf(t.get('O5')?.value)).toBe('=IF(ABS(SUM(K5:N5)-J5)<0.005,"OK",SUM(K5:N5)-J5)');
    expect(valueOf(t.get('J7')?.value)).toBe('=SUM(J5:J6)');
    expect(valueOf(t.get('J9')?.value)).toBe('=SUMPRODUCT((PeriodIndex>=ReplanFrom)*($K$7:$N$7))');
    expect(valueOf(t.get('J10')?.value)).toBe('=(PlanTarget-ReplanBase)*(1+PlanCushion)');
    expect(valueOf(t.get('J11')?.value)).toBe('=IF(ABS(J9-J10)<0.005,"OK",J9-J10)');
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

  test('Dashboard: each rep reads only its own Actuals block, to the as-of date; the team row sums the reps', () => {
    const d = cellMap(spec, 'dashboard');
    const keys = dashboardColumns(smallSetup().funnel).map((c) => c.key);
    const at = (key: (typeof keys)[number], row: number) => valueOf(d.get(`${columnLetter(keys.indexOf(key) + 1)}${row}`)?.value);
    const letter = (key: (typeof keys)[number]) => columnLetter(keys.indexOf(key) + 1);
    expect(at('actualToDate', 5)).toBe(`=SUMIFS('Actuals'!E5:E8,'Actuals'!C5:C8,"<="&StartedPeriods)`);
    expect(at('actualToDate', 6)).toBe(`=SUMIFS('Actuals'!E9:E12,'Actuals'!C9:C12,"<="&StartedPeriods)`);
    expect(at('targetToDate', 5)).toBe("=SUMPRODUCT('Targets'!K5:N5,PeriodShare)");
    expect(at('actualToDate', 7)).toBe(`=SUM(${letter('actualToDate')}5:${letter('actualToDate')}6)`);
    // The team's ratio from the team's sums.
    expect(at('attainment', 7)).toBe(`=IF(${letter('annualQuota')}7=0,"",${letter('actualToDate')}7/${letter('annualQuota')}7)`);
    expect(at('forecast', 5)).toBe(
      '=IF(CompletedPeriods<2,"",IF(COUNT(\'Actuals\'!E5:INDEX(\'Actuals\'!E5:E8,CompletedPeriods))<2,"",' +
        "FORECAST.LINEAR(CompletedPeriods+1,'Actuals'!E5:INDEX('Actuals'!E5:E8,CompletedPeriods),'Actuals'!C5:INDEX('Actuals'!C5:C8,CompletedPeriods))))",
    );
    // Linear recalculation: a rep row's ranges on Actuals span exactly that rep's 4 periods.
    for (const row of [5, 6]) {
      for (const key of keys) {
        const formula = at(key, row);
        if (typeof formula !== 'string') continue;
        for (const m of formula.matchAll(/'Actuals'!([A-Z]+)(\d+):([A-Z]+)(\d+)/g)) expect(Number(m[4]) - Number(m[2]) + 1).toBe(4);
      }
    }
  });

  test('options.quotas (a re-plan) are written instead of computed ones', () => {
    const replanned = buildPlan(smallSetup(), smallReps(), {}, 'en-US', { quotas: { A: [125, 125, 200, 200], B: [125, 125, 50, 50] } });
    const t = cellMap(replanned, 'targets');
    expect(['J5', 'M5', 'J6', 'M6'].map((a) => valueOf(t.get(a)?.value))).toEqual([650, 200, 350, 50]);
  });

  test('duplicate Rep IDs and an empty team are refused', () => {
    expect(() => buildPlan(smallSetup(), [...smallReps(), smallReps()[0]], {}, 'en-US')).toThrow(/used twice/);
    expect(() => buildPlan(smallSetup(), [], {}, 'en-US')).toThrow(/reps must not be empty/);
  });

  test('Rep IDs that differ only by case or surrounding spaces are one ID: refused twice', () => {
    const [a, b] = smallReps();
    for (const twin of ['a', ' A', 'A\u00A0']) {
      expect(() => buildPlan(smallSetup(), [a, { ...b, id: twin }], {}, 'en-US')).toThrow(/used twice/);
    }
    expect(() => buildPlan(smallSetup(), [a, { ...b, id: ' \u00A0' }], {}, 'en-US')).toThrow(/rep 2 has no Rep ID/);
  });

  test('text longer than an Excel cell holds (32,767 characters) is refused before anything is written', () => {
    const [a, b] = smallReps();
    expect(() => buildPlan(smallSetup(), [a, { ...b, name: 'x'.repeat(32_768) }], {}, 'en-US')).toThrow(
      /name of rep "B" is longer than 32767/,
    );
    expect(() => buildPlan(smallSetup(), [a, { ...b, name: 'x'.repeat(32_767) }], {}, 'en-US')).not.toThrow();
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
