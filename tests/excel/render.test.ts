/**
 * A fresh build writes what the spec says — every cell, formula, number format, look, width,
 * pane, tab colour, name, rule and protection — checked cell by cell against an independent
 * buildPlan of the same plan, and against the hand-made fixture the .xlsx tests use.
 */
import { columnWidthPoints, renderSpec, ROLE_LOOKS, stateFromXml, STATE_NAMESPACE } from '../../src/excel';
import { buildPlan } from '../../src/workbook';
import { isFormula, type BlockRole, type WorkbookSpec } from '../../src/workbook/spec';
import { StyleBook } from '../../src/xlsx/styles';
import { sampleInputs } from '../../src/workbook/sample';
import { cells } from '../workbook/spec-cells';
import { fixtureSpec, HOSTILE_TEXT, ACTUALS } from '../xlsx/fixture';
import { ExcelDouble, parseRange, formatRect, DEFAULT_STYLE } from './double';
import { builtSample, cellOf, NOW } from './support/workbook';

function expectWorkbookMatches(excel: ExcelDouble, spec: WorkbookSpec): void {
  const mismatches: string[] = [];
  for (const c of cells(spec)) {
    const cell = excel.document.sheet(c.sheet.name).cellAt(c.row, c.column);
    const where = `${c.sheet.name}!${c.address}`;
    if (isFormula(c.value)) {
      if (cell?.formula !== c.value.formula) mismatches.push(`${where}: formula ${cell?.formula} ≠ ${c.value.formula}`);
    } else if ((cell?.value ?? null) !== c.value || cell?.formula !== undefined) {
      mismatches.push(`${where}: ${JSON.stringify(cell?.value)} ≠ ${JSON.stringify(c.value)}`);
    }
    const locked = (cell?.style ?? DEFAULT_STYLE).locked;
    if (locked !== (c.role !== 'input')) mismatches.push(`${where}: locked ${locked} for a ${c.role} cell`);
    if (mismatches.length > 20) break;
  }
  expect(mismatches).toEqual([]);
}

