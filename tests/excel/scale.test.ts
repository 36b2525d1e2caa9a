/**
 * docs/ARCHITECTURE.md#targets, round trips: building or refreshing a plan of any size takes at most 3
 * `context.sync()` calls per 5 MB of payload, and no request or response over 5 MB —
 * measured by the Excel double on the 5,000-rep × 12-month plan (behaviour, not timing).
 */
import { buildPlanInWorkbook, refreshPlan } from '../../src/excel';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { MAX_REQUEST_BYTES } from '../../src/workbook/excel-limits';
import { ExcelDouble, type SyncRecord } from './double';
import { options } from './support/workbook';

function expectWithinBudget(syncs: SyncRecord[]): void {
  const payload = syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0);
  expect(syncs.length).toBeLessThanOrEqual(3 * Math.ceil(payload / MAX_REQUEST_BYTES));
  expect(Math.max(...syncs.map((s) => s.requestBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
}

describe('5,000 reps × 12 months', () => {
  const excel = new ExcelDouble();
  const { setup, reps } = sampleInputs({ reps: 5000 });

  it('builds within 3 syncs per 5 MB, every request under 5 MB', async () => {
    await buildPlanInWorkbook(setup, reps, 'en-US', options(excel));
    expectWithinBudget(excel.syncs);
    // It is big enough to need several requests: packing, not one giant request, is what is tested.
    expect(excel.requestBytes).toBeGreaterThan(3 * MAX_REQUEST_BYTES);
  }, 300_000);

  it('refreshes (reading ~780,000 input cells back) within the same budget', async () => {
    excel.resetLog();
    const summary = await refreshPlan(options(excel));
    expectWithinBudget(excel.syncs);
    expect(excel.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(summary.syncs).toBe(excel.syncs.length);
  }, 300_000);
});
