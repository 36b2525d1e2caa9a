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
  if (rows.length === 1 && rows[0].length > 1) {
    return { values: rows[0].map(cell), orientation: 'row' };
  }
  if (rows.every((r) => r.length === 1)) {
    return { values: rows.map((r) => cell(r[0])), orientation: 'column' };
  }
  throw new DomainError('value', Messages.notVector(arg));
}

/** A 2-D range argument, checked to be rectangular and non-empty; a lone value counts as 1×1. */
export function asMatrix(matrix: unknown, arg: string): ExcelMatrix {
  if (!Array.isArray(matrix)) return [[matrix as ExcelScalar]];
  if (matrix.length === 0 || !matrix.every((r) => Array.isArray(r) && r.length > 0)) {
    throw new DomainError('value', Messages.empty(arg));
  }
  const width = (matrix[0] as unknown[]).length;
  if (!matrix.every((r) => (r as unknown[]).length === width)) {
    throw new DomainError('value', Messages.notRectangular(arg));
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
  const blank = (v: unknown) => v === null || v === undefined || v === '';
  if (!Array.isArray(value)) return blank(value);
  return value.every((row) => (Array.isArray(row) ? row.every(blank) : blank(row)));
}

/** Gives a 1-D result back in the orientation of the range it came from. */
export function shaped<T>(values: readonly T[], orientation: Orientation): T[][] {
  return orientation === 'row' ? [values.slice()] : values.map((v) => [v]);
}
