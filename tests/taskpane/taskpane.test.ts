/**
 * The built task pane (dist/taskpane.html) in real headless Chromium, served over http:
 * with Microsoft's real office.js outside Excel, and inside Excel with fake-office.js and the
 * Excel double (support/pane-browser.ts). Screenshots go to test-output/taskpane-<locale>.png.
 * The planning panel's scenarios are in planning.test.ts.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { dist, launchPaneBrowser, screenshot, type PaneBrowser } from './support/pane-browser';

interface Metadata {
  functions: { id: string; name: string; description: string }[];
}
const readMetadata = (file: string): Metadata => JSON.parse(readFileSync(join(dist, file), 'utf8'));

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchPaneBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const openPane = (locale: string, office: 'real' | 'fake' | 'unreachable', query = '') => browser.open(locale, office, query);

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
    await page.locator('[data-testid="build-card"]').waitFor(); // the planning panel found no plan in the double
    const text = await page.locator('body').innerText();
    for (const line of [t.productName, t.tagline, t.buildTitle, t.functionsTitle]) expect(text).toContain(line);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(displayLanguage);

    // The list comes from the metadata Excel reads, in the pane's language.
    const metadata = readMetadata(metadataFile);
    const listed = await page.locator('[data-function]').evaluateAll((items) => items.map((li) => li.getAttribute('data-function')));
    expect(listed).toEqual(metadata.functions.map((f) => `SALES.${f.name}`));
    for (const f of metadata.functions) expect(text).toContain(f.description);
    if (listed.includes('SALES.SPLIT')) expect(text).toContain('=SALES.SPLIT(100,{78.26;17.39;4.35})');

    // Shared runtime: functions.js ran in this page and associated every id in functions.json with a function.
    const associated = await page.evaluate(
      () => (window as unknown as { __associatedFunctionIds: { id: string; callable: boolean }[] }).__associatedFunctionIds,
    );
    expect(associated.map((a) => a.id).sort()).toEqual(metadata.functions.map((f) => f.id.toUpperCase()).sort());
    expect(associated.every((a) => a.callable)).toBe(true);

    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    await screenshot(page, `taskpane-${displayLanguage}.png`);
    await page.context().close();
  });
});

describe('task pane in an older Excel (requirement sets missing)', () => {
  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ])('without CustomFunctionsRuntime (%s): plans as usual, says the SALES functions cannot run here, lists none', async (locale, t) => {
    const { page, pageErrors } = await openPane(locale, 'fake', `?displayLanguage=${locale}&unsupported=CustomFunctionsRuntime`);
    await page.locator('[data-pane-state="excel"] [data-testid="functions-need-newer-excel"]').waitFor({ timeout: 15_000 });
    await page.locator('[data-testid="build-card"]').waitFor();
    await expect(page.locator('body').innerText()).resolves.toContain(t.functionsNeedNewerExcel);
    await expect(page.locator('[data-function]').count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="examples"]').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
    await screenshot(page, `taskpane-no-functions-${locale}.png`);
    await page.context().close();
  });

  it.each([
    ['en-US', enUS],
    ['zh-CN', zhCN],
  ])('without ExcelApi 1.9 (%s): says Excel is too old and which sets it lacks, offers no plan actions', async (locale, t) => {
    const { page, pageErrors } = await openPane(locale, 'fake', `?displayLanguage=${locale}&unsupported=ExcelApi`);
    await page.locator('[data-pane-state="excel-too-old"]').waitFor({ timeout: 15_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain(t.tooOldTitle);
    expect(text).toContain('ExcelApi 1.9');
    expect(text).not.toContain('SharedRuntime');
    await expect(page.locator('[data-testid="build-card"]').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
    await screenshot(page, `taskpane-too-old-${locale}.png`);
    await page.context().close();
  });
});
