/**
 * Writes a sheet's blocks row by row, in ascending order, as a streaming writer needs: a row once
 * committed cannot be touched again. Blocks are rectangles that may sit side by side on the same
 * rows (labels beside values beside formulas), so rows are assembled from every block covering them.
 */
import { xmlText } from './xml-text';
import type { Cell, Row, Style, Worksheet } from 'exceljs';
import { cell as address } from '../workbook/a1';
import { isFormula, type BlockSpec, type CellSpec, type FormulaCell, type SheetSpec } from '../workbook/spec';
import { toFileFormula } from './future-functions';
import type { StyleBook } from './styles';

interface PlacedBlock {
  block: BlockSpec;
  top: number;
  left: number;
  bottom: number;
  /** One style per column of the block (number formats may differ by column). */
  styles: Partial<Style>[];
}

function place(block: BlockSpec, styles: StyleBook, sheetName: string): PlacedBlock {
  const { row: top, column: left } = block.at;
  const width = block.cells[0]?.length ?? 0;
  block.cells.forEach((cells, index) => {
    if (cells.length !== width) {
      throw new Error(`Block at ${sheetName}!${address(left, top)}: row ${index + 1} has ${cells.length} cells, not ${width}`);
    }
  });
  const formatOf = (column: number) => (Array.isArray(block.numberFormat) ? block.numberFormat[column] : block.numberFormat);
  return {
    block,
    top,
    left,
    bottom: top + block.cells.length - 1,
    styles: Array.from({ length: width }, (_, column) => styles.styleFor(block.role, formatOf(column))),
  };
}

/**
 * A formula with its cached result, when the spec knows it: ExcelJS writes a text result as
 * `t="str"` (`<v></v>` for ""), as Excel does, a number as `<v>`, a boolean as `t="b"`. A
 * non-finite number has no representation in a cell: the formula goes without a result.
 */
function formulaValue(cell: FormulaCell): Cell['value'] {
  const formula = toFileFormula(cell.formula);
  const { value } = cell;
  const known = value !== undefined && (typeof value !== 'number' || Number.isFinite(value));
  const result = typeof value === 'string' ? xmlText(value) : value;
  return (known ? { formula, result } : { formula }) as Cell['value'];
}

/** The ExcelJS value for a spec cell. Strings stay strings: ExcelJS never parses `=…` text. */
function excelValue(cell: CellSpec, where: () => string): Cell['value'] {
  if (isFormula(cell)) return formulaValue(cell);
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    // NaN/Infinity have no cell representation; writing them would corrupt the file.
    throw new Error(`${where()}: ${cell} is not a finite number`);
  }
  return typeof cell === 'string' ? xmlText(cell) : cell;
}

/**
 * ExcelJS's streaming writer drops a row that has no values, even when its cells carry styles; a
 * fresh plan's empty input rows must still be written, styled and unlocked.
 */
export function keepEvenIfEmpty(row: Row): void {
  Object.defineProperty(row, 'hasValues', { value: true });
}

function writeRow(sheet: Worksheet, rowNumber: number, active: PlacedBlock[], sheetName: string, height: number | undefined): void {
  const row = sheet.getRow(rowNumber);
  if (height !== undefined) row.height = height;
  let empty = true;
  for (const placed of active) {
    const cells = placed.block.cells[rowNumber - placed.top];
    cells.forEach((spec, index) => {
      const column = placed.left + index;
      const cell = row.getCell(column);
      cell.value = excelValue(spec, () => `${sheetName}!${address(column, rowNumber)}`);
      cell.style = placed.styles[index];
      if (spec !== null) empty = false;
    });
  }
  if (empty) keepEvenIfEmpty(row);
  row.commit();
}

/** Writes every block of `spec` into `sheet`, committing rows top to bottom, each with its height if the spec gives one. */
export function writeBlocks(sheet: Worksheet, spec: SheetSpec, styles: StyleBook): void {
  if (!spec.blocks.some((block) => block.cells.length > 0 && block.cells[0].length > 0)) {
    // The streaming writer writes column widths with the first row; a sheet without rows
    // would lose them, so it gets one empty row (an unstyled blank cell, written as nothing).
    const row = sheet.getRow(1);
    row.getCell(1);
    keepEvenIfEmpty(row);
    row.commit();
    return;
  }
  const placed = spec.blocks
    .filter((block) => block.cells.length > 0 && block.cells[0].length > 0)
    .map((block) => place(block, styles, spec.name))
    .sort((a, b) => a.top - b.top);
  const heights = new Map((spec.rowHeights ?? []).map(({ row, height }) => [row, height]));
  let active: PlacedBlock[] = [];
  let next = 0; // index of the next block to become active
  let rowNumber = placed.length > 0 ? placed[0].top : 0;
  while (next < placed.length || active.length > 0) {
    if (active.length === 0) rowNumber = Math.max(rowNumber, placed[next].top); // skip a gap
    while (next < placed.length && placed[next].top === rowNumber) active.push(placed[next++]);
    writeRow(sheet, rowNumber, active, spec.name, heights.get(rowNumber));
    active = active.filter((block) => block.bottom > rowNumber);
    rowNumber++;
  }
}
