/**
 * WorkbookSpec: the planning workbook as pure data.
 *
 * `buildPlan` (src/workbook) produces it; `src/excel` renders it through Office.js and
 * `src/xlsx` renders it to an .xlsx file. Both renderers must be faithful to it, so everything
 * a sheet needs is named here and nothing is left to a renderer's taste.
 *
 * Conventions:
 * - Positions are 1-based numbers, never A1 text: a block sits at a {@link CellPosition}, a
 *   column setting names column numbers, rules cover a {@link CellRect}. Only the renderers
 *   turn them into addresses (src/workbook/a1.ts), so nothing parses an address back.
 * - Formulas are Excel's en-US syntax with a leading `=` and plain function names
 *   (`=FORECAST.LINEAR(...)`), exactly what Office.js `range.formulas` takes; the .xlsx
 *   renderer adds the `_xlfn.` prefixes the file format needs.
 * - Dates are Excel serial numbers (1900 date system) with a date number format.
 */
import type { Locale } from '../core/locale';

/** A plain cell value. Dates are serial numbers. `null` is an empty cell. */
export type CellValue = string | number | boolean | null;

/** A formula cell. */
export interface FormulaCell {
  formula: string;
  /**
   * What the formula shows, as the plan's models compute it (`""` where it shows an empty
   * text). The .xlsx renderer stores it as the cell's cached result, so a file read without
   * recalculating (a mail or Teams preview, Power Query, pandas) shows the numbers; Excel
   * recalculates anyway, and the Office.js renderer ignores it. Absent: not known.
   */
  value?: Exclude<CellValue, null>;
}

/** One cell of a block: a value (written as a value, never parsed as a formula) or a formula. */
export type CellSpec = CellValue | FormulaCell;

export function isFormula(cell: CellSpec): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

/**
 * `cell` with its cached result when it is a formula; other cells are returned as they are.
 * `null` (a model's "shows nothing") is stored as `""`, which is what such a formula returns.
 */
export function withValue(cell: CellSpec, value: CellValue | undefined): CellSpec {
  if (!isFormula(cell) || value === undefined) return cell;
  return { formula: cell.formula, value: value ?? '' };
}

/** What a block is for; renderers map roles to styles (fills, fonts, borders, lock state). */
export type BlockRole =
  | 'title' // sheet title, large bold
  | 'note' // explanatory text, grey italic
  | 'header' // column headers, bold, filled, wrapped
  | 'label' // row labels (e.g. Setup parameter names)
  | 'value' // values the add-in wrote (plan decisions, snapshots), locked
  | 'formula' // live formulas, locked
  | 'total' // team totals row, bold with a top border, locked
  | 'input'; // user-owned cells: input style, unlocked, validated

/** Keys that make an input cell's identity stable across rebuilds. */
export interface InputKeys {
  /** One key per row, e.g. a Rep ID, or `"R007|2026-03"` for a rep's month, or a Setup parameter id. */
  rows: string[];
  /** One key per column, e.g. `"signed"`, `"newCustomers"`, or `"value"`. */
  columns: string[];
}

/** A cell by number: `{ row: 4, column: 2 }` is B4. */
export interface CellPosition {
  row: number;
  column: number;
}

/**
 * A rectangle of cells, both ends included: rows `top`…`bottom`, columns `left`…`right`.
 * B4:D9 is `{ top: 4, left: 2, bottom: 9, right: 4 }`; one cell has top = bottom, left = right.
 */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle of cells whose top-left cell is `at`. All rows have the same length. */
export interface BlockSpec {
  at: CellPosition;
  cells: CellSpec[][];
  role: BlockRole;
  /** Number format for every cell, or one per column. */
  numberFormat?: string | string[];
  /** Present exactly on `input` blocks. */
  inputKeys?: InputKeys;
}

export interface ColumnSpec {
  /** Column number (1 = A). */
  column: number;
  /** For a span of columns with the same setting: the last one (`column`…`through`). */
  through?: number;
  /** Width in characters (Excel's column width unit). */
  width: number;
  hidden?: boolean;
}

/** Data validation on a range of input cells. */
export type ValidationSpec =
  | { range: CellRect; kind: 'decimal'; min?: number; max?: number; message: string }
  | { range: CellRect; kind: 'whole'; min?: number; max?: number; message: string }
  | { range: CellRect; kind: 'date'; min?: number; max?: number; message: string }
  | { range: CellRect; kind: 'list'; values: string[]; message: string };

