/**
 * The workbook the double keeps in memory: sheets of cells (value, formula, number format,
 * style), column widths, freeze panes, protection, data validation and conditional formats,
 * defined names and custom XML parts. Proxies change it only at `sync()`, in queue order.
 *
 * Written values are interpreted the way Excel interprets what Office.js sends (see
 * {@link interpretWrite}); the double does not calculate, so a formula cell's value reads as
 * empty.
 */
import { MAX_COLUMNS, MAX_ROWS, MAX_SHEET_NAME } from '../../../src/workbook/excel-limits';
import { rectAddress } from '../../../src/workbook/a1';
import type { CellRect } from '../../../src/workbook/spec';
import { contains, intersects } from './address';
import { fail } from './errors';
import { mapReferences, shiftForInsertion, type Insertion } from './references';

export type Scalar = string | number | boolean;

export type ChangeHandler = (args: Excel.WorksheetChangedEventArgs) => Promise<unknown> | void;

/** Look of a cell; shared immutable objects (interned), so a million cells stay cheap. */
export interface CellStyle {
  readonly locked: boolean;
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly wrapText?: boolean;
  readonly verticalAlignment?: string;
  /** Edge → colour of a thin border on this cell. */
  readonly borders?: Readonly<Record<string, string>>;
}

export interface Cell {
  value: Scalar | null;
  formula?: string;
  numberFormat: string;
  /** Text written with a leading apostrophe: Excel keeps the text and hides the apostrophe. */
  quotePrefix?: boolean;
  style: CellStyle;
}

export const DEFAULT_STYLE: CellStyle = Object.freeze({ locked: true });

export interface ValidationEntry {
  rect: CellRect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface ConditionalFormatEntry {
  rect: CellRect;
  type: string;
  /** What the renderer set on it, by property path (`custom.rule.formula`, `dataBar.lowerBoundRule`). */
  props: Record<string, unknown>;
}

export interface ProtectionState {
  protected: boolean;
  password?: string;
  options: Record<string, unknown>;
}

const styleCache = new Map<string, CellStyle>();
/** The interned style equal to `style` (styles are compared by their JSON). */
export function intern(style: CellStyle): CellStyle {
  const key = JSON.stringify(style);
  let found = styleCache.get(key);
  if (!found) {
    found = Object.freeze({ ...style });
    styleCache.set(key, found);
  }
  return found;
}

export interface PrintState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** Points, as Excel keeps them (its defaults are 0.7 in left and right, 0.75 in top and bottom, 0.3 in header and footer). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  printOrder: 'DownThenOver' | 'OverThenDown';
  /** `$1:$4` style, or null for none. */
  titleRows: string | null;
  /** `$A:$B` style, or null for none. */
  titleColumns: string | null;
}

