/**
 * The role looks of src/workbook/look.ts as ExcelJS cell styles: colours in ARGB, a thin line
 * on the named sides of every cell, and the lock state.
 */
import type { Borders, Style } from 'exceljs';
import { ROLE_LOOKS, type RoleLook } from '../workbook/look';
import type { BlockRole } from '../workbook/spec';

/** `#RRGGBB` → ExcelJS's opaque ARGB. */
export function argb(hex: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!match) throw new Error(`Not a colour: "${hex}" (expected #RRGGBB)`);
  return `FF${match[1].toUpperCase()}`;
}

/** A role's look as an ExcelJS style (without the lock state, which StyleBook adds). */
export function styleOf(look: RoleLook): Partial<Style> {
  const font = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.fontSize ? { size: look.fontSize } : {}),
    ...(look.fontColor ? { color: { argb: argb(look.fontColor) } } : {}),
  };
  const alignment = { ...(look.wrapText ? { wrapText: true } : {}), ...(look.middle ? { vertical: 'middle' as const } : {}) };
  const borders = look.borders;
  const line = borders && { style: 'thin' as const, color: { argb: argb(borders.color) } };
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(look.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } } } : {}),
    ...(borders ? { border: Object.fromEntries(borders.sides.map((side) => [side, line])) as Partial<Borders> } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
  };
}

/**
 * Hands out one frozen style object per (role, number format). ExcelJS recognises a style object
 * it has seen before by identity, so sharing them keeps a 1.2-million-cell sheet fast and the
 * file's style table small.
 */
export class StyleBook {
  private readonly styles = new Map<string, Partial<Style>>();

  styleFor(role: BlockRole, numberFormat: string | undefined): Partial<Style> {
    const key = `${role}\u0000${numberFormat ?? ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = Object.freeze({
        ...styleOf(ROLE_LOOKS[role]),
        ...(numberFormat ? { numFmt: numberFormat } : {}),
        protection: { locked: ROLE_LOOKS[role].locked },
      });
      this.styles.set(key, style);
    }
    return style;
  }
}
