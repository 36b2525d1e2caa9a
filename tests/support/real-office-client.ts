/**
 * **Microsoft's real Office.js client, on a local wire.** Headless Chromium opens a page on
 * 127.0.0.1 (office.js never gets ready from file://) that loads `@microsoft/office-js`'s
 * excel-web-16.00.debug.js; `new Excel.RequestContext(url)` then posts each batch as JSON to
 * `url` + `ProcessQuery`, where this server records the body's UTF-8 bytes — exactly what
 * Excel on the web would receive — and answers a success the client accepts (see
 * {@link answer}). Loads are answered with nothing: the Excel double gave the answers while
 * recording (wire-recorder.ts). Nothing leaves the machine.
 *
 * @example
 *   const client = await launchRealClient();
 *   const requests = await client.replay(recorder.runs); // [{ bytes: 3_912_345 }, …]
 *   await client.close();
 */
import { existsSync, readFileSync } from 'fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from './chromium';
import type { RecordedRun } from './wire-recorder';

export { CHROMIUM } from './chromium';
const EXCEL_CLIENT = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist', 'excel-web-16.00.debug.js');
const REPLAY = join(__dirname, 'real-office-replay.js');

/** Why the real client cannot run here, or null when it can. */
export function realClientUnavailable(): string | null {
  if (!existsSync(CHROMIUM)) return `Chromium not found at ${CHROMIUM} (set CHROMIUM, or apt-get install chromium)`;
  if (!existsSync(EXCEL_CLIENT)) return `${EXCEL_CLIENT} missing (npm ci installs @microsoft/office-js)`;
  return null;
}

/** One request the real client sent. */
export interface WireRequest {
  /** UTF-8 bytes of the body, as posted. */
  bytes: number;
  /** Actions in the request (its `Actions` array). */
  actions: number;
  /** The body itself, when asked for (`keepBodies`). */
  body?: string;
}

export interface RealClient {
  /** Replays the recording on the real client; resolves to every request it sent, in order. */
  replay(runs: RecordedRun[], options?: { keepBodies?: boolean }): Promise<WireRequest[]>;
  close(): Promise<void>;
}

interface RequestBody {
  Actions?: { Id: number; ActionType: number; ObjectPathId: number }[];
  ObjectPaths?: Record<string, { ObjectPathType: number; Name: string }>;
}

/**
 * The response to a request: `{"Results": [...]}`, empty but for the objects a method
 * creates (`worksheets.add()`, …). The client marks those invalid after the request unless
 * the answer to their Instantiate action (ActionType 1, on a method path, ObjectPathType 3)
 * carries their `Id`; it then addresses them by that id in later requests, as it does in
 * Excel (a staged sheet is written over many requests). The ids look like Excel's worksheet ids.
 */
function answer(body: RequestBody, nextId: () => number): string {
  const results = (body.Actions ?? [])
    .filter((action) => {
      const path = body.ObjectPaths?.[String(action.ObjectPathId)];
      return action.ActionType === 1 && path?.ObjectPathType === 3 && path.Name === 'Add';
    })
    .map((action) => {
      const hex = nextId().toString(16).toUpperCase().padStart(12, '0');
      return { ActionId: action.Id, Value: { Id: `{00000000-0001-0000-0000-${hex}}` } };
    });
  return JSON.stringify({ Results: results });
}

const PAGE = '<!doctype html><meta charset="utf-8"><script src="/excel.js"></script><script src="/replay.js"></script>';

export async function launchRealClient(): Promise<RealClient> {
  const scripts: Record<string, Buffer> = { '/excel.js': readFileSync(EXCEL_CLIENT), '/replay.js': readFileSync(REPLAY) };
  let steps = '[]';
  let requests: WireRequest[] = [];
  let keepBodies = false;
  let created = 0;

  const record = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      const parsed = JSON.parse(body) as RequestBody;
      requests.push({ bytes: raw.length, actions: parsed.Actions?.length ?? 0, ...(keepBodies ? { body } : {}) });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(answer(parsed, () => ++created));
    });
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/ProcessQuery') return record(req, res);
    if (path === '/steps') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(steps);
    if (scripts[path]) return res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(scripts[path]);
    if (path === '/') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const browser: Browser = await launchChromium();
  const page: Page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);

  return {
    async replay(runs, options = {}) {
      steps = JSON.stringify(runs);
      requests = [];
      keepBodies = options.keepBodies ?? false;
      const syncs = await page.evaluate(
        ([service, stepsUrl]) => (window as any).__replayRecording(service, stepsUrl),
        [url, `${url}steps`],
      );
      if (pageErrors.length > 0) throw new Error(`The page failed: ${pageErrors.join('; ')}`);
      // A sync with nothing queued sends nothing; every other sync sends exactly one request.
      if (requests.length > syncs) throw new Error(`${requests.length} requests for ${syncs} syncs`);
      steps = '[]';
      return requests;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