/** A new sheet's page setup: Excel's defaults. */
export function defaultPrint(): PrintState {
  return {
    orientation: 'Portrait',
    zoom: { scale: 100 },
    margins: { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
    printOrder: 'DownThenOver',
    titleRows: null,
    titleColumns: null,
  };
}

export class SheetState {
  readonly cells = new Map<number, Cell>();
  readonly columnWidths = new Map<number, number>();
  /** Rows given a height (points); the others have the default, 15. */
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  validations: ValidationEntry[] = [];
  conditionalFormats: ConditionalFormatEntry[] = [];
  protection: ProtectionState = { protected: false, options: {} };
  freeze = { rows: 0, columns: 0 };
  /** Page setup as the sheet would print: Excel's defaults until a renderer sets them. */
  print: PrintState = defaultPrint();
  tabColor = '';
  visibility = 'Visible';
  /** Cell notes (the yellow sticky kind), by cell key: what a person typed, kept by Excel. */
  readonly notes = new Map<number, string>();
  /** Names scoped to this sheet (`worksheet.names`), by lower-case name. */
  readonly names = new Map<string, NameState>();
  /** `worksheet.onChanged` handlers registered (after their sync). */
  readonly changeHandlers = new Set<ChangeHandler>();

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  /**
   * Tells every `onChanged` handler that cells of `rect` changed. Like Excel, later and on its
   * own: the handler runs after the request (or the co-author's edit) that made the change.
   */
  emitChanged(rect: CellRect, source: 'Local' | 'Remote'): void {
    const args = {
      type: 'WorksheetChanged',
      source,
      changeType: 'RangeEdited',
      worksheetId: this.id,
      address: rectAddress(rect),
    } as unknown as Excel.WorksheetChangedEventArgs;
    for (const handler of this.changeHandlers) setTimeout(() => void handler(args), 0);
  }

  static key(row: number, column: number): number {
    return (row - 1) * MAX_COLUMNS + (column - 1);
  }

  cellAt(row: number, column: number): Cell | undefined {
    return this.cells.get(SheetState.key(row, column));
  }

  /** The cell, created empty (unformatted, locked) when it was never touched. */
  ensure(row: number, column: number): Cell {
    const key = SheetState.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, numberFormat: 'General', style: DEFAULT_STYLE };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Calls `visit` on every cell of `rect`, creating them; refuses absurd areas (a renderer bug). */
  forEachCell(rect: CellRect, visit: (cell: Cell, row: number, column: number) => void): void {
    const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (area > 5_000_000) fail('InvalidArgument', `The double refuses to touch ${area} cells one by one.`);
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) visit(this.ensure(row, column), row, column);
    }
  }

  /** Existing cells inside `rect` (never creates any): for clears and used ranges. */
  existingIn(rect: CellRect): [number, Cell][] {
    const found: [number, Cell][] = [];
    for (const [key, cell] of this.cells) {
      const row = Math.floor(key / MAX_COLUMNS) + 1;
      const column = (key % MAX_COLUMNS) + 1;
      if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) found.push([key, cell]);
    }
    return found;
  }

  /** Puts a note on a cell, as a person does with New Note (a test API; empty text removes it). */
  setNote(row: number, column: number, text: string): void {
    if (text === '') this.notes.delete(SheetState.key(row, column));
    else this.notes.set(SheetState.key(row, column), text);
  }

  noteAt(row: number, column: number): string | undefined {
    return this.notes.get(SheetState.key(row, column));
  }

  /**
   * Types `value` into a cell as a second person in Excel would, straight into the document
   * (not through a request, so not in the add-in's write log): an unlocked cell of a
   * protected sheet takes it, a locked one refuses (AccessDenied).
   */
  typeAsCoauthor(row: number, column: number, value: unknown): void {
    const rect = { top: row, bottom: row, left: column, right: column };
    this.assertEditable(rect, 'contents');
    interpretWrite(this.ensure(row, column), value, `${this.name}!R${row}C${column}`);
    this.emitChanged(rect, 'Remote');
  }

  /** Whether a person may type into the cell (unprotected sheet, or an unlocked cell). */
  canType(row: number, column: number): boolean {
    return !this.protection.protected || !(this.cellAt(row, column)?.style ?? DEFAULT_STYLE).locked;
  }

  /** Cells with a value or formula (valuesOnly) or also with formats: Excel's used range. */
  usedRect(valuesOnly: boolean): CellRect | null {
    let rect: CellRect | null = null;
    for (const [key, cell] of this.cells) {
      const hasValue = cell.value !== null || cell.formula !== undefined;
      const hasFormat = cell.numberFormat !== 'General' || cell.style !== DEFAULT_STYLE;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const row = Math.floor(key / MAX_COLUMNS) + 1;
      const column = (key % MAX_COLUMNS) + 1;
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            bottom: Math.max(rect.bottom, row),
            left: Math.min(rect.left, column),
            right: Math.max(rect.right, column),
          }
        : { top: row, bottom: row, left: column, right: column };
    }
    return rect;
  }

  /** Writing to locked cells of a protected sheet fails, as in Excel. */
  assertEditable(rect: CellRect, what: 'contents' | 'formats'): void {
    if (!this.protection.protected) return;
    if (what === 'formats' && this.protection.options.allowFormatCells !== true) {
      fail('AccessDenied', `The sheet "${this.name}" is protected: its cells cannot be formatted.`);
    }
    if (what === 'contents') {
      const area = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      if (area > 5_000_000) fail('AccessDenied', `The sheet "${this.name}" is protected.`);
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let column = rect.left; column <= rect.right; column++) {
          const style = this.cellAt(row, column)?.style ?? DEFAULT_STYLE;
          if (style.locked) fail('AccessDenied', `The cell you're trying to change is on a protected sheet ("${this.name}").`);
        }
      }
    }
  }

  clear(rect: CellRect, applyTo: string): void {
    for (const [key, cell] of this.existingIn(rect)) {
      if (applyTo === 'All' || applyTo === 'Contents') {
        cell.value = null;
        cell.formula = undefined;
        cell.quotePrefix = undefined;
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        cell.numberFormat = 'General';
        cell.style = DEFAULT_STYLE;
      }
      if (cell.value === null && cell.formula === undefined && cell.numberFormat === 'General' && cell.style === DEFAULT_STYLE) {
        this.cells.delete(key);
      }
    }
    if (applyTo === 'All' || applyTo === 'Formats') {
      this.conditionalFormats = this.conditionalFormats.filter((cf) => !contains(rect, cf.rect));
    }
    // ClearApplyTo.all "clears everything in the range" (notes too, as Clear All does in Excel);
    // Contents and Formats leave notes alone.
    if (applyTo === 'All') {
      for (const key of [...this.notes.keys()]) {
        const row = Math.floor(key / MAX_COLUMNS) + 1;
        const column = (key % MAX_COLUMNS) + 1;
        if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) this.notes.delete(key);
      }
    }
  }

  /**
   * `Range.insert`: the cells of `rect`'s rows (Down) or columns (Right) from `rect` on move
   * away by its height (width) with their notes, validation and conditional formats; a range
   * spanning the insertion point grows. The new cells are empty and take the format of the
   * cells above (left), Excel's default for an insert. Whole rows carry their heights along.
   * Formulas and names are adjusted by {@link DocumentState.afterInsertion}.
   */
  insertCells(rect: CellRect, direction: 'Down' | 'Right'): Insertion {
    const down = direction === 'Down';
    const by = down ? rect.bottom - rect.top + 1 : rect.right - rect.left + 1;
    const at = down ? rect.top : rect.left;
    const span: [number, number] = down ? [rect.left, rect.right] : [rect.top, rect.bottom];
    const whole = down ? rect.left === 1 && rect.right === MAX_COLUMNS : rect.top === 1 && rect.bottom === MAX_ROWS;
    if (this.protection.protected) {
      const allowed = whole && this.protection.options[down ? 'allowInsertRows' : 'allowInsertColumns'] === true;
      if (!allowed) fail('AccessDenied', `The sheet "${this.name}" is protected: cells cannot be inserted.`);
    }
    const limit = down ? MAX_ROWS : MAX_COLUMNS;
    const place = (key: number) => ({ row: Math.floor(key / MAX_COLUMNS) + 1, column: (key % MAX_COLUMNS) + 1 });
    const moves = (row: number, column: number) => {
      const [along, across] = down ? [row, column] : [column, row];
      return along >= at && across >= span[0] && across <= span[1];
    };
    for (const [key, cell] of this.cells) {
      const { row, column } = place(key);
      if (moves(row, column) && (down ? row : column) + by > limit && (cell.value !== null || cell.formula !== undefined)) {
        fail(
          'NonBlankCellOffSheet',
          "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
        );
      }
    }
    const shiftMap = <V>(map: Map<number, V>) => {
      const moved: [number, V][] = [];
      for (const [key, value] of map) {
        const { row, column } = place(key);
        if (!moves(row, column)) continue;
        map.delete(key);
        const [r, c] = down ? [row + by, column] : [row, column + by];
        if ((down ? r : c) <= limit) moved.push([SheetState.key(r, c), value]);
      }
      for (const [key, value] of moved) map.set(key, value);
    };
    shiftMap(this.cells);
    shiftMap(this.notes);
    // The new cells take the format of the cells before them (above or to the left).
    if (at > 1) {
      for (let across = span[0]; across <= span[1]; across++) {
        const [r, c] = down ? [at - 1, across] : [across, at - 1];
        const source = this.cellAt(r, c);
        if (!source || (source.numberFormat === 'General' && source.style === DEFAULT_STYLE)) continue;
        for (let k = 0; k < by; k++) {
          const [nr, nc] = down ? [at + k, across] : [across, at + k];
          this.cells.set(SheetState.key(nr, nc), { value: null, numberFormat: source.numberFormat, style: source.style });
        }
      }
    }
    if (whole) {
      const sizes = down ? this.rowHeights : this.columnWidths;
      const entries = [...sizes].filter(([line]) => line >= at);
      for (const [line] of entries) sizes.delete(line);
      for (const [line, size] of entries) if (line + by <= limit) sizes.set(line + by, size);
    }
    const moveRect = (r: CellRect): CellRect => {
      const [lo, hi] = down ? [r.left, r.right] : [r.top, r.bottom];
      if (lo < span[0] || hi > span[1]) return r;
      const [first, last] = down ? (['top', 'bottom'] as const) : (['left', 'right'] as const);
      return { ...r, [first]: r[first] >= at ? r[first] + by : r[first], [last]: r[last] >= at ? r[last] + by : r[last] };
    };
    for (const v of this.validations) v.rect = moveRect(v.rect);
    for (const cf of this.conditionalFormats) cf.rect = moveRect(cf.rect);
    return { sheet: this.name, direction, at, by, span };
  }

  removeValidations(rect: CellRect): void {
    this.validations = this.validations.filter((v) => !intersects(v.rect, rect));
  }
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
}

