/** `Excel.Workbook`: worksheets, defined names and custom XML parts. */
import type { DocumentState, NameState, PartState } from './document';
import { fail } from './errors';
import { ClientResultDouble, ProxyDouble, loadList, type LoadOption } from './proxy';
import { deliver, type RequestQueue } from './request';
import type { RangeDouble } from './range';
import { WorksheetCollectionDouble } from './worksheet';

export class NamedItemDouble extends ProxyDouble<NameState> {
  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => NameState | undefined,
    private readonly scope: () => Map<string, NameState>,
    nullable = false,
  ) {
    super(queue, path, resolver, nullable);
  }
  protected defaultProps(): string[] {
    return ['name', 'formula', 'comment'];
  }
  protected snapshot(item: NameState, prop: string): unknown {
    if (prop === 'name' || prop === 'formula' || prop === 'comment') return item[prop];
    return fail('InvalidArgument', `The double's NamedItem has no property "${prop}".`);
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.setProp('formula', formula, (item) => void (item.formula = normaliseReference(formula)));
  }
  get comment(): string {
    return this.read('comment');
  }
  delete(): void {
    this.op('delete', [], (item) => void this.scope().delete(item.name.toLowerCase()));
  }
}

function normaliseReference(reference: string): string {
  return reference.startsWith('=') ? reference : `=${reference}`;
}

/**
 * `workbook.names`, or a sheet's `worksheet.names` (ExcelApi 1.4: names scoped to the sheet),
 * depending on `scope`.
 */
export class NamedItemCollectionDouble {
  private readonly scope: () => Map<string, NameState>;

  constructor(
    private readonly queue: RequestQueue,
    doc: DocumentState,
    scope?: () => Map<string, NameState>,
    private readonly prefix = 'names',
  ) {
    this.scope = scope ?? (() => doc.names);
  }

  private find(name: string): NameState | undefined {
    return this.scope().get(name.toLowerCase());
  }

