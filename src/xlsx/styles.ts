/**
 * Cell styles per block role. Roles are the spec's vocabulary; how they look is decided here
 * (and mirrored by the Office.js renderer): inputs are light yellow with a thin border and blue
 * text, the usual spreadsheet convention for "type here", and they are the only unlocked cells.
 */
import type { Style } from 'exceljs';
import type { BlockRole } from '../workbook/spec';

const INPUT_FILL = 'FFFFF2CC'; // light yellow
const INPUT_BORDER = 'FFBFBFBF'; // light grey
const INPUT_FONT = 'FF1F4E79'; // dark blue
const HEADER_FILL = 'FFDDEBF7'; // pale blue
const HEADER_BORDER = 'FF8EA9DB';
const NOTE_FONT = 'FF595959'; // grey
const TOTAL_BORDER = 'FF404040';

const thin = (argb: string) => ({ style: 'thin' as const, color: { argb } });

const ROLE_STYLES: Record<BlockRole, Partial<Style>> = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true, color: { argb: NOTE_FONT } } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
    border: { bottom: thin(HEADER_BORDER) },
    alignment: { wrapText: true, vertical: 'middle' },
  },
  label: {},
  value: {},
  formula: {},
  total: { font: { bold: true }, border: { top: thin(TOTAL_BORDER) } },
  input: {
    font: { color: { argb: INPUT_FONT } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } },
    border: { top: thin(INPUT_BORDER), left: thin(INPUT_BORDER), bottom: thin(INPUT_BORDER), right: thin(INPUT_BORDER) },
  },
};

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
        ...ROLE_STYLES[role],
        ...(numberFormat ? { numFmt: numberFormat } : {}),
        protection: { locked: role !== 'input' },
      });
      this.styles.set(key, style);
    }
    return style;
  }
}
