/**
 * `Excel.Range` and what hangs off it: values, formulas and number formats (2-D arrays that
 * must match the range's size), format (column width, fill, font, wrap, borders, locked),
 * data validation and conditional formats.
 */
import { parseRange, rectAddress } from '../../../src/workbook/a1';
import { MAX_COLUMN_WIDTH, MAX_ROW_HEIGHT } from '../../../src/workbook/excel-limits';
import type { CellRect } from '../../../src/workbook/spec';
import { columns, intersects, quoteSheetName, rows } from './address';
import {
  intern,
  interpretWrite,
  DEFAULT_STYLE,
  type Cell,
  type CellStyle,
  type ConditionalFormatEntry,
  type DocumentState,
  type SheetState,
} from './document';
import { fail } from './errors';
import { mapReferences, shiftRelative } from './references';
import { ProxyDouble } from './proxy';
import type { RequestQueue } from './request';

export interface RangeTarget {
  sheet: SheetState;
  rect: CellRect;
}

/** Excel's default column width: 8.43 characters = 64 px = 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height for Calibri 11, in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** More rows than a renderer ever sizes one by one: the double refuses it (a renderer bug). */
const MAX_SIZED_ROWS = 100_000;

function checkMatrix(matrix: unknown, rect: CellRect): unknown[][] {
  if (!Array.isArray(matrix) || matrix.some((row) => !Array.isArray(row))) {
    fail('InvalidArgument', 'The argument is invalid or missing: expected a two-dimensional array.');
  }
  const m = matrix as unknown[][];
  if (m.length !== rows(rect) || m.some((row) => row.length !== columns(rect))) {
    fail('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return m;
}

function readMatrix(target: RangeTarget, read: (cell: Cell | undefined) => unknown): unknown[][] {
  const { sheet, rect } = target;
  if (rows(rect) * columns(rect) > 5_000_000) fail('InvalidArgument', 'The double refuses to read a whole sheet cell by cell.');
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(sheet.cellAt(r, c)));
    out.push(row);
  }
  return out;
}

const valueOf = (cell: Cell | undefined) => (cell && cell.value !== null ? cell.value : '');

