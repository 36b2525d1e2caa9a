/**
 * Excel's limits: facts of the product, the same through Office.js and in a file. Both
 * renderers and the Excel double take them from here (the last date is core's
 * `MAX_EXCEL_DATE`, where the date conversions live).
 */

/** Rows and columns of a worksheet: A1 to XFD1048576. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Characters in a sheet name. */
export const MAX_SHEET_NAME = 31;

/** Characters a cell holds (Excel's specifications and limits). */
export const MAX_CELL_TEXT = 32_767;

/** Characters of a column's width. */
export const MAX_COLUMN_WIDTH = 255;

/** Excel's largest number: the open ends of an unbounded numeric check. */
export const MAX_NUMBER = 9.99999999999999e307;

/** Characters of an inline validation list (`a,b,c`). */
const MAX_INLINE_LIST = 255;

/** Bytes of one Office.js request, and of its response, that Excel on the web accepts (5 MB). */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

/**
 * **Inline list** of a list validation, `a,b,c`: Excel splits it at commas, so a value may
 * hold none, and the whole list fits in {@link MAX_INLINE_LIST} characters.
 *
 * @example
 * inlineList(['Yes', 'No'], 'C5'); // => 'Yes,No'
 * @throws {Error} naming `where` when a value holds a comma or the list is too long
 */
export function inlineList(values: readonly string[], where: string): string {
  const list = values.join(',');
  if (values.some((value) => value.includes(',')) || list.length > MAX_INLINE_LIST) {
    throw new Error(`List validation on ${where}: values must have no commas and fit in ${MAX_INLINE_LIST} characters`);
  }
  return list;
}

/** Points of a row's height. */
export const MAX_ROW_HEIGHT = 409;
