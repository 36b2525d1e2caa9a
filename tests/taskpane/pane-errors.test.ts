/**
 * Progress, failures and accessibility of the built pane in Chromium with the Excel double in
 * the page (support/pane-browser.ts), in both languages: a build shows its steps with the
 * fields locked; a fault injected into a request mid-refresh yields "inputs intact" with Retry,
 * and Retry then succeeds; Escape closes Re-plan and Change; axe-core finds no violation and
 * no item needing review in any state reached; the page's CSP is in force and never violated.
 * Screenshots: test-output/taskpane-failed-<locale>.png.
 */
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/core/locale';
import { uiStrings, type UiStrings } from '../../src/taskpane/i18n';
import { expectAccessible, launchPaneBrowser, screenshot, type ExcelWindow, type Opened, type PaneBrowser } from './support/pane-browser';

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchPaneBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const outcome = (page: Page) => page.getByTestId('plan-outcome');
const double = (page: Page) => ({
  syncs: () => page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.syncs.length),
  /** A request lost on its way to Excel, `after` requests from now. */
  loseRequest: (after: number) =>
    page.evaluate((after) => {
      const excel = (window as unknown as ExcelWindow).__excelDouble;
      excel.faults.syncs!.push({ syncNumber: excel.syncs.length + after, kind: 'lost' });
    }, after),
  sheet: (name: string) =>
    page.evaluate((name) => {
      const sheet = (window as unknown as ExcelWindow).__excelDouble.document.sheets.find((s) => s.name === name)!;
      return { protected: sheet.protection.protected };
    }, name),
  sheetNames: () => page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.sheets.map((s) => s.name)),
  values: (sheet: string, address: string) =>
    page.evaluate(
      ([sheet, address]) =>
        (window as unknown as ExcelWindow).__excelDouble.run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet).getRange(address).load('values');
          await context.sync();
          return range.values;
        }),
      [sheet, address],
    ),
  type: (sheet: string, address: string, values: unknown[][]) =>
    page.evaluate(
      ({ sheet, address, values }) =>
        (window as unknown as ExcelWindow).__excelDouble.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
          await context.sync();
        }),
      { sheet, address, values },
    ),
});

/** Records, from the page itself, every progress label shown and whether the fields were locked then. */
async function watchProgress(page: Page): Promise<() => Promise<{ labels: string[]; lockedWhileShown: boolean[] }>> {
  await page.evaluate(() => {
    const seen = { labels: [] as string[], lockedWhileShown: [] as boolean[] };
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="plan-progress"]');
      if (!bar) return;
      const label = bar.querySelector('label')?.textContent ?? '';
      if (seen.labels[seen.labels.length - 1] !== label) {
        seen.labels.push(label);
        // Locked: the form's fields, or (once a preview was confirmed) the preview's buttons.
        const fields = [...document.querySelectorAll('form input, form textarea, form select')];
        const buttons = [...document.querySelectorAll('[data-testid="plan-preview"] button')];
        const controls = [...fields, ...buttons];
        seen.lockedWhileShown.push(
          controls.length > 0 && controls.every((c) => c.matches(':disabled') || c.getAttribute('aria-disabled') === 'true'),
        );
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __progress: { labels: string[]; lockedWhileShown: boolean[] } }).__progress);
}

