/**
 * Formulas typed into input cells survive: a refresh, a team change and a period change write
 * each back as a formula where its key lives (the models see the value it showed), and one that
 * loses its place goes to the Archive with its value and its text.
 */
import { buildPlanInWorkbook, refreshPlan } from '../../src/excel';
import { buildPlan } from '../../src/workbook';
import { ymdToSerial } from '../../src/core/dates';
import { inputCells, typeAll, type InputCell } from './support/inputs';
import { builtSample, cellOf, options } from './support/workbook';
import type { ExcelDouble } from './double';

/** Types a formula as a rep would, then lets the double "calculate" it (it does not: it keeps no value for a formula). */
async function typeFormula(excel: ExcelDouble, at: InputCell, formula: string, shows: number): Promise<void> {
  await typeAll(excel, [{ sheet: at.sheet, address: at.address, value: formula }]);
  cellOf(excel.document.sheet(at.sheet), at.address)!.value = shows;
}

const held = (excel: ExcelDouble, at: InputCell) => cellOf(excel.document.sheet(at.sheet), at.address);

describe('a formula typed into an input cell', () => {
  it('survives a refresh, in Actuals and in Setup', async () => {
    const { excel, sample } = await builtSample(3);
    const cells = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'));
    const actual = cells.find((c) => c.sheet === 'Actuals' && c.column === 'signed')!;
    const asOf = cells.find((c) => c.sheet === 'Setup' && c.row === 'asOf')!;
    await typeFormula(excel, actual, '=1200*1.1', 1320);
    await typeFormula(excel, asOf, '=DATE(2026,5,31)', 46173);
    await refreshPlan(options(excel));
    expect(held(excel, actual)?.formula).toBe('=1200*1.1');
    expect(held(excel, asOf)?.formula).toBe('=DATE(2026,5,31)');
  });

  it('moves with its rep and period when the team changes, and a removed rep’s formula is archived with its value', async () => {
    const { excel, sample } = await builtSample(3);
    const before = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'), 'actuals').filter((c) => c.column === 'signed');
    const [second, third] = [sample.reps[1], sample.reps[2]];
    const kept = before.find((c) => c.row.startsWith(`${third.id}|`))!;
    const removed = before.find((c) => c.row.startsWith(`${second.id}|`))!;
    await typeFormula(excel, kept, '=E5*2', 84);
    await typeFormula(excel, removed, '=10+5', 15);

    const reps = [sample.reps[0], third];
    await buildPlanInWorkbook(sample.setup, reps, 'en-US', options(excel));
    const now = inputCells(buildPlan(sample.setup, reps, {}, 'en-US'), 'actuals').find((c) => c.key === kept.key)!;
    expect(now.address).not.toBe(kept.address); // the third rep moved up a block of rows
    expect(held(excel, now)?.formula).toBe('=E5*2');
    const archive = excel.document.sheet('Archive');
    const row = [...Array(20).keys()].map((i) => 5 + i).find((r) => archive.cellAt(r, 3)?.value === removed.row)!;
    expect([4, 5, 6].map((c) => archive.cellAt(row, c)?.value)).toEqual(['signed', 15, '=10+5']);
    expect(archive.cellAt(row, 6)?.formula).toBeUndefined(); // kept as text: its references point nowhere now
  });

  it('keeps its period when the plan is shifted by a month', async () => {
    const { excel, sample } = await builtSample(2);
    const before = inputCells(buildPlan(sample.setup, sample.reps, {}, 'en-US'), 'actuals').filter((c) => c.column === 'signed');
    const march = before.find((c) => c.row.endsWith('|2026-03'))!;
    await typeFormula(excel, march, '=Setup!C5/100', 12_000);
    const shifted = { ...sample.setup, periodStart: ymdToSerial(2026, 2, 1) };
    await buildPlanInWorkbook(shifted, sample.reps, 'en-US', options(excel));
    const now = inputCells(buildPlan(shifted, sample.reps, {}, 'en-US'), 'actuals').find((c) => c.key === march.key)!;
    expect(now.address).not.toBe(march.address);
    expect(held(excel, now)?.formula).toBe('=Setup!C5/100');
  });
});
