/** `Excel.Worksheet`, its collection, protection and freeze panes. */
import { parseRange } from '../../../src/workbook/a1';
import { quoteSheetName } from './address';
import type { ChangeHandler, DocumentState, SheetState } from './document';
import { fail } from './errors';
import { ProxyDouble, loadList, type LoadOption } from './proxy';
import { RangeDouble } from './range';
import { NamedItemCollectionDouble } from './workbook';
import { deliver, type RequestQueue } from './request';

export class WorksheetDouble extends ProxyDouble<SheetState> {
  readonly protection: WorksheetProtectionDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly pageLayout: PageLayoutDouble;
  /** Names scoped to this sheet (ExcelApi 1.4). */
  readonly names: NamedItemCollectionDouble;

  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => SheetState | undefined,
    private readonly doc: DocumentState,
    nullable = false,
  ) {
    super(queue, path, resolver, nullable);
    const resolveSheet = () => this.resolve();
    this.protection = new WorksheetProtectionDouble(queue, `${path}.protection`, resolveSheet);
    this.freezePanes = new FreezePanesDouble(queue, `${path}.freezePanes`, resolveSheet, (address) => this.getRange(address));
    this.pageLayout = new PageLayoutDouble(queue, `${path}.pageLayout`, resolveSheet);
    this.names = new NamedItemCollectionDouble(queue, doc, () => this.resolve().names, `${path}.names`);
  }

  protected defaultProps(): string[] {
    return ['name', 'id', 'position', 'visibility', 'tabColor'];
  }
  protected snapshot(sheet: SheetState, prop: string): unknown {
    switch (prop) {
      case 'name':
        return sheet.name;
      case 'id':
        return sheet.id;
      case 'position':
        return this.doc.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      default:
        return fail('InvalidArgument', `The double's Worksheet has no property "${prop}".`);
    }
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.setProp('name', name, (sheet) => {
      const other = this.doc.findSheet(name);
      if (other && other !== sheet) fail('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
      sheet.name = name;
    });
  }
  /** Unique in the workbook, kept across renames and moves; `worksheets.getItem(id)` finds the sheet. */
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(position: number) {
    this.setProp('position', position, (sheet) => this.doc.moveSheet(sheet, position));
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.setProp('visibility', value, (sheet) => void (sheet.visibility = value));
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(color: string) {
    this.setProp('tabColor', color, (sheet) => {
      if (color !== '' && !/^#[0-9A-Fa-f]{6}$/.test(color)) fail('InvalidArgument', `"${color}" is not a colour.`);
      sheet.tabColor = color.toUpperCase();
    });
  }

  /** The range at `address`; the whole sheet without one. */
  getRange(address?: string): RangeDouble {
    const path = `${this.path}.getRange(${address ?? ''})`;
    return new RangeDouble(this.queue, path, () => ({ sheet: this.resolve(), rect: parseRange(address ?? 'A:XFD') }), false, this.doc);
  }

  getUsedRange(valuesOnly = false): RangeDouble {
    return this.usedRange(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    return this.usedRange(valuesOnly, true);
  }
  private usedRange(valuesOnly: boolean, nullable: boolean): RangeDouble {
    const path = `${this.path}.getUsedRange${nullable ? 'OrNullObject' : ''}(${valuesOnly})`;
    return new RangeDouble(
      this.queue,
      path,
      () => {
        const sheet = this.resolve();
        const rect = sheet.usedRect(valuesOnly);
        if (rect) return { sheet, rect };
        // An empty sheet: Excel answers A1 for getUsedRange and a null object for OrNullObject.
        return nullable ? undefined : { sheet, rect: parseRange('A1') };
      },
      nullable,
      this.doc,
    );
  }

  delete(): void {
    this.op('delete', [], (sheet) => {
      if (this.doc.sheets.length === 1) fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      this.doc.sheets.splice(this.doc.sheets.indexOf(sheet), 1);
    });
  }
  activate(): void {
    this.op('activate', [], (sheet) => void (this.doc.activeSheetId = sheet.id));
  }

  /** `worksheet.onChanged` (ExcelApi 1.7): handlers hear of every data change on the sheet, Local or Remote. */
  get onChanged(): WorksheetEventsDouble {
    return new WorksheetEventsDouble(this.queue, `${this.path}.onChanged`, () => this.resolve());
  }
}

/** `OfficeExtension.EventHandlers`: `add` registers at the next sync; the result's `remove` unregisters at the one after. */
export class WorksheetEventsDouble {
  constructor(
    private readonly queue: RequestQueue,
    private readonly path: string,
    private readonly sheet: () => SheetState,
  ) {}

  add(handler: ChangeHandler): { context: unknown; remove(): void } {
    let registered: SheetState | undefined;
    this.queue.add([this.path, 'add'], () => {
      registered = this.sheet();
      registered.changeHandlers.add(handler);
    });
    const queue = this.queue;
    return {
      context: queue.context,
      remove: () => queue.add([this.path, 'remove'], () => void registered?.changeHandlers.delete(handler)),
    };
  }
}

export class WorksheetProtectionDouble extends ProxyDouble<SheetState> {
  protected defaultProps(): string[] {
    return ['protected', 'options'];
  }
  protected snapshot(sheet: SheetState, prop: string): unknown {
    if (prop === 'protected') return sheet.protection.protected;
    if (prop === 'options') return sheet.protection.options;
    return fail('InvalidArgument', `The double's WorksheetProtection has no property "${prop}".`);
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Record<string, unknown> {
    return this.read('options');
  }
  /** Protecting a protected sheet fails: unprotect first, as Excel requires. */
  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.op('protect', [options, password ?? null], (sheet) => {
      if (sheet.protection.protected) fail('InvalidOperation', `The sheet "${sheet.name}" is already protected.`);
      sheet.protection = { protected: true, options: { ...options }, password };
    });
  }
  unprotect(password?: string): void {
    this.op('unprotect', [password ?? null], (sheet) => {
      const current = sheet.protection;
      if (current.protected && current.password && current.password !== password) {
        fail('InvalidArgument', `The password for "${sheet.name}" is wrong.`);
      }
      sheet.protection = { protected: false, options: {} };
    });
  }
}

export class FreezePanesDouble extends ProxyDouble<SheetState> {
  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => SheetState,
    private readonly rangeOf: (address: string) => RangeDouble,
  ) {
    super(queue, path, resolver);
  }
  protected defaultProps(): string[] {
    return [];
  }
  protected snapshot(): unknown {
    return fail('InvalidArgument', 'Read freeze panes from the document state in tests.');
  }
  freezeRows(count = 1): void {
    this.op('freezeRows', [count], (sheet) => void (sheet.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.op('freezeColumns', [count], (sheet) => void (sheet.freeze = { rows: 0, columns: count }));
  }
  /** Freezes the rows and columns of `range` (from A1 to its bottom-right cell). */
  freezeAt(range: string | RangeDouble): void {
    const address = typeof range === 'string' ? range : null;
    void (typeof range === 'string' ? this.rangeOf(range) : range);
    this.op('freezeAt', [address ?? (range as RangeDouble).path], (sheet) => {
      const rect = parseRange(address ?? 'A1');
      if (address === null) fail('InvalidArgument', 'The double takes freezeAt with an address.');
      sheet.freeze = { rows: rect.bottom, columns: rect.right };
    });
  }
  unfreeze(): void {
    this.op('unfreeze', [], (sheet) => void (sheet.freeze = { rows: 0, columns: 0 }));
  }
}

const MARGINS = ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const;
/** Points per unit of `setPrintMargins`. */
const MARGIN_UNITS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

/**
 * `Excel.PageLayout`: what the renderer sets for printing (ExcelApi 1.9), checked as Microsoft's
 * docs describe it: a zoom is a scale (10–400) or pages to fit, not both; title rows and
 * columns must span entire rows (`$1:$4`) and columns (`$A:$B`); margins come in points, inches
 * or centimetres.
 */
export class PageLayoutDouble extends ProxyDouble<SheetState> {
  protected defaultProps(): string[] {
    return ['orientation', 'printOrder'];
  }
  protected snapshot(sheet: SheetState, prop: string): unknown {
    if (prop === 'orientation') return sheet.print.orientation;
    if (prop === 'printOrder') return sheet.print.printOrder;
    if (prop === 'zoom') return { ...sheet.print.zoom };
    return fail('InvalidArgument', `The double's PageLayout has no property "${prop}".`);
  }
  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(value: string) {
    this.setProp('orientation', value, (sheet) => {
      if (value !== 'Portrait' && value !== 'Landscape') return fail('InvalidArgument', `"${value}" is not a page orientation.`);
      sheet.print.orientation = value;
    });
  }
  get printOrder(): string {
    return this.read('printOrder');
  }
  set printOrder(value: string) {
    this.setProp('printOrder', value, (sheet) => {
      if (value !== 'DownThenOver' && value !== 'OverThenDown') return fail('InvalidArgument', `"${value}" is not a print order.`);
      sheet.print.printOrder = value;
    });
  }
  set zoom(zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.setProp('zoom', zoom, (sheet) => {
      const fits = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (fits && zoom.scale !== undefined) fail('InvalidArgument', 'Zoom takes a scale or pages to fit, not both.');
      if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400)) fail('InvalidArgument', 'Scale must be 10 to 400.');
      sheet.print.zoom = { ...zoom };
    });
  }
  /** Margins not given stay as they are. */
  setPrintMargins(unit: string, options: Partial<Record<(typeof MARGINS)[number], number>>): void {
    this.op('setPrintMargins', [unit, { ...options }], (sheet) => {
      const perUnit = MARGIN_UNITS[unit];
      if (perUnit === undefined) fail('InvalidArgument', `"${unit}" is not a margin unit.`);
      for (const [side, value] of Object.entries(options)) {
        if (!(MARGINS as readonly string[]).includes(side)) fail('InvalidArgument', `"${side}" is not a page margin.`);
        if (!(typeof value === 'number' && value >= 0)) fail('InvalidArgument', `The ${side} margin ${String(value)} is not valid.`);
      }
      for (const [side, value] of Object.entries(options)) sheet.print.margins[side as (typeof MARGINS)[number]] = value! * perUnit;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.op('setPrintTitleRows', [rows], (sheet) => {
      if (typeof rows !== 'string' || !/^\$\d+:\$\d+$/.test(rows))
        fail('InvalidArgument', `"${String(rows)}" is not a row range like $1:$4.`);
      sheet.print.titleRows = rows;
    });
  }
  setPrintTitleColumns(columns: string): void {
    this.op('setPrintTitleColumns', [columns], (sheet) => {
      if (typeof columns !== 'string' || !/^\$[A-Z]{1,3}:\$[A-Z]{1,3}$/.test(columns)) {
        fail('InvalidArgument', `"${String(columns)}" is not a column range like $A:$B.`);
      }
      sheet.print.titleColumns = columns;
    });
  }
}

export class WorksheetCollectionDouble {
  private loadedItems: WorksheetDouble[] | undefined;

  constructor(
    private readonly queue: RequestQueue,
    private readonly doc: DocumentState,
  ) {}

  private proxyByName(name: string, nullable: boolean): WorksheetDouble {
    const path = `worksheets.getItem${nullable ? 'OrNullObject' : ''}(${quoteSheetName(name)})`;
    return new WorksheetDouble(this.queue, path, () => this.doc.findSheetByKey(name), this.doc, nullable);
  }

  /** By name or by id (`worksheet.id`), as in Excel. */
  getItem(name: string): WorksheetDouble {
    return this.proxyByName(name, false);
  }
  getItemOrNullObject(name: string): WorksheetDouble {
    return this.proxyByName(name, true);
  }
  add(name?: string): WorksheetDouble {
    let created: SheetState | undefined;
    this.queue.add(['worksheets', 'add', name ?? null], () => {
      created = this.doc.addSheet(name ?? `Sheet${this.doc.sheets.length + 1}`);
    });
    return new WorksheetDouble(this.queue, `worksheets.add(${name ?? ''})`, () => created, this.doc);
  }

  get items(): WorksheetDouble[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems as WorksheetDouble[];
  }

  /** `load('items/name')` and the like: items arrive with those properties loaded. */
  load(option?: LoadOption): this {
    const props = (loadList(option) ?? ['items/name']).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.queue.add(['worksheets', 'load', props], () => {
      const items = this.doc.sheets.map(
        (sheet) => new WorksheetDouble(this.queue, `worksheets.getItem(${sheet.id})`, () => sheet, this.doc),
      );
      let bytes = 2;
      items.forEach((item, index) => (bytes += item.preload(this.doc.sheets[index], props.length ? props : ['name']) + 1));
      deliver(() => (this.loadedItems = items));
      return bytes;
    });
    return this;
  }
}
