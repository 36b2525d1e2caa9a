/**
 * The workbook rules (docs/ARCHITECTURE.md#workbook-rules), checked on every formula and block the builder writes, in both locales:
 * native, portable, non-volatile formulas; quoted sheet references to sheets that exist;
 * defined names that exist; protection with inputs unlocked, keyed and validated.
 */
import { buildPlan } from '../../src/workbook';
import { columnLetter } from '../../src/workbook/a1';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { LOCALES, type Locale } from '../../src/core/locale';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { cells, formulas } from './spec-cells';

/** Functions LibreOffice 7.4 and Excel (desktop and web) both compute; the generator may use no others. */
const PORTABLE = new Set([
  'ABS',
  'AND',
  'AVERAGEIFS',
  'COUNT',
  'COUNTA',
  'COUNTIF',
  'COUNTIFS',
  'CHOOSE',
  'FIXED',
  'MID',
  'N',
  'NOT',
  'OR',
  'SUMIFS',
  'FORECAST.LINEAR',
  'IF',
  'INDEX',
  'INT',
  'ISNUMBER',
  'LARGE',
  'LN',
  'MATCH',
  'MAX',
  'MIN',
  'ROWS',
  'SUM',
  'SUMPRODUCT',
  // Chance of making quota
  'AVERAGE',
  'NORM.DIST',
  'SQRT',
  'STDEV.S',
]);
const FORBIDDEN =
  /\b(LET|LAMBDA|XLOOKUP|XMATCH|FILTER|SORT|SORTBY|UNIQUE|SEQUENCE|OFFSET|INDIRECT|TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY|CELL|INFO)\s*\(/i;

/** The formula with string literals and quoted sheet names blanked out. */
function code(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "'S'!");
}

const built: Record<Locale, WorkbookSpec> = {} as Record<Locale, WorkbookSpec>;
beforeAll(() => {
  for (const locale of LOCALES) {
    const { setup, reps, inputs } = sampleInputs({ reps: 12, locale });
    built[locale] = buildPlan(setup, reps, inputs, locale);
  }
});

