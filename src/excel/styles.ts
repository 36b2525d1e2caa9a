/**
 * The role looks of src/workbook/look.ts in Office.js terms: range format properties, and
 * each cell's sides as the range's edge and inside borders.
 */
import { ROLE_LOOKS, type CellSide } from '../workbook/look';
import type { BlockRole } from '../workbook/spec';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

const EDGES: Record<CellSide, Edge> = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' };

/** How many rows and columns the styled range has. */
export interface RangeShape {
  rows: number;
  columns: number;
}

/**
 * The borders of a range that draw `sides` of each of its cells: its edges, and the inside
 * lines where a cell has both sides that meet there (header and total blocks, which have a
 * line on one side only, are one row tall). Inside lines only where the range has some: a
 * single row has no InsideHorizontal, a single column no InsideVertical, a 1×1 input block only
 * its four edges. Inside borders are drawn between cells; what Excel does when asked for one a
 * range does not have is not documented for Office.js (VBA's Borders(xlInside…) fails there),
 * so we never ask.
 */
export function edgesOf(sides: readonly CellSide[], shape: RangeShape): Edge[] {
  const edges = sides.map((side) => EDGES[side]);
  if (shape.rows > 1 && sides.includes('top') && sides.includes('bottom')) edges.push('InsideHorizontal');
  if (shape.columns > 1 && sides.includes('left') && sides.includes('right')) edges.push('InsideVertical');
  return edges;
}

/** Queues the role's look on `range`, of `shape` (scalar properties: a few bytes whatever the size). */
export function applyLook(range: Excel.Range, role: BlockRole, shape: RangeShape): void {
  const look = ROLE_LOOKS[role];
  const format = range.format;
  format.protection.locked = look.locked;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.fontColor !== undefined) format.font.color = look.fontColor;
  if (look.fontSize !== undefined) format.font.size = look.fontSize;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText !== undefined) format.wrapText = look.wrapText;
  if (look.middle) format.verticalAlignment = 'Center';
  for (const edge of edgesOf(look.borders?.sides ?? [], shape)) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = look.borders!.color;
  }
}

/**
 * Excel's column width in characters (of the default font's digit, 7 px) → points, the unit
 * of `format.columnWidth`: 5 px of padding, 0.75 pt per px. The default 8.43 → 64 px → 48 pt.
 */
export function columnWidthPoints(characters: number): number {
  if (characters <= 0) return 0;
  return Math.trunc(characters * 7 + 5) * 0.75;
}
