import ExcelJS from 'exceljs';
// JSZip comes with ExcelJS; reading the raw sheet XML proves what the file really stores.
import JSZip from 'jszip';
import { renderXlsx } from '../../src/xlsx';
import { buildPlan } from '../../src/workbook';
import { actualsRowKey } from '../../src/workbook/metrics';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { dateToSerial } from '../../src/core/dates';
import { columnLetter, parseCell, parseRange } from '../../src/workbook/a1';
import { ROLE_LOOKS } from '../../src/workbook/look';
import { inputKey, type BlockRole, type WorkbookSpec } from '../../src/workbook/spec';
import { argb, StyleBook } from '../../src/xlsx/styles';
import { ACTUALS, AMOUNTS, HOSTILE_TEXT, MARGINS, fixtureSpec } from './fixture';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('renderXlsx', () => {
  let buffer: Buffer;
  let book: ExcelJS.Workbook;
  const sheet = (name: string) => book.getWorksheet(name)!;

  beforeAll(async () => {
    buffer = await renderXlsx(fixtureSpec());
    book = await load(buffer);
  });

  it('writes the sheets in spec order with their names', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Setup', ACTUALS, 'Dashboard', 'Change log']);
  });

  it('writes values and formulas where the blocks put them', () => {
    expect(sheet('Setup').getCell('A1').value).toBe('Plan setup');
    expect(sheet('Setup').getCell('B4').value).toBe(1_200_000);
    expect(sheet(ACTUALS).getCell('D3').value).toBe(AMOUNTS[1]);
    expect(sheet(ACTUALS).getCell('A6').value).toBe('R005');
    expect(sheet('Dashboard').getCell('B8').formula).toBe('SUM(B2:B6)');
    expect(sheet('Dashboard').getCell('A3').formula).toBe(`'${ACTUALS}'!C3`);
    expect(sheet('Setup').getCell('B7').formula).toBe('Target*2');
  });

  it('adds _xlfn. to post-2007 functions, outside string literals only', () => {
    const dashboard = sheet('Dashboard');
    expect(dashboard.getCell('C2').formula).toBe('_xlfn.RANK.EQ(B2,$B$2:$B$6)');
    expect(dashboard.getCell('E2').formula).toBe('_xlfn.FORECAST.LINEAR(6,$B$2:$B$6,$A$2:$A$6)');
    expect(dashboard.getCell('E3').formula).toBe('_xlfn.STDEV.P($B$2:$B$6)');
    expect(dashboard.getCell('E6').formula).toBe('_xlfn.IFNA(MATCH(999,$B$2:$B$6,0),"none")');
    expect(dashboard.getCell('E7').formula).toBe('_xlfn.CONCAT("RANK.EQ(",COUNT(Amounts))');
  });

  it('stores user text that looks like a formula as text, in the file itself', async () => {
    const actuals = sheet(ACTUALS);
    HOSTILE_TEXT.forEach((text, index) => {
      const cell = actuals.getCell(`B${index + 2}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
    const zip = await JSZip.loadAsync(buffer);
    const actualsXml = await zip.file('xl/worksheets/sheet2.xml')!.async('string');
    // The only formulas on this sheet are none at all: every B cell is a string reference.
    expect(actualsXml).not.toContain('<f>');
    expect(actualsXml).toMatch(/<c r="B2"[^>]*t="s"/);
  });

  it('applies number formats, one per block or one per column', () => {
    expect(sheet('Setup').getCell('B4').numFmt).toBe('#,##0');
    expect(sheet('Setup').getCell('B5').numFmt).toBe('yyyy-mm-dd');
    expect(sheet('Setup').getCell('B6').numFmt).toBe('0%');
    expect(sheet(ACTUALS).getCell('D2').numFmt).toBe('#,##0');
    expect(sheet(ACTUALS).getCell('E2').numFmt).toBe('0');
    expect(sheet(ACTUALS).getCell('F2').numFmt).toBe('@');
    expect(sheet('Dashboard').getCell('C4').numFmt).toBe('0');
  });

  it('styles inputs as inputs and unlocks only them, blank inputs included', () => {
    const actuals = sheet(ACTUALS);
    for (const address of ['D2', 'E3', 'E4', 'F6']) {
      const cell = actuals.getCell(address);
      expect(cell.protection?.locked).toBe(false);
      expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
      expect(cell.border?.left?.style).toBe('thin');
    }
    expect(actuals.getCell('E4').value).toBeNull();
    for (const address of ['A1', 'A2', 'B3', 'C6']) expect(actuals.getCell(address).protection?.locked).not.toBe(false);
    expect(sheet('Dashboard').getCell('B2').protection?.locked).not.toBe(false);
  });

  it('gives headers, titles, notes and totals their look', () => {
    expect(sheet(ACTUALS).getCell('A1').font?.bold).toBe(true);
    expect(sheet(ACTUALS).getCell('A1').alignment?.wrapText).toBe(true);
    expect(sheet('Setup').getCell('A1').font?.size).toBe(14);
    expect(sheet('Setup').getCell('A2').font?.italic).toBe(true);
    expect(sheet('Dashboard').getCell('B8').font?.bold).toBe(true);
    expect(sheet('Dashboard').getCell('B8').border?.top?.style).toBe('thin');
  });

  it('protects sheets without a password, allowing selection and column/row formatting', () => {
    const protection = (sheet('Setup') as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, autoFilter: true });
    expect(protection.hashValue).toBeUndefined();
    expect(protection.sort).toBeUndefined(); // sorting would scramble rows under formulas
    expect(protection.selectLockedCells).toBeUndefined(); // undefined = allowed
    expect((sheet('Change log') as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
  });

  it('freezes panes, sets widths, hides columns and colours tabs', () => {
    expect(sheet(ACTUALS).views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(sheet('Dashboard').views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
    expect(sheet('Setup').views[0]?.state ?? 'normal').toBe('normal');
    expect(sheet(ACTUALS).getColumn('B').width).toBe(30);
    expect(sheet(ACTUALS).getColumn('C').hidden).toBe(true);
    expect(sheet(ACTUALS).getColumn('D').width).toBe(12);
    expect(sheet(ACTUALS).getColumn('E').width).toBe(12);
    expect(sheet(ACTUALS).getColumn('B').hidden).toBe(false);
    expect(sheet('Setup').properties.tabColor).toMatchObject({ argb: 'FF2F75B5' });
  });

  it('defines workbook names', () => {
    const names = Object.fromEntries(book.definedNames.model.map((n) => [n.name, n.ranges]));
    expect(names.Target).toEqual(['Setup!$B$4']);
    expect(names.AsOf).toEqual(['Setup!$B$5']);
    expect(names.Amounts).toEqual([`'${ACTUALS}'!$D$2:$D$6`]);
  });

  it('writes data validation with bounds and the error message', () => {
    const setup = sheet('Setup');
    expect(setup.getCell('B4').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      showErrorMessage: true,
      error: 'Target: a number ≥ 0',
    });
    expect(setup.getCell('B6').dataValidation).toMatchObject({ type: 'whole', operator: 'lessThanOrEqual', formulae: [5] });
    // Date bounds are stored as serials: 2026-01-01 and 2026-12-31.
    const dates = setup.getCell('B5').dataValidation;
    expect(dates).toMatchObject({ type: 'date', operator: 'between', error: 'As of: a date in 2026' });
    expect(dates.formulae.map((f: Date | number) => (f instanceof Date ? dateToSerial(f) : f))).toEqual([46023, 46387]);
    const actuals = sheet(ACTUALS);
    expect(actuals.getCell('E6').dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 1000] });
    expect(actuals.getCell('F4').dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(actuals.getCell('G4').dataValidation).toBeUndefined();
  });

  it('writes conditional formats: expression colours, icon set thresholds, data bar', () => {
    const formats = (sheet('Dashboard') as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    const byRef = (type: string) => formats.find((f) => f.rules[0].type === type)!;
    const expression = byRef('expression');
    expect(expression.ref).toBe('A2:C6');
    expect(expression.rules[0]).toMatchObject({
      formulae: ['$C2=1'],
      style: { fill: { bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
    });
    const icons = byRef('iconSet');
    expect(icons.ref).toBe('B2:B6');
    expect(icons.rules[0]).toMatchObject({
      iconSet: '3TrafficLights1',
      cfvo: [
        { type: 'percent', value: 0 },
        { type: 'num', value: 100 },
        { type: 'num', value: 200 },
      ],
    });
    const bar = byRef('dataBar');
    expect(bar.rules[0]).toMatchObject({ cfvo: [{ type: 'num', value: 0 }, { type: 'max' }] });
  });

  it('writes the data bar as the Excel 2007 rule, without the empty x14 extension pointer ExcelJS adds', async () => {
    const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet3.xml')!.async('string');
    expect(xml).toContain(
      '<conditionalFormatting sqref="B2:B6"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="num" val="0"/><cfvo type="max"/>' +
        '<color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>',
    );
    expect(xml).not.toMatch(/extLst|x14:id/);
  });
});

describe('renderXlsx cached results', () => {
  // One row of formulas with every kind of cached result the spec may carry.
  const spec = fixtureSpec();
  spec.sheets[3].blocks = [
    {
      at: parseCell('A1'),
      role: 'formula',
      cells: [
        [
          { formula: '=1+41', value: 42 },
          { formula: '=IF(TRUE,"","x")', value: '' },
          { formula: '="On "&"track"', value: 'On track' },
          { formula: '=1=1', value: true },
          { formula: '=1/3', value: Number.NaN },
          { formula: '=2*3' },
        ],
      ],
    },
  ];
  let xml: string;
  let log: ExcelJS.Worksheet;
  beforeAll(async () => {
    const buffer = await renderXlsx(spec);
    xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet4.xml')!.async('string');
    log = (await load(buffer)).getWorksheet('Change log')!;
  });

  it('stores a number as <v>, text as t="str" (an empty text as an empty <v>, as Excel does), a boolean as t="b"', () => {
    expect(xml).toMatch(/<c r="A1" [^>]*><f>1\+41<\/f><v>42<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B1" [^>]*t="str"><f>IF\(TRUE,&quot;&quot;,&quot;x&quot;\)<\/f><v><\/v><\/c>/);
    expect(xml).toMatch(/<c r="C1" [^>]*t="str"><f>[^<]*<\/f><v>On track<\/v><\/c>/);
    expect(xml).toMatch(/<c r="D1" [^>]*t="b"><f>1=1<\/f><v>1<\/v><\/c>/);
  });

  it('writes a formula whose result is unknown or not finite without one (Excel computes it)', () => {
    expect(xml).toMatch(/<c r="E1" [^>]*><f>1\/3<\/f><\/c>/);
    expect(xml).toMatch(/<c r="F1" [^>]*><f>2\*3<\/f><\/c>/);
  });

  it('reads back as the formula with its result', () => {
    expect(log.getCell('A1').formula).toBe('1+41');
    expect([log.getCell('A1').result, log.getCell('C1').result, log.getCell('D1').result]).toEqual([42, 'On track', true]);
  });
});

describe('renderXlsx print setup and row heights', () => {
  it('writes the scale (not fit to page), margins, page order and print titles; a sheet without print setup keeps the defaults', async () => {
    const zip = await JSZip.loadAsync(await renderXlsx(fixtureSpec()));
    const xml = (n: number) => zip.file(`xl/worksheets/sheet${n}.xml`)!.async('string');
    const actuals = await xml(2);
    expect(actuals).not.toMatch(/fitToPage="1"/);
    expect(actuals).toMatch(/<pageSetup [^>]*orientation="portrait"[^>]*pageOrder="overThenDown"[^>]*scale="75"/);
    const { left, right, top, bottom, header, footer } = MARGINS;
    expect(actuals).toContain(
      `<pageMargins left="${left}" right="${right}" top="${top}" bottom="${bottom}" header="${header}" footer="${footer}"/>`,
    );
    const dashboard = await xml(3);
    expect(dashboard).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*scale="90"/);
    expect(dashboard).not.toMatch(/pageOrder=/); // down, then over: the file's default
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${ACTUALS}&apos;!$A:$B,&apos;${ACTUALS}&apos;!$1:$1</definedName>`,
    );
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Dashboard&apos;!$1:$1</definedName>');
    expect(await xml(1)).toMatch(/<pageSetup orientation="portrait"[^>]*scale="100"/); // ExcelJS's defaults
    expect(await xml(1)).not.toMatch(/fitToPage|pageOrder/);
  });

  it('gives rows the spec’s height (points, a custom height) and leaves the others alone', async () => {
    const book = await load(await renderXlsx(fixtureSpec()));
    const actuals = book.getWorksheet(ACTUALS)!;
    expect(actuals.getRow(1).height).toBe(30);
    expect(actuals.getRow(2).height).toBeUndefined();
    const zip = await JSZip.loadAsync(await renderXlsx(fixtureSpec()));
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).toMatch(/<row r="1" [^>]*ht="30" customHeight="1"/);
  });
});

