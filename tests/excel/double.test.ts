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
