/**
 * **Header rows tall enough for their wrapped text.** Header cells wrap (look.ts), but neither
 * Excel nor LibreOffice grows a row for text a program wrote: a three-line header such as
 * "Required per remaining period" would hang over the first data row. So the spec gives every
 * header row its height, estimated here from each header's text and its column's width, the
 * same in both renderers and both languages.
 *
 * The estimate leans generous (a row slightly too tall reads fine, one too short hides text):
 * a Latin character counts as one digit width of the default font (bold Calibri is narrower;
 * DejaVu Sans, which LibreOffice shows where Calibri is missing, about that), a CJK character
 * as 2.1 (the square glyph of 11 pt text is 14.7 px, the digit 7 px). Lines break as Excel
 * breaks them: at spaces, between CJK characters, inside a word only when it is longer than
 * the line; closing CJK punctuation stays with the character before it, opening punctuation
 * with the one after.
 */
import { columnWidths, lastColumn } from './column-widths';
import { MAX_ROW_HEIGHT } from './excel-limits';
import type { RowHeightSpec, SheetSpec } from './spec';

/**
 * Widths in characters (digit widths of the default font, 7 px). A column `w` characters wide
 * is `7w + 5` px, its text area about `7w` (the rest is the cell's margins): `w` characters.
 */
const LATIN = 1;
const WIDE = 2.1;
/** Points per line of 11 pt text: Excel's default row (Calibri), and a line with CJK characters (taller glyphs). */
const LINE_POINTS = 15;
const WIDE_LINE_POINTS = 17;

const CLOSING = new Set('）」』】〕》〉、，。：；！？');
const OPENING = new Set('（「『【〔《〈');

/** East Asian wide and full-width characters: Hangul, CJK, kana, full-width forms. */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

const unitsOf = (text: string) => [...text].reduce((sum, char) => sum + (isWide(char) ? WIDE : LATIN), 0);

/** A word's pieces a line may break between: Latin runs whole, CJK characters one by one (with their punctuation). */
function pieces(word: string): string[] {
  const found: string[] = [];
  let glueNext = false;
  for (const char of word) {
    const last = found.length - 1;
    const joinsLast =
      last >= 0 && (glueNext || CLOSING.has(char) || (!isWide(char) && !isWide([...found[last]].pop()!) && !OPENING.has(char)));
    if (joinsLast) found[last] += char;
    else found.push(char);
    glueNext = OPENING.has(char);
  }
  return found;
}

/**
 * How many lines `text` takes, wrapped in a column `width` characters wide (a line break in
 * the text starts a new line).
 *
 * @example
 * wrappedLines('Required per remaining period', 13); // => 3
 * wrappedLines('跟进次数/团队均值', 13); // => 2
 */
export function wrappedLines(text: string, width: number): number {
  if (width <= 0) return 1; // a hidden column shows nothing
  // Widths are sums of 1 and 2.1: compared with a tolerance, so a text that fits exactly fits.
  const fits = (units: number) => units <= width + 1e-9;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    const place = (units: number, space: number) => {
      if (used > 0 && !fits(used + space + units)) {
        lines++;
        used = units;
      } else used += (used > 0 ? space : 0) + units;
    };
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      pieces(word).forEach((piece, index) => {
        const space = index === 0 ? LATIN : 0;
        if (fits(unitsOf(piece))) return place(unitsOf(piece), space);
        // Longer than a line: broken where the line ends, character by character.
        [...piece].forEach((char, at) => place(unitsOf(char), at === 0 ? space : 0));
      });
    }
  }
  return lines;
}

/** Points a header cell's text needs in a column `width` characters wide. */
export function headerHeight(text: string, width: number): number {
  const line = [...text].some(isWide) ? WIDE_LINE_POINTS : LINE_POINTS;
  return Math.min(MAX_ROW_HEIGHT, wrappedLines(text, width) * line);
}

/** The height of every row that holds a header block: the tallest of its header cells. */
export function headerRowHeights(sheet: Pick<SheetSpec, 'blocks' | 'columns'>): RowHeightSpec[] {
  const widths = columnWidths(sheet, lastColumn(sheet));
  const heights = new Map<number, number>();
  for (const block of sheet.blocks.filter((b) => b.role === 'header')) {
    block.cells.forEach((cells, r) => {
      const row = block.at.row + r;
      cells.forEach((cell, c) => {
        const width = widths[block.at.column + c - 1];
        if (typeof cell !== 'string' || width === 0) return;
        heights.set(row, Math.max(heights.get(row) ?? LINE_POINTS, headerHeight(cell, width)));
      });
      if (!heights.has(row)) heights.set(row, LINE_POINTS);
    });
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}

/** The sheet with its header rows' heights ({@link headerRowHeights}). */
export function withHeaderHeights(sheet: SheetSpec): SheetSpec {
  const rowHeights = headerRowHeights(sheet);
  return rowHeights.length > 0 ? { ...sheet, rowHeights } : sheet;
}
