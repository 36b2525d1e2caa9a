/**
 * The pane's operations on the Excel double: append-only sheets keep their rows (review
 * snapshots, re-plans), readable errors, and the number of round trips of a small plan.
 */
import { stableOrder } from '../../src/workbook/team-change';
import {
  buildPlanInWorkbook,
  PlannerError,
  refreshPlan,
  replanInWorkbook,
  stateFromXml,
  STATE_NAMESPACE,
  takeReviewSnapshot,
} from '../../src/excel';
import { range } from '../../src/workbook/a1';
import { buildPlan } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import type { PlanSetup, Rep } from '../../src/workbook/plan';
import { ExcelDouble } from './double';
import { inputCells, typeAll, valuesOf } from './support/inputs';
import { builtSample, cellOf, options } from './support/workbook';

const JUN_30 = 46203;
const JUL_31 = 46234;

/** Data rows of a log sheet (from row 5 while column A has a value). */
function logRows(excel: ExcelDouble, sheet: string, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 5; excel.document.sheet(sheet).cellAt(r, 1)?.value != null; r++) rows.push(valuesOf(excel, sheet, range(1, r, width, r))[0]);
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

describe('a team change ("Change plan or team")', () => {
  /** The Targets quota block of a plan of `count` reps, row by row, as the double holds it. */
  function quotaRows(excel: ExcelDouble, setup: PlanSetup, reps: Rep[]): unknown[][] {
    const targets = buildPlan(setup, reps, {}, 'en-US').sheets.find((s) => s.key === 'targets')!;
    const block = targets.blocks.filter((b) => b.role === 'value')[1];
    return valuesOf(
      excel,
      'Targets',
      range(block.at.column, block.at.row, block.at.column + setup.periodCount - 1, block.at.row + reps.length - 1),
    );
  }
  const savedState = (excel: ExcelDouble) => stateFromXml(excel.document.parts.find((p) => p.namespaceUri === STATE_NAMESPACE)!.xml);
  const author = { who: 'Ann', why: 'New hire in July' };

  it('a hire keeps every started period’s quotas, re-splits the rest and logs one entry', async () => {
    const { excel, sample } = await builtSample(4);
    const before = quotaRows(excel, sample.setup, sample.reps);
    const hire: Rep = { ...sample.reps[0], id: 'R9999', name: 'New Hire', startDate: JUN_30 + 1 };
    const team = [...sample.reps, hire];
    await buildPlanInWorkbook(sample.setup, team, 'en-US', { ...options(excel), author });

    const after = quotaRows(excel, sample.setup, team);
    // As of 30 June: January to June stay, July to December are split again with the hire.
    for (let r = 0; r < sample.reps.length; r++) {
      expect(after[r].slice(0, 6)).toEqual(before[r].slice(0, 6));
      expect(after[r].slice(6)).not.toEqual(before[r].slice(6));
    }
    expect(after[4].slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    const log = logRows(excel, 'Change log', 6);
    expect(log).toHaveLength(1);
    expect(log[0]).toEqual([
      expect.any(Number),
      'Ann',
      expect.stringMatching(/^Team or plan changed: added R9999 \(New Hire\)\. Quotas from Jul 2026 re-split/),
      'New hire in July',
      sample.setup.target,
      sample.setup.target,
    ]);
    const state = savedState(excel);
    const total = Object.values(state.quotas!)
      .flat()
      .reduce((s, q) => s + q, 0);
    expect(total).toBeCloseTo(sample.setup.target * (1 + sample.setup.cushion), 2);

    // The same team once more: nothing moves, nothing is logged.
    await buildPlanInWorkbook(sample.setup, team, 'en-US', { ...options(excel), author });
    expect(quotaRows(excel, sample.setup, team)).toEqual(after);
    expect(logRows(excel, 'Change log', 6)).toHaveLength(1);
  });

  it('a leaver stays on Targets with a leave date and keeps the started quotas; the saved plan keeps the date', async () => {
    const { excel, sample } = await builtSample(3);
    const before = quotaRows(excel, sample.setup, sample.reps);
    const lastDay = JUN_30 + 62; // 31 August
    const team = sample.reps.map((r, i) => (i === 2 ? { ...r, leaveDate: lastDay } : r));
    await buildPlanInWorkbook(sample.setup, team, 'en-US', { ...options(excel), author: { who: 'Bo', why: 'Resigned' } });
    const after = quotaRows(excel, sample.setup, team);
    expect(after[2].slice(0, 6)).toEqual(before[2].slice(0, 6));
    expect(after[2].slice(8)).toEqual([0, 0, 0, 0]);
    expect(valuesOf(excel, 'Targets', 'E4:E7').flat()).toEqual(['Leave date', null, null, lastDay]);
    expect(savedState(excel).reps[2].leaveDate).toBe(lastDay);
    expect(logRows(excel, 'Change log', 6)[0][2]).toContain(`${sample.reps[2].id} leaves, last day 2026-08-31`);
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
    await expect(buildPlanInWorkbook(setup, reps, 'en-US', options(excel))).rejects.toMatchObject({
      code: 'sheetTaken',
      subject: 'Targets',
      message: expect.stringContaining('“Targets”'),
    });
    expect(excel.document.sheet('Targets').cellAt(1, 1)?.value).toBe('my numbers');
  });

  it('knows its sheets by id: a sheet the user makes under a deleted plan sheet’s name is theirs', async () => {
    const { excel } = await builtSample(2);
    excel.document.sheets = excel.document.sheets.filter((s) => s.name !== 'Leaderboard'); // deleted by hand
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Leaderboard').getRange('A1').values = [['my ranking']];
    });
    await expect(refreshPlan(options(excel))).rejects.toMatchObject({ code: 'sheetTaken', subject: 'Leaderboard' });
    expect(excel.document.sheet('Leaderboard').cellAt(1, 1)?.value).toBe('my ranking');
  });

  it('finds a plan sheet the user renamed, keeps what was typed on it and gives it its name back', async () => {
    const { excel, sample } = await builtSample(2);
    const spec = buildPlan(sample.setup, sample.reps, {}, 'en-US');
    const typed = inputCells(spec, 'actuals')
      .slice(0, 3)
      .map((c, i) => ({ ...c, value: 70 + i }));
    await typeAll(excel, typed);
    excel.document.sheet('Actuals').name = 'Actuals 2026';
    await refreshPlan(options(excel));
    expect(excel.document.findSheet('Actuals 2026')).toBeUndefined();
    expect(typed.map((t) => valuesOf(excel, 'Actuals', t.address)[0][0])).toEqual([70, 71, 72]);
  });

  it('a damaged saved plan is reported, not silently replaced', async () => {
    const { excel } = await builtSample(2);
    excel.document.parts[0].xml = excel.document.parts[0].xml.replace('"version":1', '"version":99');
    await expect(refreshPlan(options(excel))).rejects.toMatchObject({ code: 'unreadablePlan' });
  });
});

