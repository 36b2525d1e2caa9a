import fc from 'fast-check';
import { buildPlan } from '../../src/workbook';
import {
  MIN_PRINT_SCALE,
  NARROW_MARGINS,
  PRINTABLE_WIDTH,
  printLayout,
  printScale,
  sheetWidthPoints,
} from '../../src/workbook/print-layout';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { LOCALES } from '../../src/core/locale';

describe('printScale', () => {
  it('is 100 % for a sheet that fits, a multiple of 5 % that makes it fit, else the smallest scale', () => {
    expect(PRINTABLE_WIDTH).toBe(756); // Letter landscape, 0.25 in margins
    expect(printScale(500)).toBe(100);
    expect(printScale(756)).toBe(100);
    expect(printScale(757)).toBe(95);
    expect(printScale(900)).toBe(80); // 756 / 900 = 84 %
    expect(printScale(1008)).toBe(75); // exactly 75 %
    expect(printScale(2336)).toBe(75); // the Dashboard: split across pages
  });

  it('property: 11 pt text never prints below 8 pt, and a sheet that fits at the scale is on one page wide', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 100_000, noNaN: true }), (width) => {
        const scale = printScale(width);
        expect((11 * scale) / 100).toBeGreaterThanOrEqual(8);
        expect(scale % 5).toBe(0);
        if (scale > MIN_PRINT_SCALE) expect((width * scale) / 100).toBeLessThanOrEqual(PRINTABLE_WIDTH);
        if (scale < 100) expect((width * (scale + 5)) / 100).toBeGreaterThan(PRINTABLE_WIDTH);
      }),
    );
  });
});

describe('printLayout', () => {
  it('reckons a sheet 7 pt a character, hidden columns left out, up to its last column with cells', () => {
    const sheet = {
      blocks: [{ at: { row: 1, column: 1 }, role: 'value' as const, cells: [[1, 2, 3, 4]] }],
      columns: [
        { column: 1, width: 10 },
        { column: 2, width: 20, hidden: true },
      ],
    };
    expect(sheetWidthPoints(sheet)).toBeCloseTo((10 + 8.43 + 8.43) * 7);
  });

  it.each(LOCALES)('splits the sample Dashboard (%s) at 75 %, Rep ID and Name and rows 1–4 on every page', (locale) => {
    const { setup, reps, inputs } = sampleInputs({ reps: 25, locale });
    const spec = buildPlan(setup, reps, inputs, locale);
    const print = (key: string) => spec.sheets.find((s) => s.key === key)!.print;
    expect(print('dashboard')).toEqual({
      orientation: 'landscape',
      scale: 75,
      margins: NARROW_MARGINS,
      repeatRows: 4,
      repeatColumns: 2,
      pageOrder: 'overThenDown',
    });
    expect(print('actuals')).toMatchObject({ scale: 75, repeatRows: 4, repeatColumns: 4 }); // Rep ID, Name, No., Period
    expect(print('leaderboard')).toMatchObject({ scale: 100, repeatRows: 4 });
    expect(print('leaderboard')!.repeatColumns).toBeUndefined();
    expect(print('setup')).toEqual(printLayout({ ...spec.sheets[0], freeze: undefined })); // nothing frozen, nothing repeated
  });
});
