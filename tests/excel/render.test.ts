/**
 * A fresh build writes what the spec says — every cell, formula, number format, look, width,
 * pane, tab colour, name, rule and protection — checked cell by cell against an independent
 * buildPlan of the same plan, and against the hand-made fixture the .xlsx tests use.
 */
import { columnWidthPoints, renderSpec, stateFromXml, STATE_NAMESPACE } from '../../src/excel';
import { applyLook } from '../../src/excel/styles';
import { parseRange, rectAddress } from '../../src/workbook/a1';
import { ROLE_LOOKS } from '../../src/workbook/look';
import { buildPlan } from '../../src/workbook';
import { isFormula, type BlockRole, type WorkbookSpec } from '../../src/workbook/spec';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { cells } from '../workbook/spec-cells';
import { fixtureSpec, HOSTILE_TEXT, ACTUALS } from '../xlsx/fixture';
import { ExcelDouble, DEFAULT_STYLE } from './double';
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
        const { row: top, column: left } = block.at;
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
        expect(sheet.columnWidths.get(column.column)).toBeCloseTo(columnWidthPoints(column.width));
      }
      expect(sheet.freeze).toEqual(sheetSpec.freeze ?? { rows: 0, columns: 0 });
      expect(sheet.tabColor).toBe((sheetSpec.tabColor ?? '').toUpperCase());
      expect(sheet.protection.protected).toBe(sheetSpec.protected);
      expect(sheet.protection.password).toBeUndefined();
    }
  });

  it('sets every sheet’s page layout as its print spec says: scale, margins in points, page order, title rows and columns', () => {
    for (const sheetSpec of spec.sheets) {
      const print = sheetSpec.print!;
      const { left, right, top, bottom, header, footer } = print.margins;
      const points = (inches: number) => inches * 72;
      expect({ sheet: sheetSpec.name, print: excel.document.sheet(sheetSpec.name).print }).toEqual({
        sheet: sheetSpec.name,
        print: {
          orientation: 'Landscape',
          zoom: { scale: print.scale },
          margins: {
            left: points(left),
            right: points(right),
            top: points(top),
            bottom: points(bottom),
            header: points(header),
            footer: points(footer),
          },
          printOrder: 'OverThenDown',
          titleRows: print.repeatRows ? `$1:$${print.repeatRows}` : null,
          titleColumns: print.repeatColumns ? `$A:$${'ABCD'[print.repeatColumns - 1]}` : null,
        },
      });
    }
    expect(excel.document.sheet('Dashboard').print).toMatchObject({ zoom: { scale: 75 }, titleRows: '$1:$4', titleColumns: '$A:$B' });
  });

  it('gives every header row the height the spec decided, and leaves the other rows at the default', () => {
    for (const sheetSpec of spec.sheets) {
      const sheet = excel.document.sheet(sheetSpec.name);
      expect([...sheet.rowHeights].map(([row, height]) => ({ row, height }))).toEqual(sheetSpec.rowHeights ?? []);
    }
    expect(excel.document.sheet('Dashboard').rowHeights.get(4)).toBe(45);
  });

  it('gives the pace lights formula thresholds on the Setup names, so they are Status', () => {
    const lights = excel.document.sheet('Dashboard').conditionalFormats.find((cf) => cf.type === 'IconSet')!;
    expect(lights.props['iconSet.criteria']).toEqual([
      {},
      { type: 'Formula', operator: 'GreaterThanOrEqual', formula: '=LaggingBelow' },
      { type: 'Formula', operator: 'GreaterThanOrEqual', formula: '=AtRiskBelow' },
    ]);
  });

  it('adds every defined name with its reference', () => {
    for (const name of spec.names) expect(excel.document.findName(name.name)?.formula).toBe(`=${name.ref}`);
  });

  it('adds each validation and conditional format on its range', () => {
    for (const sheetSpec of spec.sheets) {
      const sheet = excel.document.sheet(sheetSpec.name);
      expect(sheet.validations.map((v) => rectAddress(v.rect)).sort()).toEqual(
        sheetSpec.validations.map((v) => rectAddress(v.range)).sort(),
      );
      expect(sheet.validations.every((v) => v.errorAlert?.style === 'Stop')).toBe(true);
      expect(sheet.conditionalFormats.map((cf) => rectAddress(cf.rect))).toEqual(
        sheetSpec.conditionalFormats.map((cf) => rectAddress(cf.range)),
      );
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
    expect(custom.props).toEqual({
      'custom.rule.formula': '=$C2=1',
      'custom.format.fill.color': '#C6EFCE',
      'custom.format.font.color': '#006100',
    });
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
  const roles = Object.keys(ROLE_LOOKS) as BlockRole[];
  // One row, as header and total blocks are; two rows for inputs, whose lines go round every cell.
  it.each(roles)('%s: every cell gets the look of src/workbook/look.ts', async (role) => {
    const area = role === 'input' ? 'B2:C3' : 'B2:C2';
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      applyLook(context.workbook.worksheets.add('Looks').getRange(area), role, { rows: role === 'input' ? 2 : 1, columns: 2 });
      await context.sync();
    });
    const look = ROLE_LOOKS[role];
    const sheet = excel.document.sheet('Looks');
    const { top, left, bottom, right } = parseRange(area);
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        expect(sheet.cellAt(row, column)?.style ?? DEFAULT_STYLE).toEqual({
          locked: look.locked,
          ...(look.fill ? { fill: look.fill } : {}),
          ...(look.bold ? { bold: true } : {}),
          ...(look.italic ? { italic: true } : {}),
          ...(look.fontColor ? { fontColor: look.fontColor } : {}),
          ...(look.fontSize ? { fontSize: look.fontSize } : {}),
          ...(look.wrapText ? { wrapText: true } : {}),
          ...(look.middle ? { verticalAlignment: 'Center' } : {}),
          ...(look.borders ? { borders: Object.fromEntries(look.borders.sides.map((side) => [side, look.borders!.color])) } : {}),
        });
      }
    }
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
      const frameBottom = Math.max(...frame.map((b) => b.at.row + b.cells.length - 1));
      for (const block of data) expect(block.at.row).toBeGreaterThan(frameBottom);
      expect(frame.every((b) => !b.inputKeys)).toBe(true);
    }
  });
});

function sampleInputsForConvention() {
  // Inputs for a rep the plan no longer has: they become Archive data rows.
  const sample = sampleInputs({ reps: 3 });
  return { ...sample, inputs: { 'actuals!GONE|2026-01!signed': 5 } };
}
