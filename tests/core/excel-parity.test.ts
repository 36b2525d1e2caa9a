import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { endOfMonth, serialToYmd } from '../../src/core/dates';
import { forecast } from '../../src/core/forecast';
import { lagging } from '../../src/core/lagging';
import { columnLetter } from '../../src/workbook/a1';
import { computed, recalculate } from '../support/libreoffice';

/**
 * The statistics behind FORECAST, LAGGING and the date helpers, checked against a real
 * spreadsheet engine (LibreOffice) rather than against numbers we worked out ourselves:
 * FORECAST(n+k, history, {1..n}) is FORECAST.LINEAR, QUARTILE.INC, STDEV.P and AVERAGE skip
 * blanks as LAGGING must, and YEAR/MONTH/DAY/EOMONTH agree with the serial-date helpers.
 * (In a file, functions newer than Excel 2007 carry the `_xlfn.` prefix, as Excel writes them.)
 */
const MAX_LENGTH = 30;

const series = fc.sample(
  fc.array(
    fc.option(
      fc.integer({ min: -5000, max: 5000 }).map((v) => v / 10),
      { nil: null, freq: 6 },
    ),
    { minLength: 2, maxLength: MAX_LENGTH },
  ),
  { numRuns: 40, seed: 20240101 },
);
const serials = fc.sample(fc.integer({ min: 61, max: 2958465 }), { numRuns: 200, seed: 7 });

interface Row {
  values: (number | null)[];
  row: number;
}

async function buildWorkbook(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet('Data');
  for (let x = 1; x <= MAX_LENGTH; x++) data.getCell(1, x + 1).value = x; // B1… = 1, 2, 3 …
  for (const { values, row } of rows) {
    const last = columnLetter(values.length + 1);
    values.forEach((v, i) => (data.getCell(row, i + 2).value = v));
    const ys = `$B${row}:$${last}${row}`;
    const xs = `$B$1:$${last}$1`;
    // forecast 1 and 3 periods ahead of the last number
    [1, 3].forEach((k, j) => (data.getCell(row + 1, 2 + j).value = { formula: `FORECAST(${values.length}+${k},${ys},${xs})` }));
    // flags as 1/0: a bare comparison comes back as a boolean cell that `computed` reads as null
    values.forEach((v, i) => {
      const cell = `${columnLetter(i + 2)}${row}`;
      if (v === null) return;
      data.getCell(row + 2, i + 2).value = { formula: `IF(${cell}<AVERAGE(${ys})-_xlfn.STDEV.P(${ys}),1,0)` };
      data.getCell(row + 3, i + 2).value = { formula: `IF(${cell}<=_xlfn.QUARTILE.INC(${ys},1),1,0)` };
      data.getCell(row + 4, i + 2).value = { formula: `IF(${cell}<0.8*AVERAGE(${ys}),1,0)` };
    });
  }
  const dates = workbook.addWorksheet('Dates');
  serials.forEach((s, i) => {
    dates.getCell(i + 1, 1).value = s;
    ['YEAR', 'MONTH', 'DAY'].forEach((f, j) => (dates.getCell(i + 1, 2 + j).value = { formula: `${f}(A${i + 1})` }));
    dates.getCell(i + 1, 5).value = { formula: `EOMONTH(A${i + 1},0)` };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('parity with a real spreadsheet engine (LibreOffice)', () => {
  const rows: Row[] = series.map((values, i) => ({ values, row: 2 + i * 5 }));
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    book = await recalculate(await buildWorkbook(rows));
  }, 180_000);

  it('FORECAST linear equals FORECAST.LINEAR(n+k, history, {1..n}), blanks skipped', () => {
    const data = book.getWorksheet('Data')!;
    let checked = 0;
    for (const { values, row } of rows) {
      const trailingTrimmed = values.length - [...values].reverse().findIndex((v) => v !== null);
      if (values.filter((v) => v !== null).length < 2 || trailingTrimmed !== values.length) continue;
      const ours = forecast(values, 3);
      expect(computed(data.getCell(row + 1, 2))).toBeCloseTo(ours[0], 6);
      expect(computed(data.getCell(row + 1, 3))).toBeCloseTo(ours[2], 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('LAGGING zscore, quartile and mean flag exactly what STDEV.P, QUARTILE.INC and AVERAGE say', () => {
    const data = book.getWorksheet('Data')!;
    for (const { values, row } of rows) {
      if (values.every((v) => v === null)) continue;
      const methods = [
        ['zscore', row + 2],
        ['quartile', row + 3],
        ['mean', row + 4],
      ] as const;
      for (const [method, sheetRow] of methods) {
        const engine = values.map((v, i) => (v === null ? false : computed(data.getCell(sheetRow, i + 2)) === 1));
        expect({ method, values, flags: lagging(values, method) }).toEqual({ method, values, flags: engine });
      }
    }
  });

  it('serial dates: YEAR, MONTH, DAY and EOMONTH agree with serialToYmd and endOfMonth', () => {
    const dates = book.getWorksheet('Dates')!;
    serials.forEach((s, i) => {
      const [year, month, day, eom] = [2, 3, 4, 5].map((c) => computed(dates.getCell(i + 1, c)));
      expect({ s, ymd: serialToYmd(s), eom: endOfMonth(s) }).toEqual({ s, ymd: { year, month, day }, eom });
    });
  });
});
