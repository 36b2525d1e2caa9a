/**
 * Records what code does with an Office.js `RequestContext` — every navigation, method call,
 * property set and load, grouped per `context.sync()` and per `Excel.run` — while the Excel
 * double does the work (answers loads, applies writes, keeps the behaviour). The recording
 * is then replayed on Microsoft's real client (real-office-client.ts), which sends the very
 * requests real Excel would receive, so their bytes can be measured.
 *
 * @example
 *   const recorder = new WireRecorder(excel.run);
 *   await buildPlanInWorkbook(setup, reps, 'en-US', { run: recorder.run });
 *   recorder.runs; // [[step, step, …] per sync] per Excel.run
 */
import type { ExcelRun } from '../../src/excel/operations';

/** An object of the recording: 0 is the run's `RequestContext`, the rest are numbered as they appear. */
export type Ref = number;

/** An argument: JSON, with objects of the recording and `undefined` marked so that they survive JSON. */
export type WireArg = unknown;

export type Step =
  /** `objects[result] = objects[target][name]` (a navigation property: `workbook`, `format`, `protection`). */
  | { op: 'get'; target: Ref; name: string; result: Ref }
  /** `objects[result] = objects[target][name](...args)`; `result` absent when the call returns nothing new. */
  | { op: 'call'; target: Ref; name: string; args: WireArg[]; result?: Ref }
  /** `objects[target][name] = value`. */
  | { op: 'set'; target: Ref; name: string; value: WireArg }
  /**
   * An element of a loaded collection's `items`. The real client makes it from the load's answer,
   * which the recording server does not give, so the replay asks the collection for it by key.
   */
  | { op: 'item'; target: Ref; key: string; result: Ref };

/** The steps of each `context.sync()` of one `Excel.run`, in order. */
export type RecordedRun = Step[][];

const UNDEFINED = { $undefined: true };

/** A class instance of the double (a proxy object, a collection, a ClientResult), not data. */
function isClientObject(value: unknown): value is object {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) !== Object.prototype &&
    !(value instanceof Promise)
  );
}

/** The key a collection item is found by again: a sheet's or name's `name`, a part's `id`. */
function itemKey(item: Record<string, unknown>): string {
  for (const prop of ['name', 'id']) {
    try {
      const key = item[prop];
      if (typeof key === 'string') return key;
    } catch {
      // not loaded: try the next key
    }
  }
  throw new Error('WireRecorder: a collection item with neither name nor id loaded cannot be replayed.');
}

export class WireRecorder {
  /** Every `Excel.run` made through {@link run}, in order. */
  readonly runs: RecordedRun[] = [];

  constructor(private readonly inner: ExcelRun) {}

  /** Forgets what was recorded (between the arrange and the act). */
  reset(): void {
    this.runs.length = 0;
  }

  /** `Excel.run` through the double, recording. */
  readonly run: ExcelRun = async (batch) => {
    const recorded: RecordedRun = [];
    this.runs.push(recorded);
    let group: Step[] = [];
    let nextRef = 1;
    const refs = new WeakMap<object, Ref>();
    const proxies = new WeakMap<object, object>();
    const targets = new WeakMap<object, object>();

    /** The proxy of a double object, recording how it was reached the first time. */
    const wrap = (target: object, reached: (ref: Ref) => Step | null): object => {
      const known = proxies.get(target);
      if (known) return known;
      const ref = nextRef++;
      const step = reached(ref);
      if (step) group.push(step);
      return proxy(target, ref);
    };

    // Only an argument itself may be an object of the recording or undefined: nested data is
    // sent as is (the real client's JSON turns a nested undefined into null, as this JSON does).
    const encode = (value: unknown): WireArg => {
      if (value === undefined) return UNDEFINED;
      if (typeof value === 'object' && value !== null && targets.has(value)) return { $ref: refs.get(targets.get(value)!) };
      return value;
    };
    const unwrap = (value: unknown): unknown => (typeof value === 'object' && value !== null && targets.get(value)) || value;

    const proxy = (target: object, ref: Ref): object => {
      const handler: ProxyHandler<object> = {
        get: (t, name) => {
          if (ref === 0 && name === 'sync') {
            return async () => {
              recorded.push(group);
              group = [];
              await (t as Excel.RequestContext).sync();
            };
          }
          const value = Reflect.get(t, name, t);
          if (typeof name === 'symbol') return value;
          if (typeof value === 'function') {
            return (...args: unknown[]) => {
              const result = (value as (...a: unknown[]) => unknown).apply(t, args.map(unwrap));
              const step: Step = { op: 'call', target: ref, name, args: args.map(encode) };
              group.push(step);
              if (!isClientObject(result)) return result;
              return wrap(result, (r) => ((step.result = r), null));
            };
          }
          if (isClientObject(value)) return wrap(value, (r) => ({ op: 'get', target: ref, name, result: r }));
          if (Array.isArray(value) && value.some(isClientObject)) {
            return value.map((item) =>
              isClientObject(item)
                ? wrap(item, (r) => ({ op: 'item', target: ref, key: itemKey(item as Record<string, unknown>), result: r }))
                : item,
            );
          }
          return value;
        },
        set: (t, name, value) => {
          if (typeof name === 'symbol') return Reflect.set(t, name, value, t);
          group.push({ op: 'set', target: ref, name, value: encode(value) });
          return Reflect.set(t, name, unwrap(value), t);
        },
      };
      const p = new Proxy(target, handler);
      refs.set(target, ref);
      proxies.set(target, p);
      targets.set(p, target);
      return p;
    };

    try {
      return await this.inner((context) => batch(proxy(context, 0) as Excel.RequestContext));
    } finally {
      // Excel.run sends what is still queued when the batch returns.
      if (group.length > 0) recorded.push(group);
    }
  };
}
