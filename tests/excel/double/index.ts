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
import type { CellRect } from '../../../src/workbook/spec';
import { DocumentState } from './document';
import { OfficeErrorDouble } from './errors';
import { RequestQueue, type Faults, type QueueHost, type SyncRecord, type WriteKind, type WriteRecord } from './request';
import { WorkbookDouble } from './workbook';

export { type SyncRecord, type SyncFault, type FaultKind, type WriteRecord, type WriteKind } from './request';
export { OfficeErrorDouble } from './errors';
export { DocumentState, SheetState, DEFAULT_STYLE, type Cell, type CellStyle } from './document';

export class RequestContextDouble {
  readonly workbook: WorkbookDouble;

  constructor(
    readonly queue: RequestQueue,
    document: DocumentState,
  ) {
    this.workbook = new WorkbookDouble(queue, document);
    queue.context = this;
  }

  sync(): Promise<void> {
    return this.queue.sync();
  }
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The part of a rectangle inside another, or null. */
function overlap(a: CellRect, b: CellRect): CellRect | null {
  const rect = {
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
  };
  return rect.top <= rect.bottom && rect.left <= rect.right ? rect : null;
}

export class ExcelDouble implements QueueHost {
  readonly document = new DocumentState();
  /** Every sync of every run, in order. */
  readonly log: SyncRecord[] = [];
  /**
   * Faults to inject: `failSyncNumber` loses the sync with that number in `syncs` (1-based)
   * before it reaches Excel; `syncs` lists faults of any kind (see `FaultKind`).
   */
  readonly faults: Faults = { failSyncNumber: null, syncs: [] };
  /** Rectangles the add-in's requests wrote, by sync (see {@link cellWrites}). */
  readonly writes: WriteRecord[] = [];
  /**
   * A second person editing the workbook (Excel on the web): called before each sync's
   * operations apply, with the document and the sync's number. Use `sheet.typeAsCoauthor`.
   */
  coauthor: ((document: DocumentState, syncNumber: number) => void) | null = null;
  /**
   * The user is typing in a cell: a batch fails with `InvalidOperationInCellEditMode` unless
   * it runs with `{ delayForCellEdit: true }` (then it runs once the user leaves the cell).
   */
  cellEditMode = false;

  constructor() {
    this.document.addSheet('Sheet1'); // a new workbook has one sheet
  }

  get syncs(): SyncRecord[] {
    return this.log;
  }

  /**
   * `Excel.run`: a fresh context for `batch`; whatever is still queued when it returns is
   * sent in one last sync, as Excel.run does. When the batch throws (or a sync in it
   * rejects), what is still queued is never sent — the real client skips that last sync.
   * Takes `run(batch)` and `run({ delayForCellEdit }, batch)`. Typed like `Excel.run`, so
   * code under test takes it as is.
   */
  readonly run = async <T>(first: Batch<T> | Excel.RunOptions | Excel.RequestContext, second?: Batch<T>): Promise<T> => {
    const batch = (typeof first === 'function' ? first : second) as Batch<T>;
    // Excel.run(context, batch) goes on with an earlier context (to remove its event handlers).
    const earlier = first instanceof RequestContextDouble ? first : null;
    const options = typeof first === 'function' || earlier ? {} : (first as Excel.RunOptions);
    if (typeof batch !== 'function') throw new OfficeErrorDouble('InvalidArgument', 'Excel.run needs a batch function.');
    if (this.cellEditMode && !options.delayForCellEdit) {
      throw new OfficeErrorDouble('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode.");
    }
    const queue = earlier ? earlier.queue : new RequestQueue(this);
    const context = earlier ?? new RequestContextDouble(queue, this.document);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (queue.pendingCount > 0) await queue.sync();
    return result;
  };

  /** Forgets the sync log and the write log (between the arrange and the act of a test). */
  resetLog(): void {
    this.log.length = 0;
    this.writes.length = 0;
  }

  /**
   * What the add-in wrote on a sheet (found by its name now; renames are followed by id):
   * rectangles whose values or formulas were written (`contents`, the default), formats set,
   * clears, inserts.
   */
  cellWrites(sheetName: string, kinds: WriteKind[] = ['contents']): WriteRecord[] {
    const sheet = this.document.findSheet(sheetName);
    if (!sheet) return [];
    return this.writes.filter((w) => w.sheetId === sheet.id && kinds.includes(w.kind));
  }

  /** How many cells of `rect` were written (each counted once) by the given kinds of write. */
  writtenCellsIn(sheetName: string, rect: CellRect, kinds: WriteKind[] = ['contents']): number {
    const parts = this.cellWrites(sheetName, kinds)
      .map((w) => overlap(w.rect, rect))
      .filter((r): r is CellRect => r !== null);
    // Count the union without visiting cells: compress the rectangles' edges into a grid.
    const rows = [...new Set(parts.flatMap((r) => [r.top, r.bottom + 1]))].sort((a, b) => a - b);
    const cols = [...new Set(parts.flatMap((r) => [r.left, r.right + 1]))].sort((a, b) => a - b);
    let count = 0;
    for (let i = 0; i + 1 < rows.length; i++) {
      for (let j = 0; j + 1 < cols.length; j++) {
        const [top, left] = [rows[i], cols[j]];
        if (parts.some((r) => r.top <= top && top <= r.bottom && r.left <= left && left <= r.right)) {
          count += (rows[i + 1] - top) * (cols[j + 1] - left);
        }
      }
    }
    return count;
  }

  get requestBytes(): number {
    return this.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
  }

  get responseBytes(): number {
    return this.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  }
}
