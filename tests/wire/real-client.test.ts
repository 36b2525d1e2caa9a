/**
 * **The real wire** (issue 9, item 4): a 5,000-rep × 12-month plan built and refreshed, in
 * en-US and zh-CN, sends no request over 4,000,000 bytes of UTF-8 (REQUEST_BUDGET, under
 * Excel on the web's 5 MB) — measured on the requests Microsoft's real Office.js client
 * (excel-web-16.00.debug.js) posts, not on estimates. The Excel double runs the operation and
 * answers it (tests/support/wire-recorder.ts); the real client, in Chromium, sends the same
 * calls to a local recording server (tests/support/real-office-client.ts).
 */
import { buildPlanInWorkbook, refreshPlan } from '../../src/excel';
import { REQUEST_BUDGET } from '../../src/excel/round-trips';
import type { Locale } from '../../src/core/locale';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { ExcelDouble } from '../excel/double';
import { options } from '../excel/support/workbook';
import { launchRealClient, realClientUnavailable, type RealClient, type WireRequest } from '../support/real-office-client';
import { WireRecorder } from '../support/wire-recorder';

const unavailable = realClientUnavailable();
if (unavailable) console.warn(`tests/wire/real-client.test.ts skipped: ${unavailable}`);
const describeWire = unavailable ? describe.skip : describe;

const REPS = 5000;

describeWire.each<Locale>(['en-US', 'zh-CN'])('5,000 reps × 12 months through the real Office.js client, %s', (locale) => {
  let client: RealClient;
  const excel = new ExcelDouble();
  const recorder = new WireRecorder(excel.run);
  const sample = sampleInputs({ reps: REPS, locale });

  beforeAll(async () => {
    client = await launchRealClient();
  });
  afterAll(async () => {
    await client?.close();
  });

  async function sent(operation: () => Promise<unknown>): Promise<WireRequest[]> {
    recorder.reset();
    await operation();
    return client.replay(recorder.runs);
  }

  function expectEveryRequestWithinBudget(requests: WireRequest[]): void {
    const sizes = requests.map((r) => r.bytes);
    const over = sizes.map((bytes, i) => ({ request: i + 1, bytes })).filter((r) => r.bytes > REQUEST_BUDGET);
    expect(over).toEqual([]);
    // Big enough to need several full requests: packing, not one giant request, is what is measured.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * REQUEST_BUDGET);
  }

  it('builds: every request ≤ 4,000,000 bytes of UTF-8', async () => {
    const run = { ...options(excel), run: recorder.run };
    expectEveryRequestWithinBudget(await sent(() => buildPlanInWorkbook(sample.setup, sample.reps, locale, run)));
  }, 600_000);

  it('refreshes (every input read back and rewritten): every request ≤ 4,000,000 bytes of UTF-8', async () => {
    const run = { ...options(excel), run: recorder.run };
    expectEveryRequestWithinBudget(await sent(() => refreshPlan(run)));
  }, 600_000);
});