describe('renderXlsx edge cases', () => {
  it('writes a sheet without blocks, and a workbook without names', async () => {
    const spec = fixtureSpec();
    spec.names = [];
    spec.sheets[3].blocks = [];
    spec.sheets[3].columns = [{ column: 1, width: 40 }];
    const book = await load(await renderXlsx(spec));
    expect(book.getWorksheet('Change log')!.actualRowCount).toBe(0); // no row with a value
    expect(book.getWorksheet('Change log')!.getColumn('A').width).toBe(40);
    expect(book.definedNames.model).toEqual([]);
  });

  it('writes blocks that start below a gap or inside rows another block already covers', async () => {
    const spec = fixtureSpec();
    spec.sheets[3].blocks = [
      { at: parseCell('A1'), role: 'value', cells: [[1], [2], [3], [4]] },
      { at: parseCell('C3'), role: 'formula', cells: [[{ formula: '=A3*2' }], [{ formula: '=A4*2' }]] },
      { at: parseCell('B20'), role: 'input', cells: [[null]] },
    ];
    const sheet = (await load(await renderXlsx(spec))).getWorksheet('Change log')!;
    expect([1, 2, 3, 4].map((row) => sheet.getCell(`A${row}`).value)).toEqual([1, 2, 3, 4]);
    expect(sheet.getCell('C3').formula).toBe('A3*2');
    expect(sheet.getCell('C4').formula).toBe('A4*2');
    expect(sheet.getCell('B20').protection?.locked).toBe(false);
  });
});

