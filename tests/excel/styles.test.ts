/**
 * Role looks in Office.js terms: which border items a range gets. Inside borders only where the
 * range has lines between cells, so a single cell, row or column never asks for one it lacks.
 */
import { applyLook, columnWidthPoints, edgesOf } from '../../src/excel/styles';
import { ROLE_LOOKS } from '../../src/workbook/look';
import { ExcelDouble } from './double';

const ALL_SIDES = ['top', 'bottom', 'left', 'right'] as const;

describe('edgesOf', () => {
  it.each([
    [1, 1, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight']],
    [1, 3, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical']],
    [3, 1, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal']],
    [2, 2, ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']],
  ])('a box round every cell of %i×%i', (rows, columns, edges) => {
    expect(edgesOf(ALL_SIDES, { rows, columns })).toEqual(edges);
  });

  it('a line on one side (header, total) is an edge only, whatever the size', () => {
    expect(edgesOf(['bottom'], { rows: 5, columns: 5 })).toEqual(['EdgeBottom']);
    expect(edgesOf(['top'], { rows: 1, columns: 9 })).toEqual(['EdgeTop']);
  });
});

describe('applyLook on a single input cell', () => {
  it('draws its four sides', async () => {
    const excel = new ExcelDouble();
    await excel.run(async (context) => {
      applyLook(context.workbook.worksheets.add('One').getRange('C4'), 'input', { rows: 1, columns: 1 });
      await context.sync();
    });
    const color = ROLE_LOOKS.input.borders!.color;
    expect(excel.document.sheet('One').cellAt(4, 3)?.style.borders).toEqual({ top: color, bottom: color, left: color, right: color });
  });
});

describe('columnWidthPoints', () => {
  it('turns Excel’s default 8.43 characters into 48 pt (64 px)', () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(0)).toBe(0);
  });
});