describe('a fresh build of the sample plan', () => {
  let excel: ExcelDouble;
  let spec: WorkbookSpec;
  let built: Awaited<ReturnType<typeof builtSample>>;
  beforeAll(async () => {
    built = await builtSample(25);
    excel = built.excel;
    spec = buildPlan(built.sample.setup, built.sample.reps, {}, 'en-US');
  });

  it('puts the plan’s sheets first, in the spec’s order, and keeps the user’s own sheet', () => {
    const names = excel.document.sheets.map((s) => s.name);
    expect(names.slice(0, spec.sheets.length)).toEqual(spec.sheets.map((s) => s.name));
    expect(names).toContain('Sheet1');
  });

  it('writes every cell as the spec says: formulas as formulas, values as values, inputs unlocked', () => {
    expectWorkbookMatches(excel, spec);
  });

  it('gives every cell its number format (per block or per column)', () => {
    const wrong: string[] = [];
    for (const sheet of spec.sheets) {
      for (const block of sheet.blocks) {
        const { top, left } = parseRange(block.at);
        block.cells.forEach((row, r) =>
          row.forEach((_, c) => {
            const expected = (Array.isArray(block.numberFormat) ? block.numberFormat[c] : block.numberFormat) ?? 'General';
            const actual = excel.document.sheet(sheet.name).cellAt(top + r, left + c)?.numberFormat ?? 'General';
            if (actual !== expected) wrong.push(`${sheet.name} r${top + r}c${left + c}: ${actual} ≠ ${expected}`);
          }),
        );
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('styles input cells yellow and headers pale blue, like the .xlsx export', () => {
    const actuals = spec.sheets.find((s) => s.key === 'actuals')!;
    const input = actuals.blocks.find((b) => b.role === 'input')!;
    const header = actuals.blocks.find((b) => b.role === 'header')!;
    const sheet = excel.document.sheet(actuals.name);
    expect(cellOf(sheet, input.at)?.style).toMatchObject({ fill: '#FFF2CC', locked: false, fontColor: '#1F4E79' });
    expect(cellOf(sheet, input.at)?.style.borders).toEqual({ top: '#BFBFBF', bottom: '#BFBFBF', left: '#BFBFBF', right: '#BFBFBF' });
    expect(cellOf(sheet, header.at)?.style).toMatchObject({ fill: '#DDEBF7', bold: true, wrapText: true, locked: true });
  });

  it('sets column widths in points, freeze panes, tab colours and protection on every sheet', () => {
    for (const sheetSpec of spec.sheets) {
      const sheet = excel.document.sheet(sheetSpec.name);
      for (const column of sheetSpec.columns) {
        const { left } = parseRange(column.column);
        expect(sheet.columnWidths.get(left)).toBeCloseTo(columnWidthPoints(column.width));
      }
      expect(sheet.freeze).toEqual(sheetSpec.freeze ?? { rows: 0, columns: 0 });
      expect(sheet.tabColor).toBe((sheetSpec.tabColor ?? '').toUpperCase());
      expect(sheet.protection.protected).toBe(sheetSpec.protected);
      expect(sheet.protection.password).toBeUndefined();
    }
  });

  it('sets every sheet to print landscape, one page wide, with its header rows repeated', () => {
    for (const sheetSpec of spec.sheets) {
      const header = sheetSpec.freeze?.rows ?? 0;
      expect({ sheet: sheetSpec.name, print: excel.document.sheet(sheetSpec.name).print }).toEqual({
        sheet: sheetSpec.name,
        print: { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titleRows: header ? `$1:$${header}` : null },
      });
    }
  });

  it('gives the attainment lights formula thresholds on the Setup names, so they follow Status', () => {
    const lights = excel.document.sheet('Dashboard').conditionalFormats.find((cf) => cf.type === 'IconSet')!;
    expect(lights.props['iconSet.criteria']).toEqual([
      {},
      { type: 'Formula', operator: 'GreaterThanOrEqual', formula: '=LaggingBelow*ExpectedShare' },
      { type: 'Formula', operator: 'GreaterThanOrEqual', formula: '=AtRiskBelow*ExpectedShare' },
    ]);
  });

  it('adds every defined name with its reference', () => {
    for (const name of spec.names) expect(excel.document.findName(name.name)?.formula).toBe(`=${name.ref}`);
  });

  it('adds each validation and conditional format on its range', () => {
    for (const sheetSpec of spec.sheets) {
      const sheet = excel.document.sheet(sheetSpec.name);
      expect(sheet.validations.map((v) => formatRect(v.rect)).sort()).toEqual(sheetSpec.validations.map((v) => formatRect(parseRange(v.range))).sort());
      expect(sheet.validations.every((v) => v.errorAlert?.style === 'Stop')).toBe(true);
      expect(sheet.conditionalFormats.map((cf) => formatRect(cf.rect))).toEqual(sheetSpec.conditionalFormats.map((cf) => formatRect(parseRange(cf.range))));
    }
  });

  it('saves the plan in a custom XML part that reads back to the same setup and reps', () => {
    const parts = excel.document.parts.filter((p) => p.namespaceUri === STATE_NAMESPACE);
    expect(parts).toHaveLength(1);
    const state = stateFromXml(parts[0].xml);
    expect(state.setup).toEqual(built.sample.setup);
    expect(state.reps).toEqual(built.sample.reps);
    expect(state.savedAt).toBe(NOW.toISOString());
  });
});

describe('renderSpec on the hand-made fixture', () => {
  let excel: ExcelDouble;
  beforeAll(async () => {
    excel = new ExcelDouble();
    await excel.run((context) => renderSpec(context, fixtureSpec()));
  });

  it('writes every cell of the fixture faithfully', () => expectWorkbookMatches(excel, fixtureSpec()));

  it('keeps hostile text (=…, +…, -…, @…) as text, never a formula', () => {
    const sheet = excel.document.sheet(ACTUALS);
    HOSTILE_TEXT.forEach((text, i) => expect(sheet.cellAt(2 + i, 2)).toMatchObject({ value: text, formula: undefined }));
  });

  it('writes text into a Text-formatted (@) input column verbatim', () => {
    expect(cellOf(excel.document.sheet(ACTUALS), 'F2')).toMatchObject({ value: 'Yes', numberFormat: '@', quotePrefix: undefined });
  });

  it('hides hidden columns and widens column ranges', () => {
    const sheet = excel.document.sheet(ACTUALS);
    expect(sheet.hiddenColumns.has(3)).toBe(true);
    expect(sheet.columnWidths.get(4)).toBe(columnWidthPoints(12));
    expect(sheet.columnWidths.get(5)).toBe(columnWidthPoints(12));
  });

  it('turns each rule into its Office.js form', () => {
    const setup = excel.document.sheet('Setup');
    expect(setup.validations.map((v) => v.rule)).toEqual([
      { decimal: { operator: 'GreaterThanOrEqualTo', formula1: 0 } },
      { date: { operator: 'Between', formula1: '2026-01-01', formula2: '2026-12-31' } },
      { wholeNumber: { operator: 'LessThanOrEqualTo', formula1: 5 } },
    ]);
    expect(excel.document.sheet(ACTUALS).validations[2].rule).toEqual({ list: { inCellDropDown: true, source: 'Yes,No' } });
    const [custom, icons, bar] = excel.document.sheet('Dashboard').conditionalFormats;
    expect(custom.props).toEqual({ 'custom.rule.formula': '=$C2=1', 'custom.format.fill.color': '#C6EFCE', 'custom.format.font.color': '#006100' });
    expect(icons.props['iconSet.style']).toBe('ThreeTrafficLights1');
    expect((icons.props['iconSet.criteria'] as { formula?: string }[]).map((c) => c.formula)).toEqual([undefined, '=100', '=200']);
    expect(bar.props['dataBar.lowerBoundRule']).toEqual({ type: 'Number', formula: '=0' });
    expect(bar.props['dataBar.upperBoundRule']).toEqual({ type: 'HighestValue' });
  });

  it('leaves an unprotected sheet unprotected', () => {
    expect(excel.document.sheet('Change log').protection.protected).toBe(false);
    expect(excel.document.sheet('Setup').protection.protected).toBe(true);
  });
});

describe('role looks', () => {
  const roles: BlockRole[] = ['title', 'note', 'header', 'label', 'value', 'formula', 'total', 'input'];
  it.each(roles)('%s looks as in the .xlsx export', (role) => {
    const xlsx = new StyleBook().styleFor(role, undefined);
    const look = ROLE_LOOKS[role];
    const argb = (hex?: string) => (hex ? `FF${hex.slice(1)}` : undefined);
    expect(look.locked).toBe(xlsx.protection?.locked);
    expect(argb(look.fill)).toBe((xlsx.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb);
    expect(argb(look.fontColor)).toBe(xlsx.font?.color?.argb);
    expect(look.bold).toBe(xlsx.font?.bold);
    expect(look.italic).toBe(xlsx.font?.italic);
    expect(look.fontSize).toBe(xlsx.font?.size);
    expect(look.wrapText).toBe(xlsx.alignment?.wrapText);
    const xlsxEdges = Object.keys(xlsx.border ?? {}).sort();
    const edgeSides = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' } as Record<string, string>;
    expect([...new Set((look.borders?.edges ?? []).map((e) => edgeSides[e]).filter(Boolean))].sort()).toEqual(xlsxEdges);
  });

  it('converts Excel’s character widths to points (8.43 → 48 pt, the default column)', () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(0)).toBe(0);
    expect(columnWidthPoints(20)).toBeGreaterThan(columnWidthPoints(10));
  });
});

describe('append-only convention shared with buildPlan', () => {
  it('every append-only sheet of buildPlan has its frame above its data rows (role value)', () => {
    const { setup, reps, inputs } = sampleInputsForConvention();
    const spec = buildPlan(setup, reps, inputs, 'en-US', {
      review: [[46203, 'R0001', 'n', 't', 1, 1, 1, 1, 1, 'x']],
      changeLog: [{ at: 46203, who: 'a', what: 'b', why: 'c', targetBefore: 1, targetAfter: 2 }],
    });
    const appendOnly = spec.sheets.filter((s) => s.appendOnly);
    expect(appendOnly.map((s) => s.key).sort()).toEqual(['archive', 'changeLog', 'review']);
    for (const sheet of appendOnly) {
      const data = sheet.blocks.filter((b) => b.role === 'value');
      const frame = sheet.blocks.filter((b) => b.role !== 'value');
      const frameBottom = Math.max(...frame.map((b) => parseRange(b.at).top + b.cells.length - 1));
      for (const block of data) expect(parseRange(block.at).top).toBeGreaterThan(frameBottom);
      expect(frame.every((b) => !b.inputKeys)).toBe(true);
    }
  });
});

function sampleInputsForConvention() {
  // Inputs for a rep the plan no longer has: they become Archive data rows.
  const sample = sampleInputs({ reps: 3 });
  return { ...sample, inputs: { 'actuals!GONE|2026-01!signed': 5 } };
}
