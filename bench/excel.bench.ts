import { buildPlanInWorkbook, refreshPlan } from '../src/excel';
import type { Locale } from '../src/core/locale';
import { MAX_REQUEST_BYTES } from '../src/workbook/excel-limits';
import { sampleInputs } from '../src/workbook/sample-actuals';
import { ExcelDouble } from '../tests/excel/double';
import { launchRealClient, realClientUnavailable } from '../tests/support/real-office-client';
import { WireRecorder } from '../tests/support/wire-recorder';
import type { BenchRow } from './row';

const MB = 1_000_000;

/**
 * Requests and bytes of building and refreshing a plan, as Microsoft's real Office.js client
 * sends them (UTF-8 bytes of each request body, posted to a local recording server from
 * headless Chromium; tests/support/real-office-client.ts) while the Excel double answers.
 * These are counts, not times: they are the same on every machine. Without Chromium, one row
 * says why there are none.
 */
export async function excelBenchmarks(): Promise<BenchRow[]> {
  const unavailable = realClientUnavailable();
  if (unavailable) return [{ name: 'Office.js requests (real client)', figure: `skipped: ${unavailable}` }];
  const client = await launchRealClient();
  const rows: BenchRow[] = [];
  try {
    for (const [reps, locale] of [
      [25, 'en-US'],
      [5000, 'en-US'],
      [5000, 'zh-CN'],
    ] as [number, Locale][]) {
      const excel = new ExcelDouble();
      const recorder = new WireRecorder(excel.run);
      const { setup, reps: team } = sampleInputs({ reps, locale });
      const run = { run: recorder.run, now: () => new Date(2026, 6, 1) };
      for (const [what, act] of [
        ['build', () => buildPlanInWorkbook(setup, team, locale, run)],
        ['refresh', () => refreshPlan(run)],
      ] as const) {
        recorder.reset();
        excel.resetLog();
        await act();
        const requests = (await client.replay(recorder.runs)).map((r) => r.bytes);
        const sent = requests.reduce((a, b) => a + b, 0);
        const largest = Math.max(...requests);
        // docs/ARCHITECTURE.md#targets: at most 3 syncs per 5 MB of payload (sent, and received as the double answers).
        const budget = Math.max(3, 3 * Math.ceil((sent + excel.responseBytes) / MAX_REQUEST_BYTES));
        rows.push({
          name: `Office.js ${what}, ${reps} reps, ${locale}`,
          figure: `${requests.length} requests (budget ${budget}), ${(sent / MB).toFixed(2)} MB sent, largest request ${(largest / MB).toFixed(2)} MB`,
          data: { reps, requests: requests.length, syncBudget: budget, bytesSent: sent, largestRequestBytes: largest },
        });
      }
    }
  } finally {
    await client.close();
  }
  return rows;
}
