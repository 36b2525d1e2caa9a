import fc from 'fast-check';
import { buildPlan } from '../../src/workbook';
import { headerHeight, headerRowHeights, isWide, wrappedLines } from '../../src/workbook/header-heights';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { LOCALES } from '../../src/core/locale';
import type { SheetSpec } from '../../src/workbook/spec';

describe('wrappedLines: how many lines a header takes in its column', () => {
  it.each([
    ['Quota', 13, 1],
    ['Required per remaining period', 13, 3], // "Required per" / "remaining" / "period"
    ['Follow-ups vs team mean', 13, 2],
    ['Receivables', 5, 3], // a word longer than the line breaks inside it
    ['Line one\nline two', 40, 2],
    ['截至目前目标', 13, 1], // 6 × 2.1 = 12.6 characters
    ['截至目前目标', 12, 2],
    ['跟进次数/团队均值', 13, 2],
    ['新增客户数（累计）', 13, 2], // "（" stays with "累", "）" with "计"
    ['Lead → Qualified', 13, 2],
  ])('%j in %i characters: %i', (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it('counts a CJK character as about two Latin ones', () => {
    expect(isWide('目')).toBe(true);
    expect(isWide('（')).toBe(true);
    expect(isWide('A')).toBe(false);
    expect(isWide('→')).toBe(false);
    expect(wrappedLines('ABCDEF', 6)).toBe(1);
    expect(wrappedLines('目标分', 6)).toBe(2);
  });

  it('gives a hidden column one line, whatever its text', () => {
    expect(wrappedLines('Rank (helper)', 0)).toBe(1);
  });

  const text = fc
    .array(fc.constantFrom('a', 'bc', 'Quota', ' ', ' ', '目', '标', '（', '）', '/', '→', '-'), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('property: a wider column never needs more lines, and a text always takes at least one', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 20 }), (t, width, more) => {
        expect(wrappedLines(t, width)).toBeGreaterThanOrEqual(1);
        expect(wrappedLines(t, width + more)).toBeLessThanOrEqual(wrappedLines(t, width));
      }),
    );
  });

  it('property: a text as wide as its column, or narrower, is one line', () => {
    fc.assert(
      fc.property(text, (t) => {
        const width = [...t].reduce((sum, char) => sum + (isWide(char) ? 2.1 : 1), 0);
        expect(wrappedLines(t, Math.max(width, 1))).toBe(1);
      }),
    );
  });
});

describe('headerRowHeights', () => {
  const sheet = (blocks: SheetSpec['blocks'], columns: SheetSpec['columns']) => ({ blocks, columns });

  it('is 15 pt a line of Latin text and 17 pt a line with CJK, the tallest header of the row deciding', () => {
    expect(headerHeight('Quota', 13)).toBe(15);
    expect(headerHeight('Required per remaining period', 13)).toBe(45);
    expect(headerHeight('跟进次数/团队均值', 13)).toBe(34);
    const header = { at: { row: 4, column: 1 }, role: 'header' as const, cells: [['Rep ID', 'Required per remaining period']] };
    expect(headerRowHeights(sheet([header], [{ column: 1, through: 2, width: 13 }]))).toEqual([{ row: 4, height: 45 }]);
    // Columns without a setting have Excel's default width, 8.43: "Required" / "per" / "remaining" / "period".
    expect(headerRowHeights(sheet([header], []))).toEqual([{ row: 4, height: 60 }]);
  });

  it('leaves out hidden columns and rows without a header', () => {
    const blocks: SheetSpec['blocks'] = [
      { at: { row: 1, column: 1 }, role: 'title', cells: [['A long title that overflows to the right, never wrapped']] },
      { at: { row: 4, column: 1 }, role: 'header', cells: [['Rank', 'Rank (helper) with a very long header']] },
    ];
    expect(headerRowHeights(sheet(blocks, [{ column: 2, width: 3, hidden: true }]))).toEqual([{ row: 4, height: 15 }]);
  });

  it.each(LOCALES)('gives every header row of the sample plan its height (%s), the Dashboard three lines', (locale) => {
    const { setup, reps, inputs } = sampleInputs({ reps: 5, locale });
    const spec = buildPlan(setup, reps, inputs, locale);
    for (const built of spec.sheets) {
      const headerRows = [...new Set(built.blocks.filter((b) => b.role === 'header').map((b) => b.at.row))].sort((a, b) => a - b);
      expect({ sheet: built.key, rows: built.rowHeights?.map((h) => h.row) }).toEqual({ sheet: built.key, rows: headerRows });
      for (const { height } of built.rowHeights ?? []) expect(height).toBeGreaterThanOrEqual(15);
    }
    const dashboard = spec.sheets.find((s) => s.key === 'dashboard')!;
    // en-US: "Required per remaining period"; zh-CN: two lines of CJK, e.g. 跟进次数/团队均值.
    expect(dashboard.rowHeights).toEqual([{ row: 4, height: locale === 'en-US' ? 45 : 34 }]);
  });
});
