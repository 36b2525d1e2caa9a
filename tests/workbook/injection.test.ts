/**
 * Formula injection: text from users (names, teams, stage and plan names) is written as a
 * value, never parsed as a formula — in the spec, and in the .xlsx a renderer makes of it.
 */
import ExcelJS from 'exceljs';
import { buildPlan } from '../../src/workbook';
import { isFormula } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/xlsx';
import { rep, smallSetup } from './fixture';
import { cells } from './spec-cells';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(1)', "=cmd|' /C calc'!A0"];

const setup = smallSetup({
  planName: '=1+1',
  funnel: [
    { name: '=SUM(9)', probability: 0.5 },
    { name: '+Won', probability: 1 },
  ],
});
const reps = HOSTILE.map((name, i) => rep(`X${i}`, { name, team: HOSTILE[(i + 1) % HOSTILE.length] }));
const spec = buildPlan(setup, reps, {}, 'en-US');

describe('formula injection', () => {
  test('hostile names stay string values in every sheet, and no formula contains them', () => {
    const seen = new Map<string, number>();
    for (const c of cells(spec)) {
      if (isFormula(c.value)) {
        for (const h of ['HYPERLINK', 'cmd|', '@SUM', 'SUM(9)', '+Won']) expect(c.value.formula.includes(h)).toBe(false);
      } else if (typeof c.value === 'string' && HOSTILE.includes(c.value)) {
        seen.set(c.value, (seen.get(c.value) ?? 0) + 1);
      }
    }
    // each name is on Targets, Actuals (4 months) and Dashboard, and each is also a team
    for (const h of HOSTILE) expect(seen.get(h)).toBeGreaterThanOrEqual(1 + 4 + 1 + 2);
  });

  test('in the rendered .xlsx they are text cells, not formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(spec)) as unknown as ExcelJS.Buffer);
    const targets = workbook.getWorksheet('Targets')!;
    HOSTILE.forEach((name, i) => {
      const c = targets.getCell(`B${5 + i}`);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(name);
    });
    expect(workbook.getWorksheet('Setup')!.getCell('A1').value).toBe('=1+1 — Plan setup');
  });
});