describe('renderXlsx refuses specs it cannot render faithfully', () => {
  const withBlock = (block: WorkbookSpec['sheets'][number]['blocks'][number]): WorkbookSpec => {
    const spec = fixtureSpec();
    spec.sheets[3].blocks.push(block);
    return spec;
  };

  it('rejects a non-finite number, naming the cell', async () => {
    await expect(renderXlsx(withBlock({ at: parseCell('C5'), role: 'value', cells: [[1, NaN]] }))).rejects.toThrow(
      /Change log!D5: NaN is not a finite number/,
    );
  });

  it('rejects ragged blocks', async () => {
    await expect(renderXlsx(withBlock({ at: parseCell('A5'), role: 'value', cells: [[1, 2], [3]] }))).rejects.toThrow(/row 2 has 1 cells/);
  });

  it('rejects a list validation that does not fit inline', async () => {
    const spec = fixtureSpec();
    spec.sheets[1].validations.push({ range: parseRange('G2'), kind: 'list', values: ['a,b', 'c'], message: 'x' });
    await expect(renderXlsx(spec)).rejects.toThrow(/no commas/);
  });
});

describe('role styles: the look of src/workbook/look.ts in ExcelJS terms', () => {
  it('turns #RRGGBB into opaque ARGB and refuses anything else', () => {
    expect(argb('#1f4e79')).toBe('FF1F4E79');
    expect(() => argb('red')).toThrow(/Not a colour/);
  });

  it.each(Object.keys(ROLE_LOOKS) as BlockRole[])('%s', (role) => {
    const look = ROLE_LOOKS[role];
    const style = new StyleBook().styleFor(role, '0%');
    const color = (hex: string | undefined) => (hex ? { argb: argb(hex) } : undefined);
    expect(style.protection).toEqual({ locked: look.locked });
    expect(style.numFmt).toBe('0%');
    expect([style.font?.bold, style.font?.italic, style.font?.size, style.font?.color]).toEqual([
      look.bold,
      look.italic,
      look.fontSize,
      color(look.fontColor),
    ]);
    expect(style.fill).toEqual(look.fill ? { type: 'pattern', pattern: 'solid', fgColor: color(look.fill) } : undefined);
    expect([style.alignment?.wrapText, style.alignment?.vertical]).toEqual([look.wrapText, look.middle ? 'middle' : undefined]);
    const line = look.borders && { style: 'thin', color: color(look.borders.color) };
    expect(style.border).toEqual(look.borders ? Object.fromEntries(look.borders.sides.map((side) => [side, line])) : undefined);
  });
});

describe('a formula typed into an input cell', () => {
  it('is written to the file as a formula, with what it showed as its cached result', async () => {
    const { setup, reps } = sampleInputs({ reps: 2, locale: 'en-US' });
    const key = inputKey('actuals', actualsRowKey(reps[0].id, '2026-01'), 'signed');
    const spec = buildPlan(setup, reps, { [key]: 1320 }, 'en-US', { formulas: { [key]: '=1200*1.1' } });
    const input = spec.sheets.find((s) => s.key === 'actuals')!.blocks.find((b) => b.role === 'input')!;
    const at = `${columnLetter(input.at.column + input.inputKeys!.columns.indexOf('signed'))}${input.at.row + input.inputKeys!.rows.indexOf(actualsRowKey(reps[0].id, '2026-01'))}`;
    const cell = (await load(await renderXlsx(spec))).getWorksheet('Actuals')!.getCell(at);
    expect(cell.formula).toBe('1200*1.1');
    expect(cell.result).toBe(1320);
  });
});
