/**
 * Small reads the task pane makes before it acts: the plan saved in the workbook (to show
 * what is there and offer refresh, snapshot and re-plan) and the selected range (to take a
 * team from it). One Excel.run each.
 */
import { rectAddress, sheetOfAddress } from '../workbook/a1';
import type { CellRect } from '../workbook/spec';
import { plannerErrors } from './errors';
import type { ExcelRun } from './operations';
import { newestState, STATE_NAMESPACE, type PlanState } from './state';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * The most cells of a selection read for a team, after clipping it to the used cells: a team
 * table of 5,000 reps × 20 columns, about 1.6 MB of answer (Excel on the web refuses 5 MB,
 * and Excel reads more than 5 million cells as nothing).
 */
export const MAX_SELECTION_CELLS = 100_000;

/** The plan saved in this workbook, or null when it has none. @throws {PlannerError} `unreadablePlan` */
export async function savedPlan(run: ExcelRun = defaultRun): Promise<PlanState | null> {
  return run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).load('items');
    await context.sync();
    if (parts.items.length === 0) return null;
    const xmls = parts.items.map((part) => part.getXml());
    await context.sync();
    return newestState(xmls.map((xml) => xml.value));
  });
}

/** The part of `selection` inside `used` (both 1-based rectangles), or null when they do not meet. */
export function clipToUsed(selection: CellRect, used: CellRect | null): CellRect | null {
  if (!used) return null;
  const area = {
    top: Math.max(selection.top, used.top),
    left: Math.max(selection.left, used.left),
    bottom: Math.min(selection.bottom, used.bottom),
    right: Math.min(selection.right, used.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** A loaded range's rectangle, from its indexes and counts (no address parsed). */
const rectOf = (range: Excel.Range): CellRect => ({
  top: range.rowIndex + 1,
  left: range.columnIndex + 1,
  bottom: range.rowIndex + range.rowCount,
  right: range.columnIndex + range.columnCount,
});

/**
 * The values of the range the user selected, as Excel holds them (dates as serial numbers),
 * clipped to the sheet's used cells: a whole column selected is its filled rows, not a million
 * blanks; nothing filled selected reads as no rows. Three syncs: the selection, the used range
 * of its sheet, the values.
 * @throws {PlannerError} `selectionTooLarge` when even the used part has more than {@link MAX_SELECTION_CELLS} cells
 */
export async function selectedValues(run: ExcelRun = defaultRun): Promise<unknown[][]> {
  return run(async (context) => {
    const selection = context.workbook.getSelectedRange().load('address,rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const sheet = context.workbook.worksheets.getItem(sheetOfAddress(selection.address));
    // valuesOnly: cells that are only formatted (a styled empty table) are not a team.
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    const area = clipToUsed(rectOf(selection), used.isNullObject ? null : rectOf(used));
    if (!area) return [];
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (cells > MAX_SELECTION_CELLS) throw plannerErrors.selectionTooLarge(cells, MAX_SELECTION_CELLS);
    const range = sheet.getRange(rectAddress(area)).load('values');
    await context.sync();
    // Excel answers a read it cannot make with null rather than an array: no rows, not a crash.
    return Array.isArray(range.values) ? range.values : [];
  });
}
