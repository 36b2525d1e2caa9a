/**
 * The team status card of the built pane in real Chromium, with the Excel double in the page:
 * after a build, and as reps type their actuals, the pane lists exactly the Dashboard's
 * flagged reps (the Dashboard model over what the workbook holds, which the LibreOffice
 * oracle proves equal to the sheet) in the pane's language; a click selects the rep's row;
 * a rule edited in the pane writes only its Setup cell; a co-author's edit updates the list
 * without a message. Screenshots: test-output/taskpane-status-<locale>-320.png.
 */
import type { Page } from 'playwright-core';
import { rectAddress, parseRange } from '../../src/workbook/a1';
import type { Locale } from '../../src/core/locale';
import { stateFromXml, STATE_NAMESPACE, type PlanState } from '../../src/excel';
import { fill } from '../../src/taskpane/i18n';
import { myRepKey } from '../../src/taskpane/my-rep';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { buildPlan, computeDashboard, computeQuotas, planPeriods, workbookText } from '../../src/workbook';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { asOfCell, ruleCell, teamStatus, type TeamStatus } from '../../src/workbook/team-status';
import { isoToSerial, serialToIso } from '../../src/core/dates';
import { inputKey, type InputValues } from '../../src/workbook/spec';
import { expectAccessible, launchPaneBrowser, screenshot, type ExcelWindow, type PaneBrowser } from './support/pane-browser';

let browser: PaneBrowser;
beforeAll(async () => {
  browser = await launchPaneBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const REPS = 12;
const AS_OF = '2026-06-30';

async function savedPlan(page: Page): Promise<PlanState> {
  const xml = await page.evaluate(
    (ns) => (window as unknown as ExcelWindow).__excelDouble.document.parts.find((p) => p.namespaceUri === ns)?.xml,
    STATE_NAMESPACE,
  );
  return stateFromXml(xml ?? '');
}

/** Writes a block of values as one request, as a rep pasting into Actuals would. */
function write(page: Page, sheet: string, address: string, values: unknown[][]) {
  return page.evaluate(
    ({ sheet, address, values }) =>
      (window as unknown as ExcelWindow).__excelDouble.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
        await context.sync();
      }),
    { sheet, address, values },
  );
}

/** The reps' actuals of the sample, pasted into Actuals; returns them as inputs. */
async function pasteActuals(page: Page, plan: PlanState): Promise<InputValues> {
  const sample = sampleInputs({ reps: REPS, locale: plan.locale });
  const spec = buildPlan(plan.setup, plan.reps, {}, plan.locale);
  const actuals = spec.sheets.find((s) => s.key === 'actuals')!;
  const block = actuals.blocks.find((b) => b.inputKeys)!;
  const keys = block.inputKeys!;
  const typed: InputValues = {};
  const values = keys.rows.map((row) =>
    keys.columns.map((column) => {
      const key = inputKey('actuals', row, column);
      const value = sample.inputs[key];
      if (value === undefined) return '';
      typed[key] = value;
      return value;
    }),
  );
  const rect = {
    top: block.at.row,
    left: block.at.column,
    bottom: block.at.row + values.length - 1,
    right: block.at.column + values[0].length - 1,
  };
  await write(page, actuals.name, rectAddress(rect), values);
  return typed;
}

/** What the pane lists: each flagged rep's ID, status and reasons, in order. */
function listed(page: Page) {
  return page.getByTestId('flagged-rep').evaluateAll((items) =>
    items.map((li) => ({
      repId: li.getAttribute('data-rep-id'),
      status: li.getAttribute('data-status'),
      reasons: [...li.querySelectorAll('[data-testid="flagged-reasons"] li')].map((r) => r.textContent),
    })),
  );
}

const expectedList = (status: TeamStatus) => status.flagged.map((f) => ({ repId: f.repId, status: f.status, reasons: f.reasons }));

/** The Dashboard's flagged rows as the model computes its Status and Reason cells, in the workbook's words. */
function dashboardFlagged(plan: PlanState, inputs: InputValues) {
  const text = workbookText(plan.locale);
  const quotas = computeQuotas(plan.setup, plan.reps, planPeriods(plan.setup, text)).table;
  return computeDashboard(plan.setup, plan.reps, quotas, inputs, plan.locale)
    .reps.map((row, i) => ({ repId: plan.reps[i].id, status: row.status, reason: row.reason }))
    .filter((r) => r.status === text.words.atRisk || r.status === text.words.lagging);
}