export interface PartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export class DocumentState {
  sheets: SheetState[] = [];
  readonly names = new Map<string, NameState>();
  parts: PartState[] = [];
  /** What the user has selected (a test sets it, as a user would click; `range.select()` too). */
  selection = { sheet: 'Sheet1', address: 'A1' };
  /** The sheet on screen, by id (`worksheet.activate()`, `range.select()`); the first sheet until one is activated. */
  activeSheetId: string | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  /** A sheet by name or id, as `worksheets.getItem(key)` finds it. */
  findSheetByKey(key: string): SheetState | undefined {
    return this.findSheet(key) ?? this.sheets.find((s) => s.id === key);
  }

  /** After an insert, every formula and defined name that pointed at moved cells follows them, as in Excel. */
  afterInsertion(insertion: Insertion): void {
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) cell.formula = mapReferences(cell.formula, (ref) => shiftForInsertion(ref, sheet.name, insertion));
      }
      for (const name of sheet.names.values()) {
        name.formula = mapReferences(name.formula, (ref) => shiftForInsertion(ref, sheet.name, insertion));
      }
    }
    // A workbook name's unqualified reference has no sheet: only qualified ones can move.
    for (const name of this.names.values())
      name.formula = mapReferences(name.formula, (ref) => shiftForInsertion(ref, '\u0000', insertion));
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): SheetState {
    return this.findSheet(name) ?? fail('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}".`);
  }

  addSheet(name: string): SheetState {
    if (this.findSheet(name)) fail('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    if (!name || name.length > MAX_SHEET_NAME || /[:\\/?*[\]]/.test(name)) fail('InvalidArgument', `"${name}" is not a valid sheet name.`);
    const sheet = new SheetState(name, this.newId('sheet'));
    this.sheets.push(sheet);
    return sheet;
  }

  moveSheet(sheet: SheetState, position: number): void {
    const from = this.sheets.indexOf(sheet);
    if (position < 0 || position >= this.sheets.length) fail('InvalidArgument', `Position ${position} is out of range.`);
    this.sheets.splice(from, 1);
    this.sheets.splice(position, 0, sheet);
  }

  findName(name: string): NameState | undefined {
    return this.names.get(name.toLowerCase());
  }
}

/** Excel's reading of a number typed as text: `12`, `-3.5`, `1e3`, `50%`. */
function parseNumber(text: string): number | null {
  const m = /^\s*([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)(%?)\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return m[4] ? n / 100 : n;
}

/**
 * What Excel stores when Office.js writes `input` to a cell (through `values` or `formulas`):
 * - `null`: nothing changes (Office.js skips nulls);
 * - `''`: the cell is emptied;
 * - any string into a cell formatted as Text (`@`): that exact text;
 * - `'…`: the text after the apostrophe (the apostrophe is a prefix, not part of the value);
 * - `=…`: a formula; `+…`, `-…`, `@…`: a number when they read as one, else a formula — the
 *   Office.js reference says values starting with `+`, `-` or `=` are interpreted as formulas;
 * - a numeric string: a number; `TRUE`/`FALSE`: a boolean; anything else: text.
 * (Dates typed as text, such as `Mar 2026`, would become dates in Excel; the double does not
 * model that, so renderers must write text the safe way regardless.)
 */
export function interpretWrite(cell: Cell, input: unknown, where: string): void {
  if (input === null || input === undefined) return;
  cell.formula = undefined;
  cell.quotePrefix = undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail('InvalidArgument', `${where}: ${input} is not a number Excel can hold.`);
    cell.value = input;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string') fail('InvalidArgument', `${where}: cannot write a ${typeof input}.`);
  const text = input as string;
  if (text === '') {
    cell.value = null;
  } else if (cell.numberFormat === '@') {
    cell.value = text;
  } else if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
  } else if (text.startsWith('=')) {
    cell.value = null;
    cell.formula = text;
  } else if (/^[+\-@]/.test(text)) {
    const n = text.startsWith('@') ? null : parseNumber(text);
    if (n !== null) cell.value = n;
    else {
      cell.value = null;
      cell.formula = `=${text}`;
    }
  } else if (parseNumber(text) !== null) {
    cell.value = parseNumber(text);
  } else if (/^(true|false)$/i.test(text)) {
    cell.value = text.toLowerCase() === 'true';
  } else {
    cell.value = text;
  }
}
