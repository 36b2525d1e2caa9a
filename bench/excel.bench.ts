import { buildPlanInWorkbook, refreshPlan } from '../src/excel';
import { sampleInputs } from '../src/workbook/sample-actuals';
import { ExcelDouble } from '../tests/excel/double';

const MB = 1024 * 1024;

/**
 * Round trips and payload of building and refreshing a plan through Office.js, counted by
 * the project's Excel double (docs/ARCHITECTURE.md#targets: at most 3 syncs per 5 MB, no request over 5 MB).
 * These are counts, not times: they are the same on every machine.
 */
export async function excelBenchmarks(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const reps of [25, 5000]) {
    const excel = new ExcelDouble();
    const { setup, reps: team } = sampleInputs({ reps });
    const run = { run: excel.run, now: () => new Date(2026, 6, 1) };
    for (const [what, act] of [
      ['build', () => buildPlanInWorkbook(setup, team, 'en-US', run)],
      ['refresh', () => refreshPlan(run)],
    ] as const) {
      excel.resetLog();
      await act();
      const sent = excel.requestBytes;
      const largest = Math.max(...excel.syncs.map((s) => s.requestBytes));
      const budget = Math.max(3, 3 * Math.ceil((excel.requestBytes + excel.responseBytes) / (5 * MB)));
      rows.push([
        `Office.js ${what}, ${reps} reps`,
        `${excel.syncs.length} syncs (budget ${budget}), ${(sent / MB).toFixed(2)} MB sent, largest request ${(largest / MB).toFixed(2)} MB`,
      ]);
    }
  }
  return rows;
}