describe.each([
  ['en-US', enUS],
  ['zh-CN', zhCN],
] as const)('team status in the pane (%s)', (locale: Locale, t) => {
  let page: Page;
  let plan: PlanState;
  let inputs: InputValues;
  let opened: Awaited<ReturnType<PaneBrowser['open']>>;

  beforeAll(async () => {
    opened = await browser.open(locale, 'fake', `?displayLanguage=${locale}`);
    page = opened.page;
    await page.getByTestId('build-card').waitFor({ timeout: 15_000 });
    await page.getByRole('textbox', { name: t.fieldTarget, exact: true }).fill('6,000,000');
    await page.getByRole('textbox', { name: t.fieldAsOf, exact: true }).fill(AS_OF);
    await page.getByRole('radio', { name: t.teamSample }).check();
    const spin = page.getByRole('spinbutton', { name: t.fieldSampleSize });
    await spin.fill(String(REPS));
    await spin.press('Tab');
    await page.getByRole('button', { name: t.buildButton }).click();
    await page.getByRole('button', { name: t.confirmBuild }).click(); // after the preview
    await page.getByTestId('plan-outcome').getByText(t.outcomeBuilt).waitFor({ timeout: 20_000 });
    plan = await savedPlan(page);
  });
  afterAll(async () => {
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await expect(opened.cspViolations()).resolves.toEqual([]);
    await page.context().close();
  });

  it('after the build, with no actuals yet, lists every rep who has a target, all Lagging', async () => {
    const expected = teamStatus(plan, {}, locale);
    await page.getByTestId('status-counts').waitFor();
    await expect(listed(page)).resolves.toEqual(expectedList(expected));
    expect(expected.flagged.every((f) => f.status === 'lagging')).toBe(true);
    const counts = await page.getByTestId('status-counts').innerText();
    expect(counts).toContain(fill(t.statusCount, { status: workbookText(locale).words.lagging, n: expected.counts.lagging }));
  });

  it('follows the actuals as they are pasted in: exactly the Dashboard’s flagged rows, with its reasons, furthest behind first', async () => {
    inputs = await pasteActuals(page, plan);
    const expected = teamStatus(plan, inputs, locale);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="flagged-rep"]').length === n, expected.flagged.length, {
      timeout: 10_000,
    });
    const shown = await listed(page);
    expect(shown).toEqual(expectedList(expected));
    // The list is the Dashboard's: the same reps, each with its Status word and, joined, its Reason.
    const { words, rules } = workbookText(locale);
    const byId = (a: { repId: string | null }, b: { repId: string | null }) => String(a.repId).localeCompare(String(b.repId));
    expect(
      shown.map((s) => ({ repId: s.repId, status: words[s.status as 'atRisk'], reason: s.reasons.join(rules.separator) })).sort(byId),
    ).toEqual(dashboardFlagged(plan, inputs).sort(byId));
    expect(new Set(shown.map((s) => s.status))).toEqual(new Set(['atRisk', 'lagging']));
    await expect(page.getByTestId('plan-outcome').count()).resolves.toBe(1); // the build's message only: nothing new popped up
    await page.setViewportSize({ width: 320, height: 900 });
    await screenshot(page, `taskpane-status-${locale}-320.png`);
    await expectAccessible(page, 'team status with flagged reps');
  });

  it('a click selects the rep’s Dashboard row; the second action their Actuals rows', async () => {
    const first = page.getByTestId('flagged-rep').first();
    const repId = (await first.getAttribute('data-rep-id'))!;
    await first.getByTestId('flagged-rep-row').click();
    const text = workbookText(locale);
    await page.waitForFunction(
      (sheet) => (window as unknown as ExcelWindow).__excelDouble.document.selection.sheet === sheet,
      text.sheets.dashboard,
    );
    const selection = await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.selection);
    const rect = parseRange(selection.address);
    expect(rect.top).toBe(rect.bottom);
    const idAt = (sheet: string, row: number) =>
      page.evaluate(
        ([sheet, row]) => (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string).cellAt(row as number, 1)?.value,
        [sheet, row],
      );
    await expect(idAt(text.sheets.dashboard, rect.top)).resolves.toBe(repId);

    await first.getByTestId('flagged-rep-actuals').click();
    await page.waitForFunction(
      (sheet) => (window as unknown as ExcelWindow).__excelDouble.document.selection.sheet === sheet,
      text.sheets.actuals,
    );
    const block = parseRange((await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.selection)).address);
    expect(block.bottom - block.top + 1).toBe(12);
    for (const row of [block.top, block.bottom]) await expect(idAt(text.sheets.actuals, row)).resolves.toBe(repId);
    await expect(idAt(text.sheets.actuals, block.bottom + 1)).resolves.not.toBe(repId);
  });

  it('a threshold edited in the pane rewrites only that Setup cell, and the list follows', async () => {
    await page.getByTestId('rules-toggle').click();
    const rule = page.locator('[data-rule="followUps"]');
    const box = rule.getByTestId('rule-threshold');
    await expect(box.inputValue()).resolves.toBe('0.5');
    await screenshot(page, `taskpane-rules-${locale}-320.png`);
    await expectAccessible(page, 'warning rules open');
    await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.resetLog());
    await box.fill('0.95');
    await box.press('Enter');
    const at = ruleCell(plan, 'followUps', 'threshold');
    const setup = workbookText(locale).sheets.setup;
    await page.waitForFunction(
      ([sheet, row, column]) =>
        (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string).cellAt(row as number, column as number)?.value ===
        0.95,
      [setup, at.row, at.column],
    );
    const writes = await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.writes);
    expect(writes.map((w) => w.rect)).toEqual([{ top: at.row, bottom: at.row, left: at.column, right: at.column }]);
    const edited = { ...inputs, [inputKey('setup', 'rule:followUps', 'threshold')]: 0.95 };
    const expected = teamStatus(plan, edited, locale);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="flagged-rep"]').length === n, expected.flagged.length);
    await expect(listed(page)).resolves.toEqual(expectedList(expected));
    inputs = edited;
  });

  it('a rule switched off in the pane says Off in the workbook’s words', async () => {
    const rule = page.locator('[data-rule="projection"]');
    await rule.getByTestId('rule-on').click();
    const at = ruleCell(plan, 'projection', 'on');
    const setup = workbookText(locale).sheets.setup;
    await page.waitForFunction(
      ([sheet, row, column, off]) =>
        (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string).cellAt(row as number, column as number)?.value ===
        off,
      [setup, at.row, at.column, workbookText(locale).rules.off],
    );
    inputs = { ...inputs, [inputKey('setup', 'rule:projection', 'on')]: workbookText(locale).rules.off };
    const expected = teamStatus(plan, inputs, locale);
    await page.waitForFunction(
      (want) =>
        JSON.stringify([...document.querySelectorAll('[data-testid="flagged-rep"]')].map((li) => li.getAttribute('data-rep-id'))) === want,
      JSON.stringify(expected.flagged.map((f) => f.repId)),
    );
    await expect(listed(page)).resolves.toEqual(expectedList(expected));
  });

  it('a rep finds themself by typing, sees their own numbers, goes to their rows, and is remembered', async () => {
    const me = plan.reps[4];
    const expected = teamStatus(plan, inputs, locale).reps[4];
    const pick = page.getByTestId('my-pick');
    await pick.click();
    await pick.pressSequentially(me.id);
    await page.getByRole('option', { name: `${me.name} (${me.id})` }).click();
    const facts = page.getByTestId('my-facts');
    await facts.waitFor();
    const text = await facts.innerText();
    const money = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
    for (const n of [expected.quota, expected.actualToDate, expected.gap]) expect(text).toContain(money(n));
    await expect(page.getByTestId('my-status').getAttribute('data-status')).resolves.toBe(expected.status);
    await page.getByTestId('my-rows').click();
    const actuals = workbookText(locale).sheets.actuals;
    await page.waitForFunction((sheet) => (window as unknown as ExcelWindow).__excelDouble.document.selection.sheet === sheet, actuals);
    const block = parseRange((await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.selection)).address);
    const id = await page.evaluate(
      ([sheet, row]) => (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string).cellAt(row as number, 1)?.value,
      [actuals, block.top],
    );
    expect(id).toBe(me.id);
    await screenshot(page, `taskpane-my-numbers-${locale}-320.png`);
    await expectAccessible(page, 'my numbers');
    // Remembered for this person (the pane's own storage, not the shared workbook): the next pane opens on them.
    await expect(page.evaluate((key) => window.localStorage.getItem(key), myRepKey(plan.setup.planName))).resolves.toBe(me.id);
  });

  it('month end in one place: the as-of date moves in its Setup cell only, the snapshot is taken, its date shown', async () => {
    const card = page.getByTestId('month-end');
    await expect(card.getByTestId('month-end-last').innerText()).resolves.toBe(t.monthEndNoSnapshot);
    await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.resetLog());
    const box = card.getByTestId('month-end-asof');
    await box.fill('2026-07-31');
    await card.getByTestId('month-end-move').click();
    await card.getByTestId('month-end-message').waitFor();
    const at = asOfCell(plan);
    const setup = workbookText(locale).sheets.setup;
    const writes = await page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.writes);
    expect(writes.map((w) => w.rect)).toEqual([{ top: at.row, bottom: at.row, left: at.column, right: at.column }]);
    const cell = await page.evaluate(
      ([sheet, row, column]) =>
        (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string).cellAt(row as number, column as number)?.value,
      [setup, at.row, at.column],
    );
    expect(cell).toBe(isoToSerial('2026-07-31'));
    // The team's status follows the new date (read again, quietly).
    await page.getByText(fill(t.statusAsOf, { date: '2026-07-31' })).waitFor({ timeout: 10_000 });
    await card.getByRole('button', { name: t.snapshotButton }).click();
    await page.getByTestId('plan-outcome').getByText(t.outcomeSnapshot).waitFor({ timeout: 15_000 });
    await expect(card.getByTestId('month-end-last').innerText()).resolves.not.toBe(t.monthEndNoSnapshot);
    await page.getByTestId('status-counts').waitFor(); // the snapshot saved the plan: the status was read again
    await screenshot(page, `taskpane-month-end-${locale}-320.png`);
    await expectAccessible(page, 'month end');
    // Back to the plan's own date, for the tests after this one.
    await box.fill(serialToIso(teamStatus(plan, inputs, locale).asOf));
    await card.getByTestId('month-end-move').click();
    await page.getByText(fill(t.statusAsOf, { date: serialToIso(teamStatus(plan, inputs, locale).asOf) })).waitFor({ timeout: 10_000 });
  });

  it('a co-author’s edit (Remote) updates the list quietly: no message, the focus stays', async () => {
    const before = await listed(page);
    const worst = before[0].repId!;
    const spec = buildPlan(plan.setup, plan.reps, {}, plan.locale);
    const actuals = spec.sheets.find((s) => s.key === 'actuals')!;
    const block = actuals.blocks.find((b) => b.inputKeys)!;
    const row = block.at.row + block.inputKeys!.rows.findIndex((r) => r.startsWith(`${worst}|`) && r.endsWith('2026-06'));
    const column = block.at.column + block.inputKeys!.columns.indexOf('signed');
    const collected = block.at.column + block.inputKeys!.columns.indexOf('collected');
    await page.getByTestId('rules-toggle').focus();
    await page.evaluate(
      ([sheet, row, column, collected]) => {
        const s = (window as unknown as ExcelWindow).__excelDouble.document.sheet(sheet as string);
        s.typeAsCoauthor(row as number, column as number, 9_000_000);
        s.typeAsCoauthor(row as number, collected as number, 9_000_000);
      },
      [actuals.name, row, column, collected],
    );
    const signedKey = inputKey('actuals', block.inputKeys!.rows[row - block.at.row], 'signed');
    const collectedKey = inputKey('actuals', block.inputKeys!.rows[row - block.at.row], 'collected');
    inputs = { ...inputs, [signedKey]: 9_000_000, [collectedKey]: 9_000_000 };
    const expected = teamStatus(plan, inputs, locale);
    expect(expected.flagged.map((f) => f.repId)).not.toEqual(before.map((b) => b.repId));
    await page.waitForFunction(
      (want) =>
        JSON.stringify([...document.querySelectorAll('[data-testid="flagged-rep"]')].map((li) => li.getAttribute('data-rep-id'))) === want,
      JSON.stringify(expected.flagged.map((f) => f.repId)),
      { timeout: 10_000 },
    );
    await expect(listed(page)).resolves.toEqual(expectedList(expected));
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('rules-toggle');
    await expect(page.getByTestId('status-problem').count()).resolves.toBe(0);
    await expect(page.getByTestId('rule-failure').count()).resolves.toBe(0);
    await expect(page.getByTestId('plan-outcome').count()).resolves.toBe(1);
  });
});