describe('round trips of a small plan', () => {
  it('a first build takes 4 syncs: look for a plan, probe, write, record the new sheets’ ids', async () => {
    const excel = new ExcelDouble();
    const { setup, reps } = sampleInputs({ reps: 25 });
    const summary = await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    expect(excel.syncs).toHaveLength(4);
    expect(summary.syncs).toBe(4);
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
    excel.document.parts.push({
      ...older,
      id: 'second',
      xml: older.xml.replace(/"savedAt":"[^"]*"/, '"savedAt":"1999-01-01T00:00:00.000Z"').replace(sample.setup.planName, 'Old name'),
    });
    await refreshPlan(options(excel));
    const parts = excel.document.parts.filter((p) => p.namespaceUri === STATE_NAMESPACE);
    expect(parts).toHaveLength(1);
    expect(stateFromXml(parts[0].xml).setup.planName).toBe(sample.setup.planName);
  });
});

describe('a build that fails half-way', () => {
  // Light requests, so that a rewrite spans many syncs and every one of them can be lost.
  const BUDGET = 20_000;

  async function planWithTypedActuals() {
    const { excel, sample } = await builtSample(5);
    const spec = buildPlan(sample.setup, sample.reps, {}, 'en-US');
    const typed = [
      ...inputCells(spec, 'actuals')
        .filter((_, i) => i % 7 === 0)
        .map((cell, i) => ({ ...cell, value: 1000 + i })),
      ...inputCells(spec, 'setup')
        .filter((cell) => cell.row === 'lagging')
        .map((cell) => ({ ...cell, value: 0.6 })),
    ];
    await typeAll(excel, typed);
    excel.resetLog();
    return { excel, sample, typed, light: { ...options(excel), requestBudget: BUDGET } };
  }

  /** Syncs of the operation on a fresh plan when nothing fails. */
  async function syncsOf(act: (light: ReturnType<typeof options>) => Promise<unknown>): Promise<number> {
    const { excel, light } = await planWithTypedActuals();
    await act(light);
    return excel.syncs.length;
  }

  /** Every typed value, found by its key in the spec the workbook now has. */
  function expectTypedKept(excel: ExcelDouble, spec: ReturnType<typeof buildPlan>, typed: { key: string; value: unknown }[]) {
    const where = new Map(inputCells(spec).map((cell) => [cell.key, cell]));
    const found = typed.map(({ key }) => {
      const cell = where.get(key);
      return { key, value: cell ? valuesOf(excel, cell.sheet, cell.address)[0][0] : 'no place' };
    });
    expect(found).toEqual(typed.map(({ key, value }) => ({ key, value })));
  }

  it('loses no input and leaves nothing unprotected, whichever request of a refresh is lost', async () => {
    const total = await syncsOf((light) => refreshPlan(light));
    expect(total).toBeGreaterThan(5); // the light budget really spreads the writes
    for (let lost = 1; lost <= total; lost++) {
      const { excel, sample, typed, light } = await planWithTypedActuals();
      excel.faults.failSyncNumber = lost;
      // A lost read of the saved plan is absorbed (the probe reads it again); a lost write fails.
      expect(['done', 'GeneralException']).toContain(
        await refreshPlan(light).then(
          () => 'done',
          (e) => e.code,
        ),
      );
      const spec = buildPlan(sample.setup, sample.reps, {}, 'en-US');
      for (const sheet of spec.sheets.filter((s) => s.protected)) {
        expect({ lost, sheet: sheet.name, protected: excel.document.sheet(sheet.name).protection.protected }).toEqual({
          lost,
          sheet: sheet.name,
          protected: true,
        });
      }
      await refreshPlan(light);
      expectTypedKept(excel, spec, typed);
    }
  });

  it('loses no input whichever request is lost while the team is reordered and grows', async () => {
    const newTeam = (reps: Rep[]): Rep[] => [...reps].reverse().concat({ ...reps[0], id: 'R9999', name: 'New Hire' });
    const rebuild = (sample: { setup: PlanSetup; reps: Rep[] }, light: ReturnType<typeof options>) =>
      buildPlanInWorkbook(sample.setup, newTeam(sample.reps), 'en-US', light);
    let staged = false;
    const total = await (async () => {
      const { excel, sample, light } = await planWithTypedActuals();
      // Actuals is too large for one light request: it is written aside on a hidden sheet first.
      excel.coauthor = (document) => void (staged ||= document.sheets.some((sheet) => sheet.visibility === 'Hidden'));
      await rebuild(sample, light);
      return excel.syncs.length;
    })();
    expect(staged).toBe(true);
    for (let lost = 1; lost <= total; lost++) {
      const { excel, sample, typed, light } = await planWithTypedActuals();
      excel.faults.failSyncNumber = lost;
      expect(['done', 'GeneralException']).toContain(
        await rebuild(sample, light).then(
          () => 'done',
          (e) => e.code,
        ),
      );
      // The failed build's recovery removed what it had written aside.
      expect({ lost, hidden: excel.document.sheets.filter((sheet) => sheet.visibility === 'Hidden').map((s) => s.name) }).toEqual({
        lost,
        hidden: [],
      });
      // The manager tries again; with ordinary requests half the time, when nothing is staged.
      await rebuild(sample, lost % 2 ? options(excel) : light);
      // Earlier reps keep their rows (in the earlier order); the hire comes after them.
      expectTypedKept(excel, buildPlan(sample.setup, stableOrder(sample.reps, newTeam(sample.reps)), {}, 'en-US'), typed);
      expect(excel.document.sheets.filter((sheet) => sheet.visibility === 'Hidden')).toEqual([]);
      // The hire is logged exactly once, whether the lost request came before the commit or after it.
      expect({ lost, log: logRows(excel, 'Change log', 6).map((row) => row[2]) }).toEqual({
        lost,
        log: [expect.stringContaining('added R9999')],
      });
    }
  });
});
