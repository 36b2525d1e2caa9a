/**
 * Round trips to Excel, counted and packed. Everything the renderer sends goes through
 * {@link RoundTrips.queue} with an estimate of its size; operations are packed into one
 * request until the next would pass the budget, and only then is `context.sync()` called.
 * So a plan of any size takes about one sync per 4 MB (Excel on the web refuses a request,
 * or a response, over 5 MB), never one per row or per sheet.
 */
import { plannerErrors } from './errors';

/** Bytes per request (and per response) we allow ourselves: under Excel's MAX_REQUEST_BYTES (5 MB, src/workbook/excel-limits.ts) with room to spare. */
export const REQUEST_BUDGET = 4_000_000;
/**
 * Wire overhead of one queued operation beyond its arguments: its object paths, Instantiate
 * and set or method actions, with their ids — 290–350 bytes for a range write or the saved
 * plan's `add`, measured on the real client with 6-digit ids (tests/wire/estimator.test.ts).
 */
export const OPERATION_OVERHEAD = 384;

/**
 * How the real client sends a 2-D array of more than {@link SLICE_CELLS} cells (`values`,
 * `formulas`, `numberFormat`): it validates the size, then sets it in slices of
 * round(1500 ÷ columns) rows, each addressed as `getRow(a).getBoundingRect(getRow(b))` —
 * three object paths, three Instantiate actions and a set action, 700–725 bytes per slice
 * measured on the real client with 4- and 5-digit ids (tests/wire); rounded up for longer ids.
 */
export const SLICE_CELLS = 1500;
export const SLICE_OVERHEAD = 800;

export class RoundTrips {
  /** `context.sync()` calls made. */
  syncs = 0;
  /** Estimated bytes sent and expected back, over all syncs. */
  bytesSent = 0;
  bytesReceived = 0;
  private queuedBytes = 0;
  private expectedBytes = 0;
  private queuedOperations = 0;
  /** While set, everything queued must go in one request: {@link beginCommit}. */
  private commitOf: string | null = null;
  /** Called before each request is sent (the operations report progress and yield to the pane there). */
  beforeSync: ((syncNumber: number) => Promise<void> | void) | null = null;

  constructor(
    readonly context: Excel.RequestContext,
    readonly budget = REQUEST_BUDGET,
  ) {}

  /**
   * Queues an operation whose arguments are about `bytes` long (and whose answer about
   * `responseBytes`); syncs what is queued first when it would not fit in this request.
   */
  async queue(bytes: number, enqueue: () => void, responseBytes = 0): Promise<void> {
    const size = bytes + OPERATION_OVERHEAD;
    if (size > this.budget || responseBytes > this.budget) throw plannerErrors.tooLarge('One block of the plan');
    if (this.queuedOperations > 0 && (this.queuedBytes + size > this.budget || this.expectedBytes + responseBytes > this.budget)) {
      // A commit split over two requests could be cut off between them: refuse it instead.
      // Nothing of it has been sent (Excel.run sends nothing more once the batch throws).
      if (this.commitOf !== null) throw plannerErrors.tooLarge(this.commitOf);
      await this.sync();
    }
    enqueue();
    this.queuedBytes += size;
    this.expectedBytes += responseBytes;
    this.queuedOperations++;
  }

  /**
   * Starts a commit: syncs what is queued, then everything queued until {@link endCommit}
   * goes in one request, or the queue throws `tooLarge` naming `what` before sending any of it.
   */
  async beginCommit(what: string): Promise<void> {
    await this.flush();
    this.commitOf = what;
  }

  /** Ends the commit: what comes next may share its request (after it, so a failure there leaves the commit applied). */
  endCommit(): void {
    this.commitOf = null;
  }

  /** Sends what is queued (even nothing: a caller may need the answers of proxies it made). */
  async sync(): Promise<void> {
    await this.beforeSync?.(this.syncs + 1);
    this.syncs++;
    this.bytesSent += this.queuedBytes;
    this.bytesReceived += this.expectedBytes;
    this.queuedBytes = 0;
    this.expectedBytes = 0;
    this.queuedOperations = 0;
    await this.context.sync();
  }

  /** Makes room: syncs what is queued first when `bytes` more would not fit in this request. */
  async reserve(bytes: number): Promise<void> {
    if (this.queuedOperations > 0 && this.queuedBytes + bytes > this.budget) await this.sync();
  }

  /** Sends what is still queued, if anything. */
  async flush(): Promise<void> {
    if (this.queuedOperations > 0) await this.sync();
  }
}

/** Slices the real client cuts a `rows` × `columns` array into (0: sent whole). */
export function arraySlices(rows: number, columns: number): number {
  if (rows * columns <= SLICE_CELLS) return 0;
  return Math.ceil(rows / Math.max(1, Math.round(SLICE_CELLS / columns)));
}

/** What setting `matrix` on a range sends: its JSON in UTF-8 and the overhead of its slices. */
export function matrixSize(matrix: readonly (readonly unknown[])[]): number {
  return jsonSize(matrix) + arraySlices(matrix.length, matrix[0]?.length ?? 0) * SLICE_OVERHEAD;
}

/**
 * Size of `value` as JSON in UTF-8 bytes, the unit of the estimates: the real client posts
 * its requests as UTF-8 JSON, so a Chinese character costs 3 bytes, not 1 UTF-16 unit
 * (tests/wire measures the real requests).
 */
export function jsonSize(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** UTF-8 bytes of `text`, counted without encoding it (a chunk of rows is ~500 KB). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 2 units, 4 bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}
