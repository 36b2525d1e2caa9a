/**
 * The pane's operations on the Excel double: append-only sheets keep their rows (review
 * snapshots, re-plans), readable errors, and the number of round trips of a small plan.
 */
import { buildPlanInWorkbook, PlannerError, refreshPlan, replanInWorkbook, stateFromXml, STATE_NAMESPACE, takeReviewSnapshot } from '../../src/excel';
import { buildPlan } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample';
import { ExcelDouble } from './double';
import { inputCells, typeAll, valuesOf } from './support/inputs';
import { builtSample, cellOf, options } from './support/workbook';

const JUN_30 = 46203;
const JUL_31 = 46234;

/** Data rows of a log sheet (from row 5 while column A has a value). */
function logRows(excel: ExcelDouble, sheet: string, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 5; excel.document.sheet(sheet).cellAt(r, 1)?.value != null; r++) rows.push(valuesOf(excel, sheet, `A${r}:${String.fromCharCode(64 + width)}${r}`)[0]);
  return rows;
}

describe('append-only sheets', () => {
  it('a second review snapshot goes below the first, which stays as it was', async () => {
    const { excel, sample } = await builtSample(5);
    const first = await takeReviewSnapshot(JUN_30, options(excel));
    const afterFirst = logRows(excel, 'Review', 10);
    expect(afterFirst).toHaveLength(sample.reps.length + 1); // reps and the team
    expect(first.appended).toEqual({ Review: sample.reps.length + 1 });

    const cell = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'), 'actuals')[0];
    await typeAll(excel, [{ sheet: cell.sheet, address: cell.address, value: 50_000 }]);
    await takeReviewSnapshot(JUL_31, options(excel));
    const afterSecond = logRows(excel, 'Review', 10);
    expect(afterSecond.slice(0, afterFirst.length)).toEqual(afterFirst);
    expect(afterSecond.slice(afterFirst.length).map((row) => row[0])).toEqual(new Array(afterFirst.length).fill(JUL_31));
    // The second snapshot saw the typed value: the first rep's actual to date moved.
    expect(afterSecond[afterFirst.length][6]).not.toEqual(afterFirst[0][6]);
  });

  it('a refresh keeps the Review rows and adds none', async () => {
    const { excel } = await builtSample(4);
    await takeReviewSnapshot(JUN_30, options(excel));
    const before = logRows(excel, 'Review', 10);
    const summary = await refreshPlan(options(excel));
    expect(logRows(excel, 'Review', 10)).toEqual(before);
    expect(summary.appended.Review).toBe(0);
  });

  it('each re-plan appends its Change-log entry, keeps earlier ones and the actuals, and saves the quotas', async () => {
    const { excel, sample } = await builtSample(4);
    const cell = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'), 'actuals')[0];
    await typeAll(excel, [{ sheet: cell.sheet, address: cell.address, value: 12_345 }]);
    const at = JUN_30 + 0.5;
    await replanInWorkbook({ newTarget: 2_000_000, at, who: 'Ann', why: 'Market slowed' }, options(excel));
    await replanInWorkbook({ newTarget: 1_800_000, at: at + 1, who: 'Bo', why: 'Lost a key account' }, options(excel));
    const log = logRows(excel, 'Change log', 6);
    expect(log.map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
      ['Ann', 'Market slowed', sample.setup.target, 2_000_000],
      ['Bo', 'Lost a key account', 2_000_000, 1_800_000],
    ]);
    expect(cellOf(excel.document.sheet(cell.sheet), cell.address)?.value).toBe(12_345);
    const state = stateFromXml(excel.document.parts.find((p) => p.namespaceUri === STATE_NAMESPACE)!.xml);
    expect(state.setup.target).toBe(1_800_000);
    expect(Object.keys(state.quotas ?? {})).toEqual(sample.reps.map((r) => r.id));
  });
});

