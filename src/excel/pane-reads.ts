/**
 * Small reads the task pane makes before it acts: the plan saved in the workbook (to show
 * what is there and offer refresh, snapshot and re-plan) and the selected range (to take a
 * team from it). One Excel.run each, at most two syncs.
 */
import type { ExcelRun } from './operations';
import { newestState, STATE_NAMESPACE, type PlanState } from './state';

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

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

/** The values of the range the user selected, as Excel holds them (dates as serial numbers). */
export async function selectedValues(run: ExcelRun = defaultRun): Promise<unknown[][]> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load('values');
    await context.sync();
    return range.values;
  });
}