describe.each(LOCALES)('rules in %s', (locale) => {
  test('every formula uses only portable, non-volatile native functions', () => {
    const used = new Set<string>();
    for (const { formula } of formulas(built[locale])) {
      const c = code(formula);
      expect(c.startsWith('=')).toBe(true);
      expect(c).not.toMatch(FORBIDDEN);
      expect(c).not.toMatch(/SALES\./i);
      for (const m of c.matchAll(/([A-Z][A-Z0-9.]*)\s*\(/gi)) used.add(m[1].toUpperCase());
    }
    for (const name of used) expect(PORTABLE).toContain(name);
    expect(used).toContain('FORECAST.LINEAR');
    expect(used).toContain('LARGE');
  });

  test('no whole-column or whole-row reference', () => {
    for (const { formula } of formulas(built[locale])) {
      const c = code(formula);
      expect(c).not.toMatch(/(^|[^A-Z0-9$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![0-9A-Z(])/);
      expect(c).not.toMatch(/(^|[^A-Z0-9$.])\$?\d+:\$?\d+(?![0-9])/);
    }
  });

  test('sheet references are quoted and name sheets that exist; names used are defined', () => {
    const spec = built[locale];
    const sheetNames = new Set(spec.sheets.map((s) => s.name));
    const defined = new Set(spec.names.map((n) => n.name));
    for (const { formula } of formulas(spec)) {
      const stripped = formula.replace(/"(?:[^"]|"")*"/g, '""');
      for (const m of stripped.matchAll(/'((?:[^']|'')*)'!/g)) expect(sheetNames).toContain(m[1].replace(/''/g, "'"));
      const unquoted = stripped.replace(/'(?:[^']|'')*'!\$?[A-Z]+\$?\d+/g, 'X');
      expect(unquoted).not.toMatch(/[A-Za-z\u4e00-\u9fff]+!/); // no bare Sheet!A1
      for (const m of unquoted.matchAll(/(?<![A-Za-z0-9_.$'])([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_.(])/g)) {
        const word = m[1];
        if (/^\$?[A-Z]{1,3}\$?\d+$/.test(word) || /^[A-Z]{1,3}$/.test(word)) continue; // a cell address or its column part
        if (word === 'TRUE' || word === 'FALSE') continue; // logical literals
        expect(defined).toContain(word);
      }
    }
    for (const n of spec.names) {
      const m = /^'((?:[^']|'')*)'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.exec(n.ref);
      expect(m).not.toBeNull();
      expect(sheetNames).toContain(m![1]);
    }
  });

  test('every sheet is protected; input blocks are keyed, sized and validated', () => {
    const spec = built[locale];
    for (const sheet of spec.sheets) {
      expect(sheet.protected).toBe(true);
      for (const block of sheet.blocks) {
        if (block.role !== 'input') {
          expect(block.inputKeys).toBeUndefined();
          continue;
        }
        expect(block.inputKeys!.rows).toHaveLength(block.cells.length);
        expect(block.inputKeys!.columns).toHaveLength(block.cells[0].length);
        expect(new Set(block.inputKeys!.rows).size).toBe(block.cells.length);
        // every input cell lies inside some validation range
        for (let r = 0; r < block.cells.length; r++) {
          for (let c = 0; c < block.cells[r].length; c++) {
            const row = block.at.row + r;
            const column = block.at.column + c;
            const covered = sheet.validations.some(
              ({ range: v }) => row >= v.top && row <= v.bottom && column >= v.left && column <= v.right,
            );
            expect(covered).toBe(true);
          }
        }
      }
    }
    const inputSheets = spec.sheets.filter((s) => s.blocks.some((b) => b.role === 'input')).map((s) => s.key);
    expect(inputSheets).toEqual(['setup', 'actuals']);
  });

  test('count columns validate whole numbers 0 … 10^13, amounts (net: a refund is negative) decimals ±10^13', () => {
    const actuals = built[locale].sheets.find((s) => s.key === 'actuals')!;
    const kinds = actuals.validations.map((v) => v.kind);
    expect(kinds.filter((k) => k === 'decimal')).toHaveLength(3); // signed, collected, receivables
    expect(kinds.filter((k) => k === 'whole').length).toBeGreaterThanOrEqual(6);
    for (const v of actuals.validations) {
      if (v.kind === 'decimal') expect([v.min, v.max]).toEqual([-1e13, 1e13]);
      if (v.kind === 'whole') expect([v.min, v.max]).toEqual([0, 1e13]);
    }
  });

  test('conditional formats colour only what a visible formula says', () => {
    const dashboard = built[locale].sheets.find((s) => s.key === 'dashboard')!;
    const expressions = dashboard.conditionalFormats.filter((f) => f.kind === 'expression');
    // The Lagging row reads Status; every other expression colours one watched cell on its rule's condition.
    const rows = expressions.filter((f) => f.range.left !== f.range.right);
    expect(rows).toHaveLength(1);
    const rule = rows[0] as { formula: string };
    const cellRules = expressions.filter((f) => f.range.left === f.range.right);
    expect(cellRules).toHaveLength(2 * 9); // an amber and a red format for each rule wired to a column (all nine)
    for (const f of cellRules) {
      const own = `${columnLetter(f.range.left)}${f.range.top}`;
      expect(code((f as { formula: string }).formula)).toMatch(new RegExp(`ISNUMBER\\(${own}\\),(\\w+>0,)?${own}<`));
    }
    const statusHeader = [...cells(built[locale])].find(
      (c) => c.sheet.key === 'dashboard' && c.row === 4 && (c.value === 'Status' || c.value === '状态'),
    )!;
    const lagging = locale === 'en-US' ? 'Lagging' : '落后';
    expect(rule.formula).toBe(`=$${statusHeader.address.replace(/\d+$/, '')}5="${lagging}"`);
    expect(new Set(dashboard.conditionalFormats.map((f) => f.kind))).toEqual(new Set(['dataBar', 'expression', 'iconSet']));
  });

  test('append-only sheets are the review, change log and archive', () => {
    const appendOnly = built[locale].sheets.filter((s) => s.appendOnly).map((s) => s.key);
    expect(appendOnly).toEqual(['review', 'changeLog', 'archive']);
  });
});