describe('readable errors', () => {
  it.each([
    ['refresh', (excel: ExcelDouble) => refreshPlan(options(excel))],
    ['snapshot', (excel: ExcelDouble) => takeReviewSnapshot(JUN_30, options(excel))],
    ['re-plan', (excel: ExcelDouble) => replanInWorkbook({ newTarget: 1, at: JUN_30, who: 'A', why: 'B' }, options(excel))],
  ])('%s of a workbook without a plan says to build one first', async (_name, act) => {
    const excel = new ExcelDouble();
    const error = await act(excel).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('noPlan');
    expect((error as PlannerError).message).toBe('The workbook has no Sales Planner plan yet — build one first.');
  });

  it('never overwrites a sheet of the user’s that has a plan sheet’s name', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Targets').getRange('A1').values = [['my numbers']];
    });
    const { setup, reps } = sampleInputs({ reps: 2 });
    await expect(buildPlanInWorkbook(setup, reps, 'en-US', options(excel))).rejects.toMatchObject({ code: 'sheetTaken', subject: 'Targets', message: expect.stringContaining('“Targets”') });
    expect(excel.document.sheet('Targets').cellAt(1, 1)?.value).toBe('my numbers');
  });

  it('a damaged saved plan is reported, not silently replaced', async () => {
    const { excel } = await builtSample(2);
    excel.document.parts[0].xml = excel.document.parts[0].xml.replace('"version":1', '"version":99');
    await expect(refreshPlan(options(excel))).rejects.toMatchObject({ code: 'unreadablePlan' });
  });
});

describe('round trips of a small plan', () => {
  it('a first build takes 3 syncs: look for a plan, probe, write', async () => {
    const excel = new ExcelDouble();
    const { setup, reps } = sampleInputs({ reps: 25 });
    const summary = await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    expect(excel.syncs).toHaveLength(3);
    expect(summary.syncs).toBe(3);
  });

  it('a refresh takes 3 syncs: read the plan, read inputs with the probe, write', async () => {
    const { excel } = await builtSample(25);
    excel.resetLog();
    await refreshPlan(options(excel));
    expect(excel.syncs.map((s) => s.error)).toEqual([undefined, undefined, undefined]);
  });

  it('if co-authors saved two plans at once, the newest is used and one remains', async () => {
    const { excel, sample } = await builtSample(3);
    const older = excel.document.parts[0];
    excel.document.parts.push({ ...older, id: 'second', xml: older.xml.replace(/"savedAt":"[^"]*"/, '"savedAt":"1999-01-01T00:00:00.000Z"').replace(sample.setup.planName, 'Old name') });
    await refreshPlan(options(excel));
    const parts = excel.document.parts.filter((p) => p.namespaceUri === STATE_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(stateFromXml(parts[0].xml).setup.planName).toBe(sample.setup.planName);
  });
});

describe('a build that fails half-way', () => {
  async function planWithTypedActuals() {
    const { excel, sample } = await builtSample(5);
    const spec = buildPlan(sample.setup, sample.reps, {}, 'en-US');
    const typed = inputCells(spec, 'actuals').slice(0, 20).map((cell, i) => ({ ...cell, value: 1000 + i }));
    await typeAll(excel, typed);
    excel.resetLog();
    // Light requests, so that a rewrite spans many syncs.
    return { excel, spec, typed, light: { ...options(excel), requestBudget: 20_000 } };
  }

  it('leaves no sheet of the plan unprotected when the connection drops in the middle of writing', async () => {
    const { excel, spec, light } = await planWithTypedActuals();
    excel.faults.failSyncNumber = 6;
    await expect(refreshPlan(light)).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.syncs.findIndex((s) => s.error === 'GeneralException')).toBe(5);
    for (const sheet of spec.sheets.filter((s) => s.protected)) {
      expect({ sheet: sheet.name, protected: excel.document.sheet(sheet.name).protection.protected }).toEqual({ sheet: sheet.name, protected: true });
    }
    // The next refresh writes the whole plan again.
    await refreshPlan(light);
    expect(excel.document.sheet('Dashboard').cellAt(5, 1)?.value).toBe('R0001');
  });

  it('changes nothing when the first write request is lost: every input is still there', async () => {
    const { excel, spec, typed, light } = await planWithTypedActuals();
    excel.faults.failSyncNumber = 3; // after the two reads
    await expect(refreshPlan(light)).rejects.toMatchObject({ code: 'GeneralException' });
    for (const cell of typed) expect(valuesOf(excel, cell.sheet, cell.address)[0][0]).toBe(cell.value);
    expect(spec.sheets.filter((s) => s.protected).every((s) => excel.document.sheet(s.name).protection.protected)).toBe(true);
    await refreshPlan(light);
    for (const cell of typed) expect(valuesOf(excel, cell.sheet, cell.address)[0][0]).toBe(cell.value);
  });
});
