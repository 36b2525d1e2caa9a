import { PlannerError, replanInWorkbook, savedPlan, selectedValues } from '../../src/excel';
import { clipToUsed, MAX_SELECTION_CELLS } from '../../src/excel/pane-reads';
import { ExcelDouble } from './double';
import { builtSample, options, typeInto } from './support/workbook';

describe('savedPlan', () => {
  it('is null in a workbook without a plan', async () => {
    expect(await savedPlan(new ExcelDouble().run)).toBeNull();
  });

  it('reads back the plan a build saved, and the quotas a re-plan decided', async () => {
    const { excel, sample } = await builtSample(6, 'zh-CN');
    const saved = await savedPlan(excel.run);
    expect(saved).toMatchObject({ locale: 'zh-CN', setup: { target: sample.setup.target }, reps: sample.reps });
    expect(saved!.quotas).toBeUndefined();

    await replanInWorkbook({ newTarget: 3_000_000, at: 46204, who: 'Li', why: '市场下行' }, options(excel));
    const replanned = await savedPlan(excel.run);
    expect(replanned!.setup.target).toBe(3_000_000);
    expect(Object.keys(replanned!.quotas!)).toEqual(sample.reps.map((r) => r.id));
  });
});

describe('selectedValues', () => {
  it('reads what the user selected, with text kept as text', async () => {
    const excel = new ExcelDouble();
    await typeInto(excel, 'Sheet1', 'B2', 'Rep ID');
    await typeInto(excel, 'Sheet1', 'C2', 'Name');
    await typeInto(excel, 'Sheet1', 'B3', 'R1');
    await typeInto(excel, 'Sheet1', 'C3', "'+1 Ann"); // typed with Excel's text apostrophe
    excel.document.selection = { sheet: 'Sheet1', address: 'B2:C3' };
    expect(await selectedValues(excel.run)).toEqual([
      ['Rep ID', 'Name'],
      ['R1', '+1 Ann'],
    ]);
  });
});

describe('selectedValues clipped to the used cells', () => {
  const TABLE = [
    ['Rep ID', 'Name'],
    ['R1', 'Ann'],
    ['R2', 'Bo'],
  ];
  /** A sheet holding a two-rep team table at B2:C4. */
  async function withTeam(sheet = 'Sheet1'): Promise<ExcelDouble> {
    const excel = new ExcelDouble();
    if (sheet !== 'Sheet1') await excel.run(async (context) => void context.workbook.worksheets.add(sheet));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange('B2:C4').values = TABLE;
      await context.sync();
    });
    return excel;
  }

  it('reads whole columns as their filled rows, not a million blanks', async () => {
    const excel = await withTeam();
    excel.document.selection = { sheet: 'Sheet1', address: 'B:C' };
    expect(await selectedValues(excel.run)).toEqual(TABLE);
  });

  it('reads the whole sheet selected (17 billion cells) as the table', async () => {
    const excel = await withTeam();
    excel.document.selection = { sheet: 'Sheet1', address: 'A:XFD' };
    expect(await selectedValues(excel.run)).toEqual(TABLE);
  });

  it('keeps the part of a selection that lies in the used cells', async () => {
    const excel = await withTeam();
    excel.document.selection = { sheet: 'Sheet1', address: 'C3:Z99' };
    expect(await selectedValues(excel.run)).toEqual([['Ann'], ['Bo']]);
  });

  it('reads a selection of nothing filled, or an empty sheet, as no rows (the used range is a null object)', async () => {
    const excel = await withTeam();
    excel.document.selection = { sheet: 'Sheet1', address: 'F10:G20' };
    expect(await selectedValues(excel.run)).toEqual([]);
    const empty = new ExcelDouble();
    empty.document.selection = { sheet: 'Sheet1', address: 'A:A' };
    expect(await selectedValues(empty.run)).toEqual([]);
  });

  it('finds the sheet of the selection by its quoted name', async () => {
    const excel = await withTeam("O'Brien's team");
    excel.document.selection = { sheet: "O'Brien's team", address: 'A:D' };
    expect(await selectedValues(excel.run)).toEqual(TABLE);
  });

  it('refuses, before reading any value, a selection whose used part is larger than a team table', async () => {
    const excel = await withTeam();
    await typeInto(excel, 'Sheet1', 'Z5000', 'far away'); // used range B2:Z5000: 124,975 cells
    excel.document.selection = { sheet: 'Sheet1', address: 'A:Z' };
    excel.resetLog();
    const error = await selectedValues(excel.run).catch((e: unknown) => e);
    expect(excel.syncs.length).toBe(2); // the selection, the used range: no values read
    expect(error).toBeInstanceOf(PlannerError);
    expect((error as PlannerError).code).toBe('selectionTooLarge');
    expect((error as PlannerError).message).toContain(String(124_975));
  });
});

describe('clipToUsed', () => {
  const r = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  it.each([
    [r(1, 2, 1_048_576, 3), r(2, 2, 4, 3), r(2, 2, 4, 3)], // whole columns B:C over B2:C4
    [r(3, 3, 99, 26), r(2, 2, 4, 3), r(3, 3, 4, 3)], // overlapping corner
    [r(10, 6, 20, 7), r(2, 2, 4, 3), null], // apart
  ])('%o ∩ %o = %o', (selection, used, expected) => {
    expect(clipToUsed(selection, used)).toEqual(expected);
  });

  it('is null on a sheet with no used cells', () => {
    expect(clipToUsed(r(1, 1, 5, 5), null)).toBeNull();
  });

  it('caps at a size a team table fits in', () => {
    expect(MAX_SELECTION_CELLS).toBeGreaterThanOrEqual(5_000 * 20);
  });
});
