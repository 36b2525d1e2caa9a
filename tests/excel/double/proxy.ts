/**
 * The proxy object every double class extends, with Office.js's client-object rules:
 * setting a property or calling a method only queues an operation; a property can be read
 * only after `load()` and `sync()` (else `PropertyNotLoaded`); `isNullObject` is known only
 * after a sync; a null object can be loaded (its properties read null) but any other
 * operation on it fails with `ItemNotFound`.
 */
import { fail } from './errors';
import { deliver, type RequestQueue } from './request';

export type LoadOption = string | string[] | { select?: string | string[] };

export function loadList(option?: LoadOption): string[] | null {
  if (option === undefined) return null;
  const raw = typeof option === 'string' || Array.isArray(option) ? option : (option.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

export abstract class ProxyDouble<T> {
  private readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private target: T | undefined;

  constructor(
    protected readonly queue: RequestQueue,
    readonly path: string,
    private readonly resolver: () => T | undefined,
    nullable = false,
  ) {
    if (nullable) {
      queue.add([path, 'resolve'], () => {
        const missing = this.tryResolve() === undefined;
        deliver(() => (this.nullState = missing));
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) fail('PropertyNotLoaded', 'isNullObject is known only after context.sync().');
    return this.nullState as boolean;
  }

  /** The document object behind this proxy, found once and kept (identity, as in Excel). */
  protected tryResolve(): T | undefined {
    if (this.target === undefined) this.target = this.resolver();
    return this.target;
  }

  protected resolve(): T {
    const target = this.tryResolve();
    if (target === undefined) return fail('ItemNotFound', `The requested resource doesn't exist (${this.path}).`);
    this.nullState ??= false;
    return target;
  }

  protected read<V>(prop: string): V {
    if (!this.loadedProps.has(prop)) {
      fail(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps.get(prop) as V;
  }

  /** Queues an operation on the resolved object. */
  protected op(action: string, args: unknown[], apply: (target: T) => number | void): void {
    this.queue.add([this.path, action, ...args], () => apply(this.resolve()));
  }

  protected setProp(name: string, value: unknown, apply: (target: T) => void): void {
    this.op('set', [name, value], apply);
  }

  /** Scalar properties a bare `load()` brings. */
  protected abstract defaultProps(): string[];
  /** The current value of each property, read from the document at sync. */
  protected abstract snapshot(target: T, prop: string): unknown;

  load(option?: LoadOption): this {
    const props = loadList(option) ?? this.defaultProps();
    this.queue.add([this.path, 'load', props], () => {
      const target = this.tryResolve();
      const snap: Record<string, unknown> = {};
      for (const prop of props) snap[prop] = target === undefined ? null : this.snapshot(target, prop);
      deliver(() => {
        this.nullState ??= target === undefined;
        for (const [k, v] of Object.entries(snap)) this.loadedProps.set(k, v);
      });
      return JSON.stringify(snap).length;
    });
    return this;
  }

  /** For collections: an item arrives with the properties asked for already loaded (at sync). */
  preload(target: T, props: string[]): number {
    this.target = target;
    const snap: Record<string, unknown> = {};
    for (const prop of props) snap[prop] = this.snapshot(target, prop);
    deliver(() => {
      this.nullState = false;
      for (const [k, v] of Object.entries(snap)) this.loadedProps.set(k, v);
    });
    return JSON.stringify(snap).length;
  }
}

/** A method's result, readable after sync (`ClientResult<T>`). */
export class ClientResultDouble<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) fail('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call context.sync() first.');
    return this.result as T;
  }

  settle(value: T): number {
    deliver(() => {
      this.result = value;
      this.ready = true;
    });
    return JSON.stringify(value ?? null).length;
  }
}
