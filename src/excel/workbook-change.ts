/**
 * What a failed operation left in the workbook, so the pane can say it: an operation that
 * fails rejects with the error itself (Office's or a PlannerError, callers branch on its
 * `code`) and records here what recovery found (recovery.ts reads it from the workbook).
 *
 * - `nothing`: it failed before writing anything (reading, planning, a refusal);
 * - `restored`: writing had begun, the commit did not land, and every sheet was put back as
 *   it was — inputs intact, sheets protected again;
 * - `written`: the commit landed (the new plan is in the workbook), what failed came after it;
 * - `unknown`: recovery itself failed (or the error is not an operation's): some of the
 *   change may be written. Inputs are never overwritten (see recovery.ts), and running the
 *   operation again reads the workbook afresh and finishes it.
 */
export type WorkbookChange = 'nothing' | 'restored' | 'written' | 'unknown';

const changes = new WeakMap<object, WorkbookChange>();

/** Records what `error`'s operation left (operations.ts). */
export function recordChange(error: unknown, change: WorkbookChange): void {
  if (typeof error === 'object' && error !== null) changes.set(error, change);
}

/**
 * What the failed operation that threw `error` left in the workbook.
 *
 * @example
 *   try { await refreshPlan(); } catch (error) { workbookChangeAfter(error); } // 'nothing' | 'restored' | …
 */
export function workbookChangeAfter(error: unknown): WorkbookChange {
  return (typeof error === 'object' && error !== null && changes.get(error)) || 'unknown';
}
