/**
 * The request queue of one `RequestContext`: proxies queue operations, `sync()` sends them
 * as one request and applies them in order. Each sync is logged with the bytes its request
 * would carry (the JSON of its operations: object path, action, arguments) and the bytes of
 * its response (the JSON of what was loaded); either over 5 MB fails like Excel on the web.
 *
 * What a sync brings back to the add-in (loaded properties, method results, null-object
 * states) is handed over only once the answer arrives ({@link deliver}): a request whose
 * answer is lost leaves its proxies unloaded, as Office.js does. When an operation fails
 * part-way, the real client still processes the results before the failing action (the
 * response carries them with the error), and so does the double.
 */
import { MAX_REQUEST_BYTES } from '../../../src/workbook/excel-limits';
import type { CellRect } from '../../../src/workbook/spec';
import type { DocumentState, SheetState } from './document';
import { OfficeErrorDouble } from './errors';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The error code when the sync failed. */
  error?: string;
  /** The injected fault this sync suffered, if any. */
  fault?: FaultKind;
}

interface Operation {
  /** What would go over the wire: path, action, arguments. */
  wire: unknown[];
  /** Applies it to the document; returns the bytes it adds to the response. */
  apply: () => number | void;
}

/**
 * How a request fails, as real Office.js requests do:
 * - `lost`: it never reaches Excel (a dropped connection): nothing is applied;
 * - `answerLost`: Excel applies all of it, then the answer is lost: the sync rejects and
 *   nothing loaded in it can be read;
 * - `partial`: the first `applied` operations take effect, then the sync rejects, as when an
 *   operation fails half-way (Excel does not roll back what ran before it).
 */
export type FaultKind = 'lost' | 'answerLost' | 'partial';

export interface SyncFault {
  /** 1-based, over every sync of the double (`excel.syncs`). */
  syncNumber: number;
  kind: FaultKind;
  /** For `partial`: how many operations apply before it fails (clipped to the request's size). */
  applied?: number;
}

/** Faults a test injects; each fires once and is then removed. */
export interface Faults {
  /** Shorthand for a `lost` fault at this sync number. */
  failSyncNumber: number | null;
  syncs?: SyncFault[];
}

/** What the add-in's requests wrote (co-authors' typing is not in it). */
export type WriteKind = 'contents' | 'formats' | 'clear' | 'insert';

export interface WriteRecord {
  /** The sheet's id (stable across renames). */
  sheetId: string;
  rect: CellRect;
  /** 1-based sync number (`excel.syncs`). */
  sync: number;
  kind: WriteKind;
  /** For clears: `All`, `Contents`, `Formats`. */
  detail?: string;
}

/** What a queue reports to and asks of its `ExcelDouble`. */
export interface QueueHost {
  log: SyncRecord[];
  faults: Faults;
  writes: WriteRecord[];
  document?: DocumentState;
  /** Called before each sync's operations apply: a second person editing the workbook. */
  coauthor?: ((document: DocumentState, syncNumber: number) => void) | null;
}

let deliveries: (() => void)[] | null = null;

/** Hands a sync's answer to the add-in side: at once outside a sync, else when the answer arrives. */
export function deliver(effect: () => void): void {
  if (deliveries) deliveries.push(effect);
  else effect();
}

function takeFault(faults: Faults, syncNumber: number): SyncFault | undefined {
  if (faults.failSyncNumber === syncNumber) {
    faults.failSyncNumber = null;
    return { syncNumber, kind: 'lost' };
  }
  const index = (faults.syncs ?? []).findIndex((f) => f.syncNumber === syncNumber);
  if (index < 0) return undefined;
  return faults.syncs!.splice(index, 1)[0];
}

const injected = (message: string) => new OfficeErrorDouble('GeneralException', `${message} (a fault injected by the test).`);

export class RequestQueue {
  /** The request context this queue belongs to (an event handler's result hands it back). */
  context: unknown = null;
  private pending: Operation[] = [];
  private readonly host: QueueHost;
  private currentSync = 0;

  constructor(host: QueueHost | SyncRecord[], faults: Faults = { failSyncNumber: null }) {
    this.host = Array.isArray(host) ? { log: host, faults, writes: [] } : host;
  }

  get log(): SyncRecord[] {
    return this.host.log;
  }

  add(wire: unknown[], apply: () => number | void): void {
    this.pending.push({ wire, apply });
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Called by operations as they apply: records what the add-in wrote, for `excel.cellWrites`. */
  recordWrite(sheet: SheetState, rect: CellRect, kind: WriteKind, detail?: string): void {
    this.host.writes.push({ sheetId: sheet.id, rect: { ...rect }, sync: this.currentSync, kind, ...(detail ? { detail } : {}) });
    // Excel tells onChanged handlers of data changes, the add-in's own included (source Local).
    if (kind === 'contents' || (kind === 'clear' && detail !== 'Formats')) sheet.emitChanged(rect, 'Local');
  }

  async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    let requestBytes = 2;
    for (const op of operations) requestBytes += JSON.stringify(op.wire).length + 1;
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: operations.length };
    this.log.push(record);
    const syncNumber = this.log.length;
    await Promise.resolve(); // a round trip is asynchronous
    if (this.host.coauthor && this.host.document) this.host.coauthor(this.host.document, syncNumber);
    const fault = takeFault(this.host.faults, syncNumber);
    if (fault) record.fault = fault.kind;
    if (fault?.kind === 'lost') {
      record.error = 'GeneralException';
      throw injected('The request did not reach Excel');
    }
    if (requestBytes > MAX_REQUEST_BYTES) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeErrorDouble(record.error, `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    const limit = fault?.kind === 'partial' ? Math.max(0, Math.min(fault.applied ?? 0, operations.length)) : operations.length;
    const answer: (() => void)[] = [];
    deliveries = answer;
    this.currentSync = syncNumber;
    let failure: unknown;
    try {
      for (const op of operations.slice(0, limit)) record.responseBytes += op.apply() ?? 0;
    } catch (error) {
      failure = error;
    } finally {
      deliveries = null;
    }
    if (fault?.kind === 'answerLost' && failure === undefined) {
      record.error = 'GeneralException';
      throw injected('Excel applied the request but its answer was lost'); // nothing delivered
    }
    if (failure === undefined && record.responseBytes > MAX_REQUEST_BYTES) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeErrorDouble(record.error, `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
    for (const effect of answer) effect(); // what ran before a failing operation is answered, as in Excel
    if (failure !== undefined) {
      record.error = (failure as OfficeErrorDouble).code ?? 'GeneralException';
      throw failure; // what ran before the failing operation stays applied, as in Excel
    }
    if (fault?.kind === 'partial') {
      record.error = 'GeneralException';
      throw injected(`The request failed after ${limit} of ${operations.length} operations`);
    }
  }
}
