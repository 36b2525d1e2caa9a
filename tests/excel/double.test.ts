/**
 * The Excel double is only useful if it refuses what Excel refuses: these tests pin the
 * Office.js rules the renderer's tests rely on.
 */
import { MAX_REQUEST_BYTES } from '../../src/workbook/excel-limits';
import { ExcelDouble, type OfficeErrorDouble } from './double';

const sheet1 = (excel: ExcelDouble) => excel.document.sheet('Sheet1');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as OfficeErrorDouble).code;
  }
  return 'no error';
}

describe('Excel double: client-object rules', () => {
  it('applies queued operations only at sync, in order', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.values = [[1]];
      range.values = [[2]];
      expect(sheet1(excel).cellAt(1, 1)).toBeUndefined();
      await context.sync();
      expect(sheet1(excel).cellAt(1, 1)?.value).toBe(2);
    });
  });

  it('throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:B2');
      expect(range.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('knows isNullObject only after a sync, and fails any method on a null object', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      missing.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('refuses a 2-D array whose size differs from the range', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('interprets written strings as Excel does: formulas, numbers, apostrophe text, Text-formatted cells', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1').numberFormat = [['@']];
      ws.getRange('A1:A6').values = [['=HYPERLINK("x")'], ['+1'], ['@SUM(1)'], ['\'=HYPERLINK("x")'], ['12'], ['TRUE']];
      ws.getRange('B1').values = [['=kept as text']];
      await context.sync();
    });
    const at = (row: number, column = 1) => sheet1(excel).cellAt(row, column)!;
    expect(at(1).formula).toBe('=HYPERLINK("x")');
    expect(at(2).value).toBe(1);
    expect(at(3).formula).toBe('=@SUM(1)');
    expect([at(4).value, at(4).formula, at(4).quotePrefix]).toEqual(['=HYPERLINK("x")', undefined, true]);
    expect(at(5).value).toBe(12);
    expect(at(6).value).toBe(true);
    expect(at(1, 2).value).toBe('=kept as text');
  });

  it('leaves a cell alone for null and empties it for an empty string', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.values = [[1, 2]];
      range.values = [[null, '']];
      await context.sync();
    });
    expect(sheet1(excel).cellAt(1, 1)?.value).toBe(1);
    expect(sheet1(excel).cellAt(1, 2)?.value ?? null).toBeNull();
  });

  it('protects locked cells: writes to them fail, unlocked cells take input, protecting twice fails', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B1').format.protection.locked = false;
      ws.protection.protect({ allowFormatColumns: true });
      await context.sync();
      ws.getRange('B1').values = [[5]];
      await context.sync();
      ws.getRange('A1').values = [[5]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ws.getRange('B1').format.fill.color = '#FF0000';
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ws.protection.protect();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(sheet1(excel).cellAt(1, 2)?.value).toBe(5);
    expect(sheet1(excel).cellAt(1, 1)?.value ?? null).toBeNull();
  });

  it('logs each sync with the bytes of its request and response, and refuses a request over 5 MB', async () => {
    const excel = new ExcelDouble();
    const big = Array.from({ length: 1000 }, () => ['x'.repeat(600)]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:A1000').values = big;
      await context.sync();
      ws.getRange('A1:A1000').load('values');
      await context.sync();
    });
    expect(excel.syncs).toHaveLength(2);
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(600_000);
    expect(excel.syncs[1].responseBytes).toBeGreaterThan(600_000);
    expect(excel.syncs[1].requestBytes).toBeLessThan(1000);

    const huge = Array.from({ length: 9000 }, () => ['y'.repeat(600)]);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B1:B9000').values = huge;
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(excel.syncs.at(-1)!.requestBytes).toBeGreaterThan(MAX_REQUEST_BYTES);
    expect(excel.document.sheet('Sheet1').cellAt(1, 2)).toBeUndefined(); // nothing applied
  });

  it('Excel.run sends what is still queued when the batch returns', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Plan');
    });
    expect(excel.syncs).toHaveLength(1);
    expect(excel.document.findSheet('Plan')).toBeDefined();
  });
});

