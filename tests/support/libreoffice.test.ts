import ExcelJS from 'exceljs';
import { computed, errorCells, recalculate } from './libreoffice';

/** A tiny workbook written with ExcelJS, cached values deliberately wrong or missing. */
async function staleWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.getCell('A1').value = 21;
  // The cached result 999 is a lie: only a real recalculation on load turns it into 42.
  sheet.getCell('B1').value = { formula: 'A1*2', result: 999 };
  sheet.getCell('C1').value = { formula: '1/0' };
  sheet.getCell('D1').value = { formula: 'NOSUCHFUNCTION(1)' };
  sheet.getCell('E1').value = 46022; // a date serial (2025-12-31)
  sheet.getCell('E1').numFmt = 'yyyy-mm-dd';
  sheet.getCell('F1').value = { formula: 'E1+30' };
  sheet.getCell('F1').numFmt = 'yyyy-mm-dd';
  sheet.getCell('G1').value = 'text';
  // Falsy results, which ExcelJS leaves out of cell.value: computed() must still see them.
  sheet.getCell('H1').value = { formula: 'A1-A1' };
  sheet.getCell('I1').value = { formula: 'A1>100' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('LibreOffice harness', () => {
  let recalculated: ExcelJS.Workbook;

  beforeAll(async () => {
    recalculated = await recalculate(await staleWorkbook());
  });

  it('recalculates on load instead of trusting cached values', () => {
    expect(computed(recalculated.getWorksheet('Data')!.getCell('B1'))).toBe(42);
  });

  it('returns dates as serial numbers, and plain values as they are', () => {
    const sheet = recalculated.getWorksheet('Data')!;
    expect(computed(sheet.getCell('E1'))).toBe(46022);
    expect(computed(sheet.getCell('F1'))).toBe(46052); // 46022 + 30
    expect(computed(sheet.getCell('G1'))).toBe('text');
    expect(computed(sheet.getCell('Z9'))).toBeNull();
  });

  it('returns falsy formula results (0, FALSE) rather than losing them', () => {
    const sheet = recalculated.getWorksheet('Data')!;
    expect(computed(sheet.getCell('H1'))).toBe(0);
    expect(computed(sheet.getCell('I1'))).toBe(false);
  });

  it('lists every error cell with its address and formula', () => {
    const errors = errorCells(recalculated);
    expect(errors).toEqual([
      { sheet: 'Data', address: 'C1', error: '#DIV/0!', formula: '1/0' },
      { sheet: 'Data', address: 'D1', error: '#NAME?', formula: expect.stringMatching(/NOSUCHFUNCTION\(1\)/i) },
    ]);
  });

  it('reuses its profile for a second file (calls are serialised)', async () => {
    const [first, second] = await Promise.all([recalculate(await staleWorkbook()), recalculate(await staleWorkbook())]);
    expect(computed(first.getWorksheet('Data')!.getCell('B1'))).toBe(42);
    expect(computed(second.getWorksheet('Data')!.getCell('B1'))).toBe(42);
  });

  it('says clearly when soffice is missing', async () => {
    const previous = process.env.SOFFICE;
    process.env.SOFFICE = '/nonexistent/soffice';
    try {
      let isolated: typeof import('./libreoffice') | undefined;
      jest.isolateModules(() => {
        isolated = jest.requireActual<typeof import('./libreoffice')>('./libreoffice');
      });
      expect(isolated!.libreOfficeAvailable()).toBe(false);
      await expect(isolated!.recalculate(Buffer.from('x'))).rejects.toThrow(/LibreOffice is not installed/);
    } finally {
      if (previous === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = previous;
    }
  });
});
