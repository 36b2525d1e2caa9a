/**
 * A1 references inside formula text, for what Excel does to formulas when cells move:
 * inserting cells shifts every reference to the cells that moved (and grows a range that
 * spans the insertion point); copying a formula shifts its relative (`$`-less) parts by the
 * offset from the source. String literals are left alone; defined names and functions are
 * not references (a letters-then-digits token followed by `(`, a letter or `_` is not one).
 */
import { columnLetter, columnNumber } from '../../../src/workbook/a1';
import { MAX_COLUMNS, MAX_ROWS } from '../../../src/workbook/excel-limits';

/** One end of a reference: row and column numbers and which of them are absolute. */
export interface RefEnd {
  row: number;
  column: number;
  rowAbsolute: boolean;
  columnAbsolute: boolean;
}

/** A reference: a cell (`from === to`), a range, whole rows (`5:7`) or whole columns (`A:C`). */
export interface Ref {
  sheet: string | null;
  from: RefEnd;
  to: RefEnd;
  kind: 'cells' | 'rows' | 'columns';
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!`;
const CELL = String.raw`(\$?)([A-Z]{1,3})(\$?)(\d+)`;
const REF = new RegExp(
  String.raw`(?<![\w.$'])(?:${SHEET})?(?:${CELL}(?::${CELL})?|(\$?)(\d+):(\$?)(\d+)|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3}))(?![\w(!])`,
  'g',
);

function end(rowAbs: string, row: string, colAbs: string, column: string): RefEnd {
  return { row: Number(row), column: columnNumber(column), rowAbsolute: rowAbs === '$', columnAbsolute: colAbs === '$' };
}

function parse(m: RegExpExecArray): Ref | null {
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  if (m[4] !== undefined) {
    const from = end(m[5], m[6], m[3], m[4]);
    const to = m[8] !== undefined ? end(m[9], m[10], m[7], m[8]) : from;
    if (from.column > MAX_COLUMNS || to.column > MAX_COLUMNS) return null; // a name like ABCD1 is no cell
    return { sheet, from, to, kind: 'cells' };
  }
  if (m[12] !== undefined) {
    const from = { row: Number(m[12]), column: 1, rowAbsolute: m[11] === '$', columnAbsolute: true };
    const to = { row: Number(m[14]), column: MAX_COLUMNS, rowAbsolute: m[13] === '$', columnAbsolute: true };
    return { sheet, from, to, kind: 'rows' };
  }
  const from = { row: 1, column: columnNumber(m[16]), rowAbsolute: true, columnAbsolute: m[15] === '$' };
  const to = { row: MAX_ROWS, column: columnNumber(m[18]), rowAbsolute: true, columnAbsolute: m[17] === '$' };
  return { sheet, from, to, kind: 'columns' };
}

function quote(sheet: string): string {
  return /^[A-Za-z_][\w.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function format(ref: Ref): string | null {
  const { from, to } = ref;
  const prefix = ref.sheet === null ? '' : `${quote(ref.sheet)}!`;
  const cell = (e: RefEnd) => `${e.columnAbsolute ? '$' : ''}${columnLetter(e.column)}${e.rowAbsolute ? '$' : ''}${e.row}`;
  const invalid = (e: RefEnd) => e.row < 1 || e.row > MAX_ROWS || e.column < 1 || e.column > MAX_COLUMNS;
  if (invalid(from) || invalid(to)) return null;
  if (ref.kind === 'rows') return `${prefix}${from.rowAbsolute ? '$' : ''}${from.row}:${to.rowAbsolute ? '$' : ''}${to.row}`;
  if (ref.kind === 'columns') {
    return `${prefix}${from.columnAbsolute ? '$' : ''}${columnLetter(from.column)}:${to.columnAbsolute ? '$' : ''}${columnLetter(to.column)}`;
  }
  const same =
    from.row === to.row && from.column === to.column && from.rowAbsolute === to.rowAbsolute && from.columnAbsolute === to.columnAbsolute;
  return `${prefix}${cell(from)}${same ? '' : `:${cell(to)}`}`;
}

/**
 * Rewrites every reference in `formula` with `change` (null leaves it as it was; a change to
 * a place off the sheet becomes `#REF!`, as in Excel). Text in double quotes is not touched.
 */
export function mapReferences(formula: string, change: (ref: Ref) => Ref | null): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, index) => {
      if (index % 2 === 1) return part; // a string literal
      return part.replace(REF, (...args) => {
        const m = args.slice(0, -2) as unknown as RegExpExecArray;
        const ref = parse(m);
        if (!ref) return m[0];
        const next = change(ref);
        return next ? (format(next) ?? '#REF!') : m[0];
      });
    })
    .join('');
}

/** What inserting cells did: on `sheet`, rows (or columns) from `at` on, within `span`, moved by `by`. */
export interface Insertion {
  sheet: string;
  direction: 'Down' | 'Right';
  at: number;
  by: number;
  /** The columns (Down) or rows (Right) that moved: whole rows/columns span the sheet. */
  span: [number, number];
}

/**
 * A reference after an insertion, or null when it is unchanged. `hostSheet` is the sheet the
 * formula lives on (an unqualified reference points there). A reference moves when it lies
 * within the moved span; a range that starts before the insertion point and ends at or after
 * it grows (Excel's rule for inserting inside a referenced range).
 */
export function shiftForInsertion(ref: Ref, hostSheet: string, insertion: Insertion): Ref | null {
  const target = ref.sheet ?? hostSheet;
  if (target.toLowerCase() !== insertion.sheet.toLowerCase()) return null;
  const down = insertion.direction === 'Down';
  const [lo, hi] = insertion.span;
  const across = down ? [ref.from.column, ref.to.column] : [ref.from.row, ref.to.row];
  if (across[0] < lo || across[1] > hi) return null; // not wholly in the cells that moved
  if ((down && ref.kind === 'columns') || (!down && ref.kind === 'rows')) return null; // whole columns do not move down
  const key = down ? 'row' : 'column';
  const move = (e: RefEnd): RefEnd => (e[key] >= insertion.at ? { ...e, [key]: e[key] + insertion.by } : e);
  const from = move(ref.from);
  const to = move(ref.to);
  if (from === ref.from && to === ref.to) return null;
  return { ...ref, from, to };
}

/** A copied formula's reference: its relative parts move by the offset; absolute parts stay. */
export function shiftRelative(ref: Ref, rows: number, columns: number): Ref {
  const move = (e: RefEnd): RefEnd => ({
    ...e,
    row: e.rowAbsolute ? e.row : e.row + rows,
    column: e.columnAbsolute ? e.column : e.column + columns,
  });
  if (ref.kind === 'rows') return { ...ref, from: { ...move(ref.from), column: 1 }, to: { ...move(ref.to), column: MAX_COLUMNS } };
  if (ref.kind === 'columns') return { ...ref, from: { ...move(ref.from), row: 1 }, to: { ...move(ref.to), row: MAX_ROWS } };
  return { ...ref, from: move(ref.from), to: move(ref.to) };
}