describe.each(['en-US', 'zh-CN'] as Locale[])('failures, progress and accessibility (%s)', (locale) => {
  const t: UiStrings = uiStrings[locale];
  let opened: Opened;
  let page: Page;
  beforeAll(async () => {
    opened = await browser.open(locale, 'fake', `?displayLanguage=${locale}`);
    page = opened.page;
    await page.getByTestId('build-card').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await expect(opened.cspViolations()).resolves.toEqual([]);
    await page.context().close();
  });

  it('the CSP is in force: an inline script is refused and reported', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    for (let i = 0; i < 50 && (await opened.cspViolations()).length === 0; i++) await page.waitForTimeout(20); // the event is queued
    await expect(opened.cspViolations()).resolves.toEqual([expect.stringMatching(/^script-src/)]);
    await page.evaluate(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations.length = 0));
    await expectAccessible(page, 'build card');
  });

  it('a build shows its steps and percent with the fields locked, then the plan', async () => {
    await page.getByRole('textbox', { name: t.fieldTarget, exact: true }).fill('3,000,000');
    await page.getByRole('radio', { name: t.teamSample }).check();
    const spin = page.getByRole('spinbutton', { name: t.fieldSampleSize });
    await spin.fill('6');
    await spin.press('Tab');
    const progress = await watchProgress(page);
    await page.getByRole('button', { name: t.buildButton }).click();
    await page.getByRole('button', { name: t.confirmBuild }).click(); // the preview comes first
    await outcome(page).getByText(t.outcomeBuilt).waitFor({ timeout: 20_000 });
    const seen = await progress();
    expect(seen.labels[0]).toBe(t.progressRead);
    expect(seen.labels).toContain(t.progressPlan);
    expect(seen.labels.some((label) => /1/.test(label) && label.startsWith(t.progressWrite.slice(0, 6)))).toBe(true);
    expect(seen.lockedWhileShown.every(Boolean)).toBe(true);
    await expect(page.getByTestId('plan-progress').count()).resolves.toBe(0);
    await expectAccessible(page, 'built');
  });

  it('a request lost mid-refresh: names the action, says inputs are intact, Office’s text under Details; Retry succeeds', async () => {
    const excel = double(page);
    const names = await excel.sheetNames();
    const actuals = names[2];
    await excel.type(actuals, 'E5', [[4_321]]);
    await excel.loseRequest(3); // the read of the plan, the read of the inputs, then the first write
    await page.getByRole('button', { name: t.refreshButton }).click();
    const bar = outcome(page);
    await bar.getByText(t.failedRefresh).waitFor({ timeout: 20_000 });
    await expect(bar.getAttribute('data-intent')).resolves.toBe('error');
    await expect(page.getByTestId('outcome-change').innerText()).resolves.toBe(t.changedRestored);
    const text = await bar.innerText();
    expect(text).not.toContain('fault injected'); // Office's text is not the message…
    await expect(page.locator('details').getAttribute('open')).resolves.toBeNull(); // …it is under Details, collapsed
    await expect(page.getByTestId('outcome-details').textContent()).resolves.toContain('GeneralException');
    if (locale === 'zh-CN') expect(text.replace(/Excel/g, '')).not.toMatch(/[A-Za-z]{3,}/); // all Chinese but Excel's name
    // The workbook: the typed input intact, every plan sheet protected again, no leftover staging sheet.
    await expect(excel.values(actuals, 'E5')).resolves.toEqual([[4_321]]);
    for (const name of names.slice(0, 5)) await expect(excel.sheet(name)).resolves.toEqual({ protected: true });
    await expect(excel.sheetNames()).resolves.toEqual(names);
    await expectAccessible(page, 'refresh failed');
    await page.getByText(t.errorDetails).click();
    await expectAccessible(page, 'details open');
    await screenshot(page, `taskpane-failed-${locale}.png`);

    await bar.getByRole('button', { name: t.retry }).click();
    await outcome(page).getByText(t.outcomeRefreshed).waitFor({ timeout: 20_000 });
    await expect(excel.values(actuals, 'E5')).resolves.toEqual([[4_321]]);
    await expectAccessible(page, 'refreshed after retry');
  });

  it('the outcome that takes the focus shows a focus ring', async () => {
    const outline = await outcome(page).evaluate((bar) => {
      (bar as HTMLElement).focus();
      const style = getComputedStyle(bar);
      return [style.outlineStyle, parseFloat(style.outlineWidth) > 0];
    });
    expect(outline).toEqual(['solid', true]);
  });

  it('Escape closes Re-plan and Change, and gives the focus back to their buttons', async () => {
    for (const [button, field] of [
      [t.replanButton, t.fieldNewTarget],
      [t.changeButton, t.fieldWhy],
    ]) {
      await page.getByRole('button', { name: button }).click();
      const box = page.getByRole('textbox', { name: field, exact: true });
      await box.waitFor();
      await expectAccessible(page, `${button} open`);
      await box.press('Escape');
      await expect(box.count()).resolves.toBe(0);
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(button);
    }
  });
});