/**
 * Conditional formats only colour what a visible formula says (docs/ARCHITECTURE.md#workbook-rules):
 * `expression` rules test a Status cell, or a warning rule's condition on the cell they colour; icon sets and data bars show a number.
 */
export type ConditionalFormatSpec =
  | {
      kind: 'expression';
      range: CellRect;
      /** Relative to the top-left cell of `range`, e.g. `=$P5="Lagging"`. */
      formula: string;
      fill: string; // hex colour, "#RRGGBB"
      fontColor?: string;
    }
  | {
      kind: 'iconSet';
      range: CellRect;
      icons: IconSetName;
      /** Where the 2nd and 3rd icon start: numbers, or formulas (e.g. on a Setup name) that recalculate. */
      thresholds: [number | FormulaCell, number | FormulaCell];
    }
  | { kind: 'dataBar'; range: CellRect; color: string; min?: number; max?: number };

/** The icon sets a conditional format may show (src/workbook/look.ts names them for each renderer). */
export type IconSetName = '3TrafficLights' | '3Arrows' | '3Symbols';

export type SheetKey = 'setup' | 'targets' | 'actuals' | 'dashboard' | 'leaderboard' | 'review' | 'changeLog' | 'archive';

export interface SheetSpec {
  key: SheetKey;
  /** Localised name, e.g. "Targets" / "目标分解". */
  name: string;
  blocks: BlockSpec[];
  columns: ColumnSpec[];
  freeze?: { rows: number; columns: number };
  /** Protected without a password: formulas and layout locked, input blocks unlocked. */
  protected: boolean;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  tabColor?: string;
  /**
   * Append-only sheets (Review, Change log, Archive) keep rows the workbook already has:
   * a renderer writes `blocks` only below what exists. Others are rewritten whole.
   *
   * Convention: on an append-only sheet, blocks of role `value` are the *data rows* (only the
   * new ones: buildPlan gets just the new review rows, change-log entries or archived inputs);
   * every other block (title, note, header) is the sheet's *frame*, sits above the data and is
   * written only when the sheet is created. The Office.js renderer appends the data rows
   * below the sheet's last used row; a new file has no earlier rows, so the .xlsx renderer
   * writes the blocks where they are.
   */
  appendOnly?: boolean;
  /** Heights the spec decides (the header rows'), in ascending order of row, each row once. */
  rowHeights?: RowHeightSpec[];
  /** How the sheet prints or saves as PDF (finance reads these on paper too). */
  print?: PrintSpec;
}

/** The height of a row that holds cells (header rows: src/workbook/header-heights.ts decides them). */
export interface RowHeightSpec {
  row: number;
  /** Points (Excel's unit for row heights; the default row of 11 pt text is 15). */
  height: number;
}

/** Page margins in inches, Excel's unit in its Page Setup dialog and in the file. */
export interface PageMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

/**
 * How a sheet prints (src/workbook/print-layout.ts decides it): at a fixed scale, its columns
 * going on as many pages across as they need, the key columns repeated on each.
 */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  /** Percent, 10–400. A fixed scale, not "fit to page": text never prints smaller than decided. */
  scale: number;
  margins: PageMargins;
  /** Rows 1..n repeat at the top of every printed page (title and header rows). */
  repeatRows?: number;
  /** Columns 1..n repeat at the left of every printed page (the key columns, e.g. Rep ID and Name). */
  repeatColumns?: number;
  /** `overThenDown`: a page's rows are printed across every column group before the next rows. */
  pageOrder: 'downThenOver' | 'overThenDown';
}

/** A workbook-level defined name, e.g. `AsOfDate` → `'Setup'!$C$6`. */
export interface NamedRangeSpec {
  name: string;
  /** Absolute reference with the quoted sheet name, e.g. `'Setup'!$C$6`. */
  ref: string;
  comment?: string;
}

export interface WorkbookSpec {
  locale: Locale;
  sheets: SheetSpec[];
  names: NamedRangeSpec[];
}

/**
 * Inputs read back from an earlier build, keyed `sheetKey!rowKey!columnKey`
 * (see {@link inputKey}); `buildPlan` puts each value back where its key lives now,
 * and moves values whose key has no place any more to the Archive sheet.
 */
export type InputValues = Record<string, CellValue>;

export function inputKey(sheet: SheetKey, row: string, column: string): string {
  return `${sheet}!${row}!${column}`;
}