export class RangeDouble extends ProxyDouble<RangeTarget> {
  readonly format: RangeFormatDouble;
  readonly dataValidation: DataValidationDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;

  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => RangeTarget | undefined,
    nullable = false,
    /** The workbook, for what reaches beyond the sheet (formulas elsewhere that follow an insert, a copy's source sheet). */
    private readonly doc?: DocumentState,
  ) {
    super(queue, path, resolver, nullable);
    const resolveTarget = () => this.resolve();
    this.format = new RangeFormatDouble(queue, `${path}.format`, resolveTarget);
    this.dataValidation = new DataValidationDouble(queue, `${path}.dataValidation`, resolveTarget);
    this.conditionalFormats = new ConditionalFormatCollectionDouble(queue, `${path}.conditionalFormats`, resolveTarget);
  }

  protected defaultProps(): string[] {
    return ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'formulas', 'numberFormat'];
  }

  protected snapshot({ sheet, rect }: RangeTarget, prop: string): unknown {
    switch (prop) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
      case 'rowCount':
        return rows(rect);
      case 'columnCount':
        return columns(rect);
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
      case 'values':
        return readMatrix({ sheet, rect }, valueOf);
      case 'formulas':
        return readMatrix({ sheet, rect }, (cell) => cell?.formula ?? valueOf(cell));
      case 'numberFormat':
        return readMatrix({ sheet, rect }, (cell) => cell?.numberFormat ?? 'General');
      default:
        return fail('InvalidArgument', `The double's Range has no property "${prop}".`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  /** Selects the range in the UI, on its sheet (which comes to the front). */
  select(): void {
    this.op('select', [], ({ sheet, rect }) => {
      if (this.doc) {
        this.doc.selection = { sheet: sheet.name, address: rectAddress(rect) };
        this.doc.activeSheetId = sheet.id;
      }
    });
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(matrix: unknown[][]) {
    this.writeContents('values', matrix);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.writeContents('formulas', matrix);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.setProp('numberFormat', matrix, ({ sheet, rect }) => {
      const m = checkMatrix(matrix, rect);
      sheet.assertEditable(rect, 'formats');
      this.queue.recordWrite(sheet, rect, 'formats');
      sheet.forEachCell(rect, (cell, r, c) => {
        const format = m[r - rect.top][c - rect.left];
        if (format !== null && format !== undefined) cell.numberFormat = String(format);
      });
    });
  }
  set columnHidden(hidden: boolean) {
    this.setProp('columnHidden', hidden, ({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  private writeContents(prop: 'values' | 'formulas', matrix: unknown[][]): void {
    this.setProp(prop, matrix, ({ sheet, rect }) => {
      const m = checkMatrix(matrix, rect);
      sheet.assertEditable(rect, 'contents');
      this.queue.recordWrite(sheet, rect, 'contents');
      sheet.forEachCell(rect, (cell, r, c) =>
        interpretWrite(cell, m[r - rect.top][c - rect.left], `${sheet.name}!${rectAddress({ top: r, left: c, bottom: r, right: c })}`),
      );
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.op('clear', [applyTo], ({ sheet, rect }) => {
      if (!['All', 'Formats', 'Contents'].includes(applyTo)) fail('InvalidArgument', `The double does not model clear("${applyTo}").`);
      sheet.assertEditable(rect, applyTo === 'Contents' ? 'contents' : 'formats');
      this.queue.recordWrite(sheet, rect, 'clear', applyTo);
      sheet.clear(rect, applyTo);
    });
  }

  /**
   * `Range.insert(shift)` (ExcelApi 1.1): inserts cells the size of this range, the cells
   * below (Down) or to the right (Right) moving away with their notes; formulas and names
   * that pointed at them follow (see SheetState.insertCells). Whole rows (`5:7`) insert rows.
   * Returns the new cells' range, as Office.js does.
   */
  insert(shift: 'Down' | 'Right'): RangeDouble {
    this.op('insert', [shift], ({ sheet, rect }) => {
      if (shift !== 'Down' && shift !== 'Right') fail('InvalidArgument', `"${String(shift)}" is not an insert direction.`);
      const insertion = sheet.insertCells(rect, shift);
      this.queue.recordWrite(sheet, rect, 'insert', shift);
      this.doc?.afterInsertion(insertion);
    });
    return new RangeDouble(this.queue, `${this.path}.inserted`, () => this.resolve(), false, this.doc);
  }

  /**
   * `Range.copyFrom(source, copyType, skipBlanks, transpose)` (ExcelApi 1.9): the destination
   * grows from its top-left cell to the source's size ("expanded automatically if it is
   * smaller than the source"). `All` copies values, formulas, number formats, styles and
   * notes; `Formulas` values and formulas; `Formats` number formats and styles; `Values` what
   * the cells show — the double does not calculate, so a formula in a `Values` source fails
   * loudly. Copied formulas' relative references move by the offset, as in Excel.
   */
  copyFrom(
    source: string | RangeDouble,
    copyType: 'All' | 'Formulas' | 'Values' | 'Formats' = 'All',
    skipBlanks = false,
    transpose = false,
  ): void {
    const sourcePath = typeof source === 'string' ? source : source.path;
    this.op('copyFrom', [sourcePath, copyType, skipBlanks, transpose], (target) => {
      if (!['All', 'Formulas', 'Values', 'Formats'].includes(copyType)) fail('InvalidArgument', `"${copyType}" is not a copy type.`);
      const from = typeof source === 'string' ? this.resolveAddress(source, target.sheet) : source.targetNow();
      copyCells(from, target, copyType, skipBlanks, transpose, (sheet, rect, kind) => this.queue.recordWrite(sheet, rect, kind));
    });
  }

  /** This range's sheet and rectangle, resolved at sync (for another range's copyFrom). */
  targetNow(): RangeTarget {
    return this.resolve();
  }

  private resolveAddress(address: string, fallback: SheetState): RangeTarget {
    const bang = address.lastIndexOf('!');
    if (bang < 0) return { sheet: fallback, rect: parseRange(address) };
    const name = address
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    const sheet = this.doc?.findSheet(name) ?? fail('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}".`);
    return { sheet: sheet!, rect: parseRange(address.slice(bang + 1)) };
  }
}

type Recorder = (sheet: SheetState, rect: CellRect, kind: 'contents' | 'formats') => void;

/** The cell copy of `copyFrom` (snapshot first, so that overlapping ranges copy what was there). */
function copyCells(from: RangeTarget, to: RangeTarget, copyType: string, skipBlanks: boolean, transpose: boolean, record: Recorder): void {
  const [srcRows, srcCols] = [rows(from.rect), columns(from.rect)];
  const [height, width] = transpose ? [srcCols, srcRows] : [srcRows, srcCols];
  const rect = { top: to.rect.top, left: to.rect.left, bottom: to.rect.top + height - 1, right: to.rect.left + width - 1 };
  const contents = copyType !== 'Formats';
  const formats = copyType === 'All' || copyType === 'Formats';
  if (contents) to.sheet.assertEditable(rect, 'contents');
  if (formats) to.sheet.assertEditable(rect, 'formats');
  const snapshot: { cell: Cell | undefined; note: string | undefined; r: number; c: number }[] = [];
  for (let r = 0; r < srcRows; r++) {
    for (let c = 0; c < srcCols; c++) {
      const [row, column] = [from.rect.top + r, from.rect.left + c];
      const cell = from.sheet.cellAt(row, column);
      snapshot.push({ cell: cell && { ...cell }, note: from.sheet.noteAt(row, column), r, c });
    }
  }
  const [dRows, dCols] = [rect.top - from.rect.top, rect.left - from.rect.left];
  if (contents) record(to.sheet, rect, 'contents');
  if (formats) record(to.sheet, rect, 'formats');
  for (const { cell, note, r, c } of snapshot) {
    const blank = !cell || (cell.value === null && cell.formula === undefined);
    if (skipBlanks && blank) continue;
    const [row, column] = transpose ? [rect.top + c, rect.left + r] : [rect.top + r, rect.left + c];
    const target = to.sheet.ensure(row, column);
    if (contents) {
      if (cell?.formula !== undefined) {
        if (copyType === 'Values')
          fail('InvalidArgument', 'The double does not calculate: copyFrom(…, "Values") of a formula cell is not modelled.');
        if (transpose) fail('InvalidArgument', 'The double does not transpose formulas.');
        target.formula = mapReferences(cell.formula, (ref) => shiftRelative(ref, dRows, dCols));
        target.value = null;
      } else {
        target.formula = undefined;
        target.value = cell?.value ?? null;
      }
      target.quotePrefix = cell?.quotePrefix;
    }
    if (formats) {
      target.numberFormat = cell?.numberFormat ?? 'General';
      target.style = cell?.style ?? DEFAULT_STYLE;
    }
    if (copyType === 'All' && note !== undefined) to.sheet.setNote(row, column, note);
  }
}

/** Sets one style property on every cell of the range (on an unprotected sheet). */
function restyle(target: RangeTarget, change: (style: CellStyle) => CellStyle, queue?: RequestQueue): void {
  target.sheet.assertEditable(target.rect, 'formats');
  queue?.recordWrite(target.sheet, target.rect, 'formats');
  const cache = new Map<CellStyle, CellStyle>();
  target.sheet.forEachCell(target.rect, (cell) => {
    let next = cache.get(cell.style);
    if (!next) {
      next = intern(change(cell.style));
      cache.set(cell.style, next);
    }
    cell.style = next;
  });
}

/** A format sub-object (`fill`, `font`, `protection`) whose setters restyle the range. */
abstract class StylePartDouble extends ProxyDouble<RangeTarget> {
  protected defaultProps(): string[] {
    return [];
  }
  protected snapshot({ sheet, rect }: RangeTarget, prop: string): unknown {
    return (sheet.cellAt(rect.top, rect.left)?.style ?? DEFAULT_STYLE)[this.key(prop)] ?? null;
  }
  protected abstract key(prop: string): keyof CellStyle;
  protected style(prop: string, value: unknown): void {
    this.setProp(prop, value, (target) => restyle(target, (s) => ({ ...s, [this.key(prop)]: value }), this.queue));
  }
}

class FillDouble extends StylePartDouble {
  protected key(): keyof CellStyle {
    return 'fill';
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.style('color', value);
  }
  clear(): void {
    this.op('clear', [], (target) => restyle(target, (s) => ({ ...s, fill: undefined }), this.queue));
  }
}

class FontDouble extends StylePartDouble {
  protected key(prop: string): keyof CellStyle {
    return ({ bold: 'bold', italic: 'italic', color: 'fontColor', size: 'fontSize' } as const)[prop as 'bold'];
  }
  set bold(value: boolean) {
    this.style('bold', value);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set italic(value: boolean) {
    this.style('italic', value);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set color(value: string) {
    this.style('color', value);
  }
  get color(): string {
    return this.read('color');
  }
  set size(value: number) {
    this.style('size', value);
  }
  get size(): number {
    return this.read('size');
  }
}

class CellProtectionDouble extends StylePartDouble {
  protected key(): keyof CellStyle {
    return 'locked';
  }
  set locked(value: boolean) {
    this.style('locked', value);
  }
  get locked(): boolean {
    return this.read('locked');
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

/** One border of a range; the double keeps a colour per cell edge (`top`, `bottom`, …). */
class BorderDouble extends ProxyDouble<RangeTarget> {
  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => RangeTarget | undefined,
    private readonly edge: string,
  ) {
    super(queue, path, resolver);
    if (!EDGES.includes(edge)) fail('InvalidArgument', `Unknown border "${edge}".`);
  }
  protected defaultProps(): string[] {
    return [];
  }
  protected snapshot(): unknown {
    return fail('InvalidArgument', 'The double does not read borders back through the API.');
  }
  set style(value: string) {
    this.setProp('style', value, (t) => this.paint(t, value === 'None' ? null : undefined));
  }
  set color(value: string) {
    this.setProp('color', value, (t) => this.paint(t, value));
  }
  set weight(value: string) {
    this.setProp('weight', value, () => undefined);
  }

  /** Sets (colour), keeps (undefined: a style without colour, black if new) or removes (null) the edge. */
  private paint(target: RangeTarget, color: string | null | undefined): void {
    const { rect } = target;
    const sides: [string, (r: number, c: number) => boolean][] = {
      EdgeTop: [['top', (r: number) => r === rect.top]],
      EdgeBottom: [['bottom', (r: number) => r === rect.bottom]],
      EdgeLeft: [['left', (_: number, c: number) => c === rect.left]],
      EdgeRight: [['right', (_: number, c: number) => c === rect.right]],
      InsideHorizontal: [
        ['top', (r: number) => r > rect.top],
        ['bottom', (r: number) => r < rect.bottom],
      ],
      InsideVertical: [
        ['left', (_: number, c: number) => c > rect.left],
        ['right', (_: number, c: number) => c < rect.right],
      ],
    }[this.edge] as [string, (r: number, c: number) => boolean][];
    target.sheet.assertEditable(rect, 'formats');
    this.queue.recordWrite(target.sheet, rect, 'formats');
    target.sheet.forEachCell(rect, (cell, r, c) => {
      const borders: Record<string, string> = { ...(cell.style.borders ?? {}) };
      let changed = false;
      for (const [side, applies] of sides) {
        if (!applies(r, c)) continue;
        changed = true;
        if (color === null) delete borders[side];
        else borders[side] = color ?? borders[side] ?? '#000000';
      }
      if (changed) cell.style = intern({ ...cell.style, borders });
    });
  }
}

class BorderCollectionDouble {
  constructor(
    private readonly queue: RequestQueue,
    private readonly path: string,
    private readonly resolver: () => RangeTarget,
  ) {}
  getItem(edge: string): BorderDouble {
    return new BorderDouble(this.queue, `${this.path}.getItem(${edge})`, this.resolver, edge);
  }
}

/** The rows' common height, or null when they differ (as Excel answers). */
function uniformRowHeight({ sheet, rect }: RangeTarget): number | null {
  const rows = rect.bottom - rect.top + 1;
  const set = [...sheet.rowHeights].filter(([row]) => row >= rect.top && row <= rect.bottom).map(([, height]) => height);
  const heights = new Set(set.length < rows ? [...set, DEFAULT_ROW_HEIGHT] : set);
  return heights.size === 1 ? [...heights][0] : null;
}

export class RangeFormatDouble extends StylePartDouble {
  readonly fill: FillDouble;
  readonly font: FontDouble;
  readonly protection: CellProtectionDouble;
  readonly borders: BorderCollectionDouble;

  constructor(queue: RequestQueue, path: string, resolver: () => RangeTarget) {
    super(queue, path, resolver);
    this.fill = new FillDouble(queue, `${path}.fill`, resolver);
    this.font = new FontDouble(queue, `${path}.font`, resolver);
    this.protection = new CellProtectionDouble(queue, `${path}.protection`, resolver);
    this.borders = new BorderCollectionDouble(queue, `${path}.borders`, resolver);
  }

  protected key(prop: string): keyof CellStyle {
    return prop as keyof CellStyle;
  }
  protected snapshot(target: RangeTarget, prop: string): unknown {
    if (prop === 'columnWidth') return target.sheet.columnWidths.get(target.rect.left) ?? DEFAULT_COLUMN_WIDTH;
    if (prop === 'rowHeight') return uniformRowHeight(target);
    return super.snapshot(target, prop);
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Points; allowed on a protected sheet only when it allows formatting columns. */
  set columnWidth(points: number) {
    this.setProp('columnWidth', points, ({ sheet, rect }) => {
      if (sheet.protection.protected && sheet.protection.options.allowFormatColumns !== true) {
        fail('AccessDenied', `The sheet "${sheet.name}" is protected: its columns cannot be resized.`);
      }
      if (!(points >= 0 && points <= MAX_COLUMN_WIDTH * 7.5)) fail('InvalidArgument', `Column width ${points} is out of range.`);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number | null {
    return this.read('rowHeight');
  }
  /** Points, 0 to 409; allowed on a protected sheet only when it allows formatting rows. */
  set rowHeight(points: number) {
    this.setProp('rowHeight', points, ({ sheet, rect }) => {
      if (sheet.protection.protected && sheet.protection.options.allowFormatRows !== true) {
        fail('AccessDenied', `The sheet "${sheet.name}" is protected: its rows cannot be resized.`);
      }
      if (!(points >= 0 && points <= MAX_ROW_HEIGHT)) fail('InvalidArgument', `Row height ${points} is out of range.`);
      if (rect.bottom - rect.top + 1 > MAX_SIZED_ROWS)
        fail('InvalidArgument', `The double refuses to size ${rect.bottom - rect.top + 1} rows.`);
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
  set wrapText(value: boolean) {
    this.style('wrapText', value);
  }
  set verticalAlignment(value: string) {
    this.style('verticalAlignment', value);
  }
}

const RULE_KINDS = ['decimal', 'wholeNumber', 'date', 'time', 'textLength', 'list', 'custom'];
const BINARY = ['EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo'];

/** Checks a rule the way Excel refuses a malformed one. */
function checkRule(rule: Record<string, any>): void {
  const kinds = Object.keys(rule).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1 || !RULE_KINDS.includes(kinds[0])) fail('InvalidArgument', 'A data validation rule needs exactly one kind.');
  const body = rule[kinds[0]];
  if (kinds[0] === 'list') {
    if (typeof body.source !== 'string' || body.source === '') fail('InvalidArgument', 'A list rule needs a source.');
    return;
  }
  if (kinds[0] === 'custom') return;
  if (body.formula1 === undefined) fail('InvalidArgument', 'The rule needs formula1.');
  if (['Between', 'NotBetween'].includes(body.operator)) {
    if (body.formula2 === undefined) fail('InvalidArgument', 'A Between rule needs formula2.');
  } else if (!BINARY.includes(body.operator)) {
    fail('InvalidArgument', `Unknown operator "${body.operator}".`);
  }
}

export class DataValidationDouble extends ProxyDouble<RangeTarget> {
  protected defaultProps(): string[] {
    return ['rule'];
  }
  protected snapshot({ sheet, rect }: RangeTarget, prop: string): unknown {
    const entry = sheet.validations.find((v) => intersects(v.rect, rect));
    return entry ? (prop === 'rule' ? entry.rule : (entry.errorAlert ?? null)) : null;
  }
  get rule(): unknown {
    return this.read('rule');
  }
  /** A range that already has (other) validation must be cleared first, as Excel requires. */
  set rule(rule: Record<string, unknown>) {
    this.setProp('rule', rule, ({ sheet, rect }) => {
      if (sheet.protection.protected) fail('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      checkRule(rule);
      if (sheet.validations.some((v) => intersects(v.rect, rect))) {
        fail('InvalidOperation', 'The range already has data validation; clear it before setting a new rule.');
      }
      sheet.validations.push({ rect, rule: structuredClone(rule) });
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.setProp('errorAlert', alert, ({ sheet, rect }) => {
      const entry = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(rect));
      if (!entry) fail('InvalidOperation', 'Set the rule before the error alert.');
      entry!.errorAlert = structuredClone(alert);
    });
  }
  clear(): void {
    this.op('clear', [], ({ sheet, rect }) => {
      if (sheet.protection.protected) fail('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      sheet.removeValidations(rect);
    });
  }
}

/** Leaf properties a conditional format of each type accepts, by path. */
const CF_PROPERTIES: Record<string, string[]> = {
  Custom: ['custom.rule.formula', 'custom.format.fill.color', 'custom.format.font.color', 'custom.format.font.bold'],
  IconSet: ['iconSet.style', 'iconSet.criteria', 'iconSet.showIconOnly', 'iconSet.reverseIconOrder'],
  DataBar: [
    'dataBar.lowerBoundRule',
    'dataBar.upperBoundRule',
    'dataBar.barDirection',
    'dataBar.showDataBarOnly',
    'dataBar.positiveFormat.fillColor',
    'dataBar.positiveFormat.gradientFill',
    'dataBar.positiveFormat.borderColor',
  ],
};

/**
 * A conditional format: `cf.custom.rule.formula = …` and the like. Property chains are
 * recorded by path; a path the type does not have fails at once (a renderer bug).
 */
function chain(type: string, prefix: string, set: (path: string, value: unknown) => void): any {
  return new Proxy(
    {},
    {
      get: (_t, key) => {
        const path = prefix ? `${prefix}.${String(key)}` : String(key);
        if (!CF_PROPERTIES[type].some((p) => p === path || p.startsWith(`${path}.`))) {
          throw new TypeError(`The double's ${type} conditional format has no "${path}".`);
        }
        return chain(type, path, set);
      },
      set: (_t, key, value) => {
        const path = prefix ? `${prefix}.${String(key)}` : String(key);
        if (!CF_PROPERTIES[type].includes(path)) throw new TypeError(`The double's ${type} conditional format cannot set "${path}".`);
        set(path, value);
        return true;
      },
    },
  );
}

export class ConditionalFormatCollectionDouble extends ProxyDouble<RangeTarget> {
  protected defaultProps(): string[] {
    return [];
  }
  protected snapshot(): unknown {
    return null;
  }
  add(type: string): any {
    if (!CF_PROPERTIES[type]) throw new TypeError(`The double does not model "${type}" conditional formats.`);
    let entry: ConditionalFormatEntry | undefined;
    const path = `${this.path}.add(${type})`;
    this.op('add', [type], ({ sheet, rect }) => {
      if (sheet.protection.protected) fail('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      entry = { rect, type, props: {} };
      sheet.conditionalFormats.push(entry);
    });
    const root: Record<string, unknown> = { type };
    const recorder = chain(type, '', (prop, value) =>
      this.queue.add([path, 'set', prop, value], () => {
        if (!entry) fail('ItemNotFound', 'The conditional format was not created.');
        entry!.props[prop] = structuredClone(value);
      }),
    );
    return new Proxy(root, { get: (t, key) => (key in t ? t[key as string] : recorder[key]) });
  }
  clearAll(): void {
    this.op('clearAll', [], ({ sheet, rect }) => {
      if (sheet.protection.protected) fail('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }
}
