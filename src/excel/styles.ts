/**
 * How each block role looks in Excel — the same look as the .xlsx export (src/xlsx/styles.ts):
 * inputs light yellow with a thin grey border and dark-blue text, the only unlocked cells;
 * headers bold on pale blue, wrapped, with a bottom rule; totals bold with a top rule.
 */
import type { BlockRole } from '../workbook/spec';

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

export interface RoleLook {
  locked: boolean;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: 'Center';
  /** Thin borders on these edges, in one colour. */
  borders?: { edges: Edge[]; color: string };
}

export const ROLE_LOOKS: Record<BlockRole, RoleLook> = {
  title: { locked: true, bold: true, fontSize: 14 },
  note: { locked: true, italic: true, fontColor: '#595959' },
  header: { locked: true, bold: true, fill: '#DDEBF7', wrapText: true, verticalAlignment: 'Center', borders: { edges: ['EdgeBottom'], color: '#8EA9DB' } },
  label: { locked: true },
  value: { locked: true },
  formula: { locked: true },
  total: { locked: true, bold: true, borders: { edges: ['EdgeTop'], color: '#404040' } },
  input: {
    locked: false,
    fontColor: '#1F4E79',
    fill: '#FFF2CC',
    // Every side of every cell, as the .xlsx export draws them.
    borders: { edges: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'], color: '#BFBFBF' },
  },
};

/** Queues the role's look on `range` (scalar properties: a few bytes whatever the size). */
export function applyLook(range: Excel.Range, role: BlockRole): void {
  const look = ROLE_LOOKS[role];
  const format = range.format;
  format.protection.locked = look.locked;
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.fontColor !== undefined) format.font.color = look.fontColor;
  if (look.fontSize !== undefined) format.font.size = look.fontSize;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.wrapText !== undefined) format.wrapText = look.wrapText;
  if (look.verticalAlignment !== undefined) format.verticalAlignment = look.verticalAlignment;
  for (const edge of look.borders?.edges ?? []) {
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