describe('Excel double: names, custom XML parts, rules', () => {
  it('adds a name once, updates its formula, and refuses a duplicate', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      context.workbook.names.add('Target', '=Sheet1!$A$1');
      await context.sync();
      context.workbook.names.getItem('Target').formula = '=Sheet1!$B$1';
      await context.sync();
      context.workbook.names.add('target', '=Sheet1!$C$1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
    expect(excel.document.findName('Target')?.formula).toBe('=Sheet1!$B$1');
  });

  it('keeps custom XML parts by namespace; getOnlyItem fails when there is none', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const none = parts.getByNamespace('urn:test').getOnlyItem().getXml();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => none.value).toThrow();
      parts.add('<a xmlns="urn:test"><b>1 &amp; 2</b></a>');
      await context.sync();
      const xml = parts.getByNamespace('urn:test').getOnlyItem().getXml();
      const count = parts.getByNamespace('urn:other').getCount();
      await context.sync();
      expect(xml.value).toContain('1 &amp; 2');
      expect(count.value).toBe(0);
      parts.add('<a xmlns="urn:test">bare & wrong</a>');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('requires a cleared range before a new validation rule, and checks the rule', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A9').dataValidation;
      validation.rule = { decimal: { operator: 'GreaterThanOrEqualTo', formula1: 0 } };
      await context.sync();
      validation.rule = { wholeNumber: { operator: 'LessThan', formula1: 9 } };
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      validation.clear();
      validation.rule = { wholeNumber: { operator: 'Between', formula1: 0 } };
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('sets page layout as Microsoft documents it: orientation, scale or fit (not both), margins, order, title rows and columns', async () => {
    const excel = new ExcelDouble();
    expect(sheet1(excel).print).toMatchObject({ orientation: 'Portrait', zoom: { scale: 100 }, printOrder: 'DownThenOver' });
    expect(sheet1(excel).print.margins).toEqual({ left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 });
    const layout = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('Sheet1').pageLayout;
    await excel.run(async (context) => {
      layout(context).orientation = 'Landscape';
      layout(context).zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout(context).zoom = { scale: 75 }; // a zoom replaces the last one whole
      layout(context).setPrintMargins('Inches', { left: 0.25, right: 0.25 });
      layout(context).setPrintMargins('Centimeters', { top: 2.54 });
      layout(context).printOrder = 'OverThenDown';
      layout(context).setPrintTitleRows('$1:$4');
      layout(context).setPrintTitleColumns('$A:$B');
      await context.sync();
    });
    expect(sheet1(excel).print).toEqual({
      orientation: 'Landscape',
      zoom: { scale: 75 },
      margins: { left: 18, right: 18, top: 72, bottom: 54, header: 21.6, footer: 21.6 },
      printOrder: 'OverThenDown',
      titleRows: '$1:$4',
      titleColumns: '$A:$B',
    });
    const attempt = (change: (layout: Excel.PageLayout) => void) =>
      codeOf(excel.run(async (context) => (change(layout(context)), context.sync())));
    expect(await attempt((l) => void (l.orientation = 'Sideways' as Excel.PageOrientation))).toBe('InvalidArgument');
    expect(await attempt((l) => void (l.zoom = { scale: 80, horizontalFitToPages: 1 }))).toBe('InvalidArgument');
    expect(await attempt((l) => void (l.zoom = { scale: 5 }))).toBe('InvalidArgument');
    expect(await attempt((l) => l.setPrintTitleRows('A1:B2'))).toBe('InvalidArgument');
    expect(await attempt((l) => l.setPrintTitleColumns('A1:B4'))).toBe('InvalidArgument'); // must span entire columns
    expect(await attempt((l) => void (l.printOrder = 'Sideways' as Excel.PrintOrder))).toBe('InvalidArgument');
    expect(await attempt((l) => l.setPrintMargins('Miles' as Excel.PrintMarginUnit, { left: 1 }))).toBe('InvalidArgument');
    expect(await attempt((l) => l.setPrintMargins('Points', { left: -1 }))).toBe('InvalidArgument');
    expect(sheet1(excel).print.margins.left).toBe(18); // nothing of a refused request applied
  });

  it('sets row heights in points, reads back one height or null, and refuses them on a protected sheet that forbids it', async () => {
    const excel = new ExcelDouble();
    const rows = (context: Excel.RequestContext, address: string) => context.workbook.worksheets.getItem('Sheet1').getRange(address);
    const heights = await excel.run(async (context) => {
      rows(context, '4:4').format.rowHeight = 45;
      const four = rows(context, '4:4').format.load('rowHeight');
      const mixed = rows(context, '3:4').format.load('rowHeight');
      const plain = rows(context, 'A7').format.load('rowHeight');
      await context.sync();
      return [four.rowHeight, mixed.rowHeight, plain.rowHeight];
    });
    expect(heights).toEqual([45, null, 15]);
    expect(sheet1(excel).rowHeights.get(4)).toBe(45);
    const attempt = (change: (context: Excel.RequestContext) => void) =>
      codeOf(excel.run(async (context) => (change(context), context.sync())));
    expect(await attempt((c) => void (rows(c, '5:5').format.rowHeight = 410))).toBe('InvalidArgument'); // Excel's limit: 409 pt
    expect(await attempt((c) => void (rows(c, 'A:A').format.rowHeight = 20))).toBe('InvalidArgument'); // the double's guard: a renderer never sizes a million rows one by one
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').protection.protect({ allowFormatRows: false });
      await context.sync();
    });
    expect(await attempt((c) => void (rows(c, '5:5').format.rowHeight = 30))).toBe('AccessDenied');
  });

  it('refuses a conditional-format property the type does not have', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A9').conditionalFormats.add('DataBar');
      expect(() => (cf.custom.rule.formula = '=1')).toThrow(TypeError);
      cf.dataBar.positiveFormat.fillColor = '#638EC6';
      await context.sync();
    });
    expect(excel.document.sheet('Sheet1').conditionalFormats[0].props).toEqual({ 'dataBar.positiveFormat.fillColor': '#638EC6' });
  });
});

