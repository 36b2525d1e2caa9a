/**
 * **An in-memory Excel for tests** — the subset of the Excel JavaScript API that src/excel
 * uses, with Office.js's rules (queued operations applied at `sync()` in order,
 * load-before-read, null objects, array sizes, protection) and a log of every sync's request
 * and response bytes, so tests assert round trips and payload like behaviour.
 *
 * @example
 *   const excel = new ExcelDouble();
 *   await excel.run(async (context) => { … await context.sync(); });
 *   excel.document.sheet('Actuals').cellAt(5, 5)?.value;
 *   excel.syncs.length;
 */
import { DocumentState } from './document';
import { RequestQueue, type Faults, type SyncRecord } from './request';
import { WorkbookDouble } from './workbook';

export { type SyncRecord } from './request';
export { OfficeErrorDouble } from './errors';
export { DocumentState, SheetState, DEFAULT_STYLE, type Cell, type CellStyle } from './document';

export class RequestContextDouble {
  readonly workbook: WorkbookDouble;

  constructor(
    private readonly queue: RequestQueue,
    document: DocumentState,
  ) {
    this.workbook = new WorkbookDouble(queue, document);
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

export class ExcelDouble {
  readonly document = new DocumentState();
  /** Every sync of every run, in order. */
  readonly syncs: SyncRecord[] = [];
  /** Set `failSyncNumber` to make the sync with that number in `syncs` (1-based) fail, as a lost connection does. */
  readonly faults: Faults = { failSyncNumber: null };

  constructor() {
    this.document.addSheet('Sheet1'); // a new workbook has one sheet
  }

  /**
   * `Excel.run`: a fresh context for `batch`; whatever is still queued when it returns is
   * sent in one last sync, as Excel.run does. Typed like `Excel.run`, so code under test takes it as is.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const queue = new RequestQueue(this.syncs, this.faults);
    const context = new RequestContextDouble(queue, this.document);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (queue.pendingCount > 0) await queue.sync();
    return result;
  };

  /** Forgets the sync log (between the arrange and the act of a test). */
  resetLog(): void {
    this.syncs.length = 0;
  }

  get requestBytes(): number {
    return this.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
  }

  get responseBytes(): number {
    return this.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  }
}
