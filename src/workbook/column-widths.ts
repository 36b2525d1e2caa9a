/**
 * A sheet's column widths, in characters (Excel's unit: the width of a digit of the default
 * font), as the renderers set them: the header heights and the print layout both read them
 * from here.
 */
import type { SheetSpec } from './spec';

/** Excel's default column width, in characters (64 px, 48 pt). */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/** The last column any block of the sheet reaches (0 for a sheet without cells). */
export function lastColumn(sheet: Pick<SheetSpec, 'blocks'>): number {
  return sheet.blocks.reduce((last, block) => Math.max(last, block.at.column + (block.cells[0]?.length ?? 0) - 1), 0);
}

/**
 * The width in characters of columns 1…`through` (index 0 is column 1): what the sheet's
 * column settings say, Excel's default for the others, 0 for a hidden column.
 */
export function columnWidths(sheet: Pick<SheetSpec, 'columns'>, through: number): number[] {
  const widths = new Array<number>(through).fill(DEFAULT_COLUMN_WIDTH);
  for (const setting of sheet.columns) {
    for (let column = setting.column; column <= Math.min(setting.through ?? setting.column, through); column++) {
      widths[column - 1] = setting.hidden ? 0 : setting.width;
    }
  }
  return widths;
}
