/**
 * The built task pane (dist/taskpane.html) in real headless Chromium, served over http:
 * with Microsoft's real office.js outside Excel, and with an Excel double (fake-office.js).
 * Screenshots go to test-output/taskpane-<locale>.png.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { serveDirectory } from './support/static-server';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');
const officeDist = join(root, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

interface Metadata {
  functions: { id: string; name: string; description: string }[];
}
const readMetadata = (file: string): Metadata => JSON.parse(readFileSync(join(dist, file), 'utf8'));

type OfficeScript = 'real' | 'fake' | 'unreachable';
interface Opened {
  page: Page;
  pageErrors: string[];
  /** Requests that would have left the machine (anything but the local server and the CDN route). */
  blocked: string[];
}

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(join(dist, 'taskpane.html'))) throw new Error('dist/taskpane.html missing: run `npm run build`');
  server = await serveDirectory(dist);
  // Playwright gives every launch a fresh temporary profile (user-data-dir), removed on close.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the pane with the browser language `locale`; `office` decides what the CDN's office.js is. */
async function openPane(locale: string, office: OfficeScript, query = ''): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 360, height: 760 } });
  const opened: Opened = { page: await context.newPage(), pageErrors: [], blocked: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      if (office === 'unreachable') return route.abort('internetdisconnected');
      const file = new URL(url).pathname.slice('/lib/1/hosted/'.length);
      const local = office === 'fake' ? (file === 'office.js' ? join(__dirname, 'fake-office.js') : '') : join(officeDist, file);
      if (!local || !existsSync(local)) return route.fulfill({ status: 404 });
      return route.fulfill({ body: readFileSync(local), contentType: 'text/javascript' });
    }
    opened.blocked.push(url);
    return route.abort();
  });
  opened.page.on('pageerror', (error) => opened.pageErrors.push(error.message));
  await opened.page.goto(`${server.url}taskpane.html${query}`);
  return opened;
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  await page.screenshot({ path: join(root, 'test-output', name), fullPage: true });
}

describe('task pane outside Office (real office.js in a plain browser)', () => {
  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ])('says in the browser language (%s) that it runs inside Excel, and how to open it', async (locale, t) => {
    const { page, blocked } = await openPane(locale, 'real');
    await page.locator('[data-pane-state="none"]').waitFor({ timeout: 15_000 });
    await expect(page.locator('h1').innerText()).resolves.toBe(t.productName);
    const text = await page.locator('body').innerText();
    for (const line of [t.outsideTitle, t.outsideStepSideload, t.outsideStepOpen, t.outsideStepType]) expect(text).toContain(line);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale);
    expect(blocked).toEqual([]);
    await screenshot(page, `taskpane-outside-${locale}.png`);
    await page.context().close();
  });

  it('still explains itself when office.js cannot be loaded at all', async () => {
    const { page } = await openPane('en-US', 'unreachable');
    await page.locator('[data-pane-state="none"]').waitFor({ timeout: 5_000 });
    await expect(page.locator('body').innerText()).resolves.toContain(enUS.outsideTitle);
    await page.context().close();
  });

  it('loads functions.js without errors before office.js has its host script (as in Excel, where that script arrives asynchronously)', async () => {
    // Real office.js defines CustomFunctions.associate at once but CustomFunctions.ErrorCode/Error only
    // in the host script it loads later; the bundle must not touch them while loading.
    const { page, pageErrors } = await openPane('en-US', 'real');
    await page.locator('[data-pane-state="none"]').waitFor({ timeout: 15_000 });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe('task pane in Excel (Excel double)', () => {
  // The browser language is deliberately the other one: Excel's display language must win.
  it.each([
    ['en-US', 'zh-CN', enUS, 'functions.json'],
    ['zh-CN', 'en-US', zhCN, 'functions.zh-CN.json'],
  ])('shows the %s pane and lists every registered function', async (displayLanguage, browserLocale, t, metadataFile) => {
    const { page, pageErrors, blocked } = await openPane(browserLocale, 'fake', `?displayLanguage=${displayLanguage}`);
    await page.locator('[data-pane-state="excel"] [data-testid="function-list"]').waitFor({ timeout: 15_000 });
    const text = await page.locator('body').innerText();
    for (const line of [t.productName, t.tagline, t.functionsTitle, t.planningLater]) expect(text).toContain(line);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(displayLanguage);

    // The list comes from the metadata Excel reads, in the pane's language.
    const metadata = readMetadata(metadataFile);
    const listed = await page.locator('[data-function]').evaluateAll((items) => items.map((li) => li.getAttribute('data-function')));
    expect(listed).toEqual(metadata.functions.map((f) => `SALES.${f.name}`));
    for (const f of metadata.functions) expect(text).toContain(f.description);
    if (listed.includes('SALES.SPLIT')) expect(text).toContain('=SALES.SPLIT(100,{78.26;17.39;4.35})');

    // Shared runtime: functions.js ran in this page and associated every id in functions.json with a function.
    const associated = await page.evaluate(() => (window as unknown as { __associatedFunctionIds: { id: string; callable: boolean }[] }).__associatedFunctionIds);
    expect(associated.map((a) => a.id).sort()).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
    expect(associated.every((a) => a.callable)).toBe(true);

    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    await screenshot(page, `taskpane-${displayLanguage}.png`);
    await page.context().close();
  });
});