describe('Excel double: what a co-author-safe renderer calls', () => {
  const ws = (context: Excel.RequestContext, name = 'Sheet1') => context.workbook.worksheets.getItem(name);
  const at = (excel: ExcelDouble, row: number, column: number) => sheet1(excel).cellAt(row, column);

  it('Range.insert Down moves the cells below in its columns, with their notes, formats and the formulas that point at them', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      ws(context).getRange('A1:B3').values = [
        [1, 'x'],
        [2, 'y'],
        [3, 'z'],
      ];
      ws(context).getRange('A2:B2').numberFormat = [['0.0', '@']];
      ws(context).getRange('D1:D2').formulas = [['=SUM(A1:A3)'], ['=A3+B3']];
      ws(context).getRange('E1').formulas = [['="A3"&C3']]; // text and column C stay as they are
      await context.sync();
    });
    sheet1(excel).setNote(3, 1, 'checked');
    await excel.run(async (context) => {
      ws(context).getRange('A3:B4').insert('Down');
      await context.sync();
    });
    expect([1, 2, 3, 4, 5].map((row) => at(excel, row, 1)?.value ?? null)).toEqual([1, 2, null, null, 3]);
    expect(sheet1(excel).noteAt(5, 1)).toBe('checked');
    expect(sheet1(excel).noteAt(3, 1)).toBeUndefined();
    expect(at(excel, 3, 2)?.numberFormat).toBe('@'); // the new cells take the format of the cells above
    expect([at(excel, 1, 4)?.formula, at(excel, 2, 4)?.formula, at(excel, 1, 5)?.formula]).toEqual(['=SUM(A1:A5)', '=A5+B5', '="A3"&C3']);
  });

  it('Range.insert of whole rows ("5:7") moves every column, row heights and sheet-qualified references; Right moves columns', async () => {
    const excel = new ExcelDouble();
    excel.document.addSheet('Other');
    await excel.run(async (context) => {
      ws(context).getRange('A5:C5').values = [[5, 6, 7]];
      ws(context).getRange('5:5').format.rowHeight = 30;
      ws(context, 'Other').getRange('A1').formulas = [["='Sheet1'!C5+Sheet1!$A$5"]];
      context.workbook.names.add('Five', '=Sheet1!$A$5');
      await context.sync();
      ws(context).getRange('5:7').insert('Down');
      await context.sync();
    });
    expect([at(excel, 8, 1)?.value, at(excel, 8, 3)?.value, at(excel, 5, 1)]).toEqual([5, 7, undefined]);
    expect(sheet1(excel).rowHeights.get(8)).toBe(30);
    expect(excel.document.sheet('Other').cellAt(1, 1)?.formula).toBe('=Sheet1!C8+Sheet1!$A$8');
    expect(excel.document.findName('Five')?.formula).toBe('=Sheet1!$A$8');
    await excel.run(async (context) => {
      ws(context).getRange('A8').insert('Right');
      await context.sync();
    });
    expect([at(excel, 8, 1), at(excel, 8, 2)?.value]).toEqual([undefined, 5]);
  });

  it('Range.insert is refused on a protected sheet (unless whole rows and allowInsertRows) and when it would push data off the sheet', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      ws(context).protection.protect({ allowInsertRows: true });
      await context.sync();
    });
    const insert = (address: string) =>
      codeOf(excel.run(async (context) => (ws(context).getRange(address).insert('Down'), context.sync())));
    expect(await insert('A2:B2')).toBe('AccessDenied');
    expect(await insert('2:2')).toBe('no error');
    const full = new ExcelDouble();
    full.document.sheet('Sheet1').ensure(1_048_576, 1).value = 'last';
    expect(await codeOf(full.run(async (context) => (ws(context).getRange('A1').insert('Down'), context.sync())))).toBe(
      'NonBlankCellOffSheet',
    );
  });

  it('Range.copyFrom grows from the top-left to the source size and copies by type; formulas move their relative references', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const sheet = ws(context);
      sheet.getRange('A1:B2').formulas = [
        [10, '=A1*2'],
        ["'text", '=$A$1+A$2+$A2'],
      ];
      sheet.getRange('A1:B2').numberFormat = [
        ['0.00', '0%'],
        ['@', 'General'],
      ];
      sheet.getRange('A1').format.fill.color = '#FFFF00';
      await context.sync();
      sheet.getRange('D5').copyFrom('A1:B2'); // All
      sheet.getRange('G5:G5').copyFrom(sheet.getRange('A1:B2'), 'Formulas');
      sheet.getRange('J5').copyFrom('Sheet1!A1:B2', 'Formats');
      await context.sync();
    });
    const s = sheet1(excel);
    expect([s.cellAt(5, 4)?.value, s.cellAt(5, 5)?.formula, s.cellAt(6, 4)?.value, s.cellAt(6, 5)?.formula]).toEqual([
      10,
      '=D5*2',
      'text',
      '=$A$1+D$2+$A6',
    ]);
    expect([s.cellAt(5, 4)?.numberFormat, s.cellAt(5, 4)?.style.fill]).toEqual(['0.00', '#FFFF00']);
    expect([s.cellAt(5, 7)?.value, s.cellAt(5, 8)?.formula, s.cellAt(5, 7)?.numberFormat ?? 'General']).toEqual([10, '=G5*2', 'General']);
    expect([s.cellAt(5, 10)?.value ?? null, s.cellAt(5, 10)?.numberFormat, s.cellAt(5, 10)?.style.fill]).toEqual([null, '0.00', '#FFFF00']);
  });

  it('Range.copyFrom skips blanks when asked, transposes values, and refuses to invent values it cannot calculate', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      const sheet = ws(context);
      sheet.getRange('A1:A3').values = [[1], [''], [3]];
      sheet.getRange('C1:C3').values = [['x'], ['y'], ['z']];
      await context.sync();
      sheet.getRange('C1').copyFrom('A1:A3', 'Values', true);
      sheet.getRange('E1').copyFrom('A1:A3', 'Values', false, true);
      await context.sync();
    });
    expect([1, 2, 3].map((row) => at(excel, row, 3)?.value)).toEqual([1, 'y', 3]);
    expect([5, 6, 7].map((column) => at(excel, 1, column)?.value ?? null)).toEqual([1, null, 3]);
    const code = await codeOf(
      excel.run(async (context) => {
        ws(context).getRange('B1').formulas = [['=A1']];
        ws(context).getRange('H1').copyFrom('B1', 'Values');
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  it('clear: All takes values, formats and notes; Contents keeps formats and notes; Formats keeps values and notes', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      ws(context).getRange('A1:C1').values = [[1, 2, 3]];
      ws(context).getRange('A1:C1').numberFormat = [['0.0', '0.0', '0.0']];
      await context.sync();
    });
    for (const column of [1, 2, 3]) sheet1(excel).setNote(1, column, `note ${column}`);
    await excel.run(async (context) => {
      ws(context).getRange('A1').clear('All');
      ws(context).getRange('B1').clear('Contents');
      ws(context).getRange('C1').clear('Formats');
      await context.sync();
    });
    const s = sheet1(excel);
    expect(
      [1, 2, 3].map((c) => [s.cellAt(1, c)?.value ?? null, s.cellAt(1, c)?.numberFormat ?? 'General', s.noteAt(1, c) ?? null]),
    ).toEqual([
      [null, 'General', null],
      [null, '0.0', 'note 2'],
      [3, 'General', 'note 3'],
    ]);
  });

  it('worksheet id: unique, loadable, kept across a rename, and getItem takes it as Excel does', async () => {
    const excel = new ExcelDouble();
    const [first, second] = await excel.run(async (context) => {
      const added = context.workbook.worksheets.add('Plan').load('id');
      const one = ws(context).load('id');
      await context.sync();
      return [one.id, added.id];
    });
    expect(first).not.toBe(second);
    const renamed = await excel.run(async (context) => {
      context.workbook.worksheets.getItem(second).name = 'Plan 2';
      const again = context.workbook.worksheets.getItem('Plan 2').load('id,name');
      await context.sync();
      return [again.id, again.name];
    });
    expect(renamed).toEqual([second, 'Plan 2']);
  });

  it('loads worksheet.protection.protected, and names scoped to a sheet apart from the workbook’s', async () => {
    const excel = new ExcelDouble();
    const result = await excel.run(async (context) => {
      const sheet = ws(context);
      const before = sheet.protection.load('protected');
      await context.sync();
      const wasProtected = before.protected;
      sheet.protection.protect();
      sheet.names.add('Local', '=Sheet1!$A$1');
      context.workbook.names.add('Local', '=Sheet1!$B$1'); // the same name at workbook scope is another name
      const after = sheet.protection.load('protected');
      const local = sheet.names.load('items/name,items/formula');
      await context.sync();
      return { wasProtected, now: after.protected, local: local.items.map((n) => [n.name, n.formula]) };
    });
    expect(result).toEqual({ wasProtected: false, now: true, local: [['Local', '=Sheet1!$A$1']] });
    expect(excel.document.findName('Local')?.formula).toBe('=Sheet1!$B$1');
  });
});
