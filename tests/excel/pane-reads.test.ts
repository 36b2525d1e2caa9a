import { replanInWorkbook, savedPlan, selectedValues } from '../../src/excel';
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
