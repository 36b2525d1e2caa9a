/**
 * What every column catalog shares: a header in each locale, a number format by kind, a
 * width. Each sheet's catalog (dashboard.ts, targets.ts, …) declares its columns once with
 * these; the sheet builders, the model and the tests read the catalog, never a parallel list.
 */
import type { Locale } from '../../core/locale';

/** A header in every locale the workbook speaks. */
export type Localized = Readonly<Record<Locale, string>>;

/** How a column's numbers look; `money` is the plan's currency format. */
export type FormatKind = 'money' | 'percent' | 'ratio' | 'count' | 'date' | 'dateTime' | 'general';

/** The number formats behind each kind (money comes from the plan). */
export const FORMAT = {
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
  percent: '0.0%',
  ratio: '0.00',
  count: '0',
  general: 'General',
} as const;

/** The fields every catalog entry has. */
export interface ColumnBase<Key extends string> {
  key: Key;
  header: Localized;
  format: FormatKind;
  /** Width in characters (Excel's column width unit). */
  width: number;
}

/** Excel number format of a kind; `currencyFormat` is the plan's (e.g. `"¥#,##0"`). */
export function numberFormat(kind: FormatKind, currencyFormat: string): string {
  return kind === 'money' ? currencyFormat : FORMAT[kind];
}

/** Number formats of a list of columns, in order. */
export function numberFormats(columns: readonly { format: FormatKind }[], currencyFormat: string): string[] {
  return columns.map((c) => numberFormat(c.format, currencyFormat));
}

/** Headers of a list of columns in one locale, in order. */
export function headers(columns: readonly { header: Localized }[], locale: Locale): string[] {
  return columns.map((c) => c.header[locale]);
}
