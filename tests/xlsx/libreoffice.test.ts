/**
 * The renderer's output recalculated by a real engine (LibreOffice): prefixed functions, defined
 * names and cross-sheet references to a sheet with a Chinese name must compute, and injected text
 * must still be text afterwards. Expected numbers come from simple-statistics or by hand.
 */
import type ExcelJS from 'exceljs';
import { linearRegression, linearRegressionLine, sampleStandardDeviation, standardDeviation, sum } from 'simple-statistics';
import { renderXlsx } from '../../src/xlsx';
import { computed, errorCells, recalculate } from '../support/libreoffice';
import { ACTUALS, AMOUNTS, HOSTILE_TEXT, PERIODS, TARGET, fixtureSpec } from './fixture';

describe('rendered workbook recalculated by LibreOffice', () => {
  let book: ExcelJS.Workbook;
  const value = (sheet: string, address: string) => computed(book.getWorksheet(sheet)!.getCell(address));

  beforeAll(async () => {
    book = await recalculate(await renderXlsx(fixtureSpec()));
  });

  it('computes every formula without an error', () => {
    expect(errorCells(book)).toEqual([]);
  });

  it('follows cross-sheet references to a sheet with a Chinese name', () => {
    PERIODS.forEach((period, i) => expect(value('Dashboard', `A${i + 2}`)).toBe(period));
    AMOUNTS.forEach((amount, i) => expect(value('Dashboard', `B${i + 2}`)).toBe(amount));
    expect(value('Dashboard', 'B8')).toBe(sum(AMOUNTS));
  });

  it('computes RANK.EQ through its _xlfn. prefix, ties sharing a rank', () => {
    // Rank = 1 + how many amounts are strictly larger (Excel's RANK.EQ, descending).
    const ranks = AMOUNTS.map((a) => 1 + AMOUNTS.filter((b) => b > a).length);
    expect(ranks).toEqual([4, 1, 5, 1, 3]); // 340 twice shares rank 1, so no rank 2
    ranks.forEach((rank, i) => expect(value('Dashboard', `C${i + 2}`)).toBe(rank));
  });

  it('computes FORECAST.LINEAR, STDEV.P and STDEV.S as simple-statistics does', () => {
    const line = linearRegressionLine(linearRegression(PERIODS.map((x, i) => [x, AMOUNTS[i]])));
    expect(value('Dashboard', 'E2')).toBeCloseTo(line(6), 9);
    expect(value('Dashboard', 'E3')).toBeCloseTo(standardDeviation(AMOUNTS), 9);
    expect(value('Dashboard', 'E4')).toBeCloseTo(sampleStandardDeviation(AMOUNTS), 9); // via the name Amounts
  });

  it('computes QUARTILE.INC, IFNA, CONCAT and MAXIFS', () => {
    // Sorted 90,120,210,340,340: the first quartile sits at position (5−1)·0.25 = 1 → 120.
    expect(value('Dashboard', 'E5')).toBe(120);
    expect(value('Dashboard', 'E6')).toBe('none');
    // The "RANK.EQ(" inside the string literal was not prefixed: it comes back verbatim.
    expect(value('Dashboard', 'E7')).toBe(`RANK.EQ(${AMOUNTS.length}`);
    // Periods 3, 4, 5 have 90, 340, 210.
    expect(value('Dashboard', 'E8')).toBe(340);
  });

  it('resolves defined names to cells on other sheets', () => {
    expect(value('Setup', 'B7')).toBe(2 * TARGET);
    expect(value('Dashboard', 'E9')).toBeCloseTo(sum(AMOUNTS) / TARGET, 12);
  });

  it('keeps injected text as text after recalculation', () => {
    const actuals = book.getWorksheet(ACTUALS)!;
    HOSTILE_TEXT.forEach((text, i) => {
      const cell = actuals.getCell(`B${i + 2}`);
      expect(cell.formula).toBeUndefined();
      expect(computed(cell)).toBe(text);
    });
  });
});
