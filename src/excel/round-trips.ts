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
/** Wire overhead of one queued operation beyond its arguments (object path, action, ids). */
export const OPERATION_OVERHEAD = 256;

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

/** Size of `value` as JSON, the unit of the estimates. */
export function jsonSize(value: unknown): number {
  return JSON.stringify(value).length;
}