  /** Adding a name that exists fails, as in Excel. */
  add(name: string, reference: string, comment?: string): NamedItemDouble {
    this.queue.add([this.prefix, 'add', name, reference, comment ?? null], () => {
      if (this.find(name)) fail('ItemAlreadyExists', `The name "${name}" already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) fail('InvalidArgument', `"${name}" is not a valid name.`);
      this.scope().set(name.toLowerCase(), { name, formula: normaliseReference(reference), comment: comment ?? '' });
    });
    return this.item(name, false);
  }
  private item(name: string, nullable: boolean): NamedItemDouble {
    const path = `${this.prefix}.getItem${nullable ? 'OrNullObject' : ''}(${name})`;
    return new NamedItemDouble(this.queue, path, () => this.find(name), this.scope, nullable);
  }
  getItem(name: string): NamedItemDouble {
    return this.item(name, false);
  }
  getItemOrNullObject(name: string): NamedItemDouble {
    return this.item(name, true);
  }

  private loadedItems: NamedItemDouble[] | undefined;
  get items(): NamedItemDouble[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems as NamedItemDouble[];
  }
  load(option?: LoadOption): this {
    const props = (loadList(option) ?? ['items/name']).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.queue.add([this.prefix, 'load', props], () => {
      const names = [...this.scope().values()];
      const items = names.map((n) => new NamedItemDouble(this.queue, `${this.prefix}.getItem(${n.name})`, () => n, this.scope));
      let bytes = 2;
      items.forEach((item, index) => (bytes += item.preload(names[index], props.length ? props : ['name']) + 1));
      deliver(() => (this.loadedItems = items));
      return bytes;
    });
    return this;
  }
}

const NAMESPACE = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z_][\w.-]*)(?:\s[^>]*?)?\sxmlns="([^"]*)"/;

/** The default namespace of the root element; a malformed part is refused as Excel would. */
function namespaceOf(xml: string): string {
  const match = NAMESPACE.exec(xml);
  if (!match) return fail('InvalidArgument', 'The XML has no root element with a default namespace.');
  if (/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-fA-F]+;)/.test(xml)) fail('InvalidArgument', 'The XML is not well formed (a bare &).');
  if (!new RegExp(`</${match[1]}>\\s*$`).test(xml)) fail('InvalidArgument', 'The XML is not well formed (root not closed).');
  return match[2];
}

export class CustomXmlPartDouble extends ProxyDouble<PartState> {
  constructor(
    queue: RequestQueue,
    path: string,
    resolver: () => PartState | undefined,
    private readonly doc: DocumentState,
    nullable = false,
  ) {
    super(queue, path, resolver, nullable);
  }
  protected defaultProps(): string[] {
    return ['id', 'namespaceUri'];
  }
  protected snapshot(part: PartState, prop: string): unknown {
    if (prop === 'id' || prop === 'namespaceUri') return part[prop];
    return fail('InvalidArgument', `The double's CustomXmlPart has no property "${prop}".`);
  }
  get id(): string {
    return this.read('id');
  }
  get namespaceUri(): string {
    return this.read('namespaceUri');
  }
  getXml(): ClientResultDouble<string> {
    const result = new ClientResultDouble<string>();
    this.op('getXml', [], (part) => result.settle(part.xml));
    return result;
  }
  setXml(xml: string): void {
    this.op('setXml', [xml], (part) => {
      part.namespaceUri = namespaceOf(xml);
      part.xml = xml;
    });
  }
  delete(): void {
    this.op('delete', [], (part) => void (this.doc.parts = this.doc.parts.filter((p) => p !== part)));
  }
}

/** Parts of one namespace (`getByNamespace`), or all of them. */
export class CustomXmlPartCollectionDouble {
  private loadedItems: CustomXmlPartDouble[] | undefined;

  constructor(
    private readonly queue: RequestQueue,
    private readonly doc: DocumentState,
    private readonly namespace?: string,
  ) {}

  private get path(): string {
    return this.namespace === undefined ? 'customXmlParts' : `customXmlParts.getByNamespace(${this.namespace})`;
  }
  private matching(): PartState[] {
    return this.doc.parts.filter((p) => this.namespace === undefined || p.namespaceUri === this.namespace);
  }

  add(xml: string): CustomXmlPartDouble {
    let created: PartState | undefined;
    this.queue.add(['customXmlParts', 'add', xml], () => {
      created = { id: this.doc.newId('part'), namespaceUri: namespaceOf(xml), xml };
      this.doc.parts.push(created);
    });
    return new CustomXmlPartDouble(this.queue, 'customXmlParts.add()', () => created, this.doc);
  }
  getByNamespace(namespace: string): CustomXmlPartCollectionDouble {
    return new CustomXmlPartCollectionDouble(this.queue, this.doc, namespace);
  }
  getItem(id: string): CustomXmlPartDouble {
    return new CustomXmlPartDouble(this.queue, `${this.path}.getItem(${id})`, () => this.matching().find((p) => p.id === id), this.doc);
  }
  getCount(): ClientResultDouble<number> {
    const result = new ClientResultDouble<number>();
    this.queue.add([this.path, 'getCount'], () => result.settle(this.matching().length));
    return result;
  }
  /** Exactly one part, else an error (none: ItemNotFound; several: InvalidOperation). */
  getOnlyItem(): CustomXmlPartDouble {
    return this.only(false);
  }
  getOnlyItemOrNullObject(): CustomXmlPartDouble {
    return this.only(true);
  }
  private only(nullable: boolean): CustomXmlPartDouble {
    const resolver = () => {
      const parts = this.matching();
      if (parts.length > 1) fail('InvalidOperation', `There are ${parts.length} custom XML parts in ${this.namespace}.`);
      return parts[0];
    };
    return new CustomXmlPartDouble(this.queue, `${this.path}.getOnlyItem${nullable ? 'OrNullObject' : ''}()`, resolver, this.doc, nullable);
  }

  get items(): CustomXmlPartDouble[] {
    if (!this.loadedItems) fail('PropertyNotLoaded', "The property 'items' is not available. Load it and sync first.");
    return this.loadedItems as CustomXmlPartDouble[];
  }
  load(option?: LoadOption): this {
    const props = (loadList(option) ?? ['items/id']).map((p) => p.replace(/^items\//, '')).filter((p) => p !== 'items');
    this.queue.add([this.path, 'load', props], () => {
      const parts = this.matching();
      const items = parts.map((part) => new CustomXmlPartDouble(this.queue, `${this.path}.getItem(${part.id})`, () => part, this.doc));
      let bytes = 2;
      items.forEach((item, index) => (bytes += item.preload(parts[index], props.length ? props : ['id']) + 1));
      deliver(() => (this.loadedItems = items));
      return bytes;
    });
    return this;
  }
}

export class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly customXmlParts: CustomXmlPartCollectionDouble;

  constructor(
    queue: RequestQueue,
    private readonly doc: DocumentState,
  ) {
    this.worksheets = new WorksheetCollectionDouble(queue, doc);
    this.names = new NamedItemCollectionDouble(queue, doc);
    this.customXmlParts = new CustomXmlPartCollectionDouble(queue, doc);
  }

  /** The range the user selected (`document.selection`). */
  getSelectedRange(): RangeDouble {
    const { sheet, address } = this.doc.selection;
    return this.worksheets.getItem(sheet).getRange(address);
  }
}
