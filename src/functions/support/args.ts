import { DomainError } from '../../core/errors';
import { Messages } from '../../core/messages';

/** A cell as Excel hands it to a custom function: blanks arrive as `null` (or `undefined` when omitted). */
export type ExcelScalar = number | string | boolean | null | undefined;
/** A range argument: always 2-D, one inner array per row. */
export type ExcelMatrix = ExcelScalar[][];

/** Which way a vector argument runs; array results keep it (docs/ARCHITECTURE.md#the-function-contract). */
export type Orientation = 'row' | 'column';

/** A 1-D reading of a row or column range, with the orientation to give results back in. */
export interface Vector<T> {
  values: T[];
  orientation: Orientation;
}

/** A required number. Booleans and text are `#VALUE!` (Excel's own arithmetic would accept neither text nor, in a function, a blank as an answer). */
export function requiredNumber(value: unknown, arg: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (value === null || value === undefined || value === '') {
    throw new DomainError('value', Messages.required(arg));
  }
  throw new DomainError('value', Messages.notNumber(arg));
}

/** An optional number: omitted or blank gives `fallback`. */
export function optionalNumber(value: unknown, arg: string, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  return requiredNumber(value, arg);
}

/** An optional text option matched case-insensitively against `choices`; omitted gives the first choice. */
export function optionalChoice<C extends string>(value: unknown, arg: string, choices: readonly C[]): C {
  if (value === null || value === undefined || value === '') return choices[0];
  const wanted = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  const match = choices.find((c) => c.toLowerCase() === wanted);
  if (match === undefined) throw new DomainError('value', Messages.notOneOf(arg, choices));
  return match;
}

/**
 * Reads a range that must be a single row or a single column (a single cell counts as a column).
 * `cell` converts each element; it sees blanks as `null`.
 */
export function vector<T>(matrix: unknown, arg: string, cell: (value: ExcelScalar) => T): Vector<T> {
  const rows = asMatrix(matrix, arg);
  // Plain loops: these run over every cell of a range, and a call per cell is most of a function's cost.
  if (rows.length === 1 && rows[0].length > 1) {
    const row = rows[0];
    const values = new Array<T>(row.length);
    for (let i = 0; i < row.length; i++) values[i] = cell(row[i]);
    return { values, orientation: 'row' };
  }
  if (rows[0].length === 1) {
    const values = new Array<T>(rows.length);
    for (let i = 0; i < rows.length; i++) values[i] = cell(rows[i][0]);
    return { values, orientation: 'column' };
  }
  throw new DomainError('value', Messages.notVector(arg));
}

/** A 2-D range argument, checked to be rectangular and non-empty; a lone value counts as 1×1. */
export function asMatrix(matrix: unknown, arg: string): ExcelMatrix {
  if (!Array.isArray(matrix)) return [[matrix as ExcelScalar]];
  if (matrix.length === 0) throw new DomainError('value', Messages.empty(arg));
  const width = Array.isArray(matrix[0]) ? (matrix[0] as unknown[]).length : 0;
  for (let i = 0; i < matrix.length; i++) {
    const row: unknown = matrix[i];
    if (!Array.isArray(row) || row.length === 0) throw new DomainError('value', Messages.empty(arg));
    if (row.length !== width) throw new DomainError('value', Messages.notRectangular(arg));
  }
  return matrix as ExcelMatrix;
}

/** Element converter: a number, with a blank read as 0 (e.g. weights). */
export const numberOrZero =
  (arg: string) =>
  (value: ExcelScalar): number =>
    value === null || value === undefined || value === '' ? 0 : requiredNumber(value, arg);

/** Element converter: a number, or `null` for a blank that the function skips. */
export const numberOrBlank =
  (arg: string) =>
  (value: ExcelScalar): number | null =>
    value === null || value === undefined || value === '' ? null : requiredNumber(value, arg);

/** Element converter: a number that must be there (e.g. rates, where a blank would shift the rest). */
export const numberNotBlank =
  (arg: string) =>
  (value: ExcelScalar): number => {
    if (value === null || value === undefined || value === '') throw new DomainError('value', Messages.blankCell(arg));
    return requiredNumber(value, arg);
  };

/** True for an optional range left out: omitted, a blank, or a range of blank cells only. */
export function isBlankRange(value: unknown): boolean {
  if (!Array.isArray(value)) return isBlank(value);
  for (const row of value as unknown[]) {
    if (!Array.isArray(row)) {
      if (!isBlank(row)) return false;
      continue;
    }
    for (const cell of row as unknown[]) if (!isBlank(cell)) return false;
  }
  return true;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Gives a 1-D result back in the orientation of the range it came from. */
export function shaped<T>(values: readonly T[], orientation: Orientation): T[][] {
  if (orientation === 'row') return [values.slice()];
  const column = new Array<T[]>(values.length);
  for (let i = 0; i < values.length; i++) column[i] = [values[i]];
  return column;
}
