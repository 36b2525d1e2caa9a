/**
 * The request queue of one `RequestContext`: proxies queue operations, `sync()` sends them
 * as one request and applies them in order. Each sync is logged with the bytes its request
 * would carry (the JSON of its operations: object path, action, arguments) and the bytes of
 * its response (the JSON of what was loaded); either over 5 MB fails like Excel on the web.
 */
import { MAX_REQUEST_BYTES } from '../../../src/workbook/excel-limits';
import { OfficeErrorDouble } from './errors';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** The error code when the sync failed. */
  error?: string;
}

interface Operation {
  /** What would go over the wire: path, action, arguments. */
  wire: unknown[];
  /** Applies it to the document; returns the bytes it adds to the response. */
  apply: () => number | void;
}

/** Faults a test injects: the sync that gets this number in the log fails before applying anything. */
export interface Faults {
  failSyncNumber: number | null;
}

export class RequestQueue {
  private pending: Operation[] = [];

  constructor(
    readonly log: SyncRecord[],
    private readonly faults: Faults = { failSyncNumber: null },
  ) {}

  add(wire: unknown[], apply: () => number | void): void {
    this.pending.push({ wire, apply });
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  async sync(): Promise<void> {
    const operations = this.pending;
    this.pending = [];
    let requestBytes = 2;
    for (const op of operations) requestBytes += JSON.stringify(op.wire).length + 1;
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: operations.length };
    this.log.push(record);
    await Promise.resolve(); // a round trip is asynchronous
    if (this.faults.failSyncNumber === this.log.length) {
      this.faults.failSyncNumber = null;
      record.error = 'GeneralException';
      throw new OfficeErrorDouble(record.error, 'The request did not reach Excel (a fault injected by the test).');
    }
    if (requestBytes > MAX_REQUEST_BYTES) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new OfficeErrorDouble(record.error, `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    try {
      for (const op of operations) record.responseBytes += op.apply() ?? 0;
    } catch (error) {
      record.error = (error as OfficeErrorDouble).code ?? 'GeneralException';
      throw error; // what ran before the failing operation stays applied, as in Excel
    }
    if (record.responseBytes > MAX_REQUEST_BYTES) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new OfficeErrorDouble(record.error, `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
    }
  }
}
