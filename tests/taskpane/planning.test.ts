/**
 * The planning panel of the built pane in real Chromium, with the Excel double running inside
 * the page (support/pane-browser.ts): what the manager clicks, and what lands in the workbook.
 * Screenshots: test-output/taskpane-plan-<locale>.png, after a build.
 */
import type { Page } from 'playwright-core';
import { localSerial, serialToYmd } from '../../src/core/dates';
import type { Locale } from '../../src/core/locale';
import { stateFromXml, STATE_NAMESPACE, type PlanState } from '../../src/excel';
import { fill } from '../../src/taskpane/i18n';
import { enUS } from '../../src/taskpane/i18n/en-US';
import { zhCN } from '../../src/taskpane/i18n/zh-CN';
import { snapshotDate } from '../../src/taskpane/preview-view';
import { buildPlan } from '../../src/workbook';
import { inputCells } from '../excel/support/inputs';
import { launchPaneBrowser, screenshot, type ExcelWindow, type Opened, type PaneBrowser } from './support/pane-browser';

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchPaneBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The workbook inside the page, reached the way the add-in reaches it (Excel.run on the double). */
function workbookOf(page: Page) {
  return {
    sheetNames: () => page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.sheets.map((s) => s.name)),
    syncCount: () => page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.syncs.length),
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
    /** Types values as a user would (protection applies). */
    type: (sheet: string, address: string, values: unknown[][]) =>
      page.evaluate(
        ({ sheet, address, values }) =>
          (window as unknown as ExcelWindow).__excelDouble.run(async (context) => {
            context.workbook.worksheets.getItem(sheet).getRange(address).values = values as never;
            await context.sync();
          }),
        { sheet, address, values },
      ),
    select: (sheet: string, address: string) =>
      page.evaluate(
        ([sheet, address]) => ((window as unknown as ExcelWindow).__excelDouble.document.selection = { sheet, address }),
        [sheet, address],
      ),
    savedPlan: async (): Promise<PlanState> => {
      const xml = await page.evaluate(
        (ns) => (window as unknown as ExcelWindow).__excelDouble.document.parts.find((p) => p.namespaceUri === ns)?.xml,
        STATE_NAMESPACE,
      );
      return stateFromXml(xml ?? '');
    },
  };
}

/** Data rows of an append-only sheet (below its 4-row frame, while column A has a value). */
async function logRows(page: Page, sheet: string): Promise<unknown[][]> {
  const rows = await workbookOf(page).values(sheet, 'A5:F60');
  return rows.filter((row) => row[0] !== '' && row[0] !== null);
}

const outcome = (page: Page) => page.getByTestId('plan-outcome');
/** The focused element: its test id, else its text. */
const focused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.textContent);

async function openInExcel(locale: Locale): Promise<Opened> {
  const opened = await browser.open(locale, 'fake', `?displayLanguage=${locale}`);
  await opened.page.getByTestId('build-card').waitFor({ timeout: 15_000 });
  return opened;
}

async function chooseSampleTeam(page: Page, t: typeof enUS, size: number): Promise<void> {
  await page.getByRole('radio', { name: t.teamSample }).check();
  const spin = page.getByRole('spinbutton', { name: t.fieldSampleSize });
  await spin.fill(String(size));
  await spin.press('Tab'); // the SpinButton takes typed text on blur
}

describe('planning panel in Excel (en-US, Excel double in the page)', () => {
  const t = enUS;
  let opened: Opened;
  let page: Page;
  beforeAll(async () => {
    opened = await openInExcel('en-US');
    page = opened.page;
  });
  afterAll(async () => {
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await page.context().close();
  });

  const targetBox = () => page.getByRole('textbox', { name: t.fieldTarget, exact: true });
  const buildButton = () => page.getByRole('button', { name: t.buildButton });

  it('a workbook without a plan shows the build card, with every field labelled', async () => {
    const card = page.getByTestId('build-card');
    await expect(card.getByRole('heading', { name: t.buildTitle }).count()).resolves.toBe(1);
    const textboxes = [
      t.fieldPlanName,
      t.fieldTarget,
      t.fieldStartMonth,
      t.fieldAsOf,
      t.fieldBlendHistory,
      t.fieldCushion,
      t.fieldAtRisk,
      t.fieldLagging,
    ];
    for (const name of textboxes) await expect(card.getByRole('textbox', { name, exact: true }).count()).resolves.toBe(1);
    for (const name of [t.fieldGranularity, t.fieldMethod, t.fieldSeasonality, t.fieldPace])
      await expect(card.getByRole('combobox', { name, exact: true }).count()).resolves.toBe(1);
    await expect(card.getByRole('textbox', { name: t.fieldStartMonth }).getAttribute('type')).resolves.toBe('month');
    await expect(card.getByRole('textbox', { name: t.fieldAsOf }).getAttribute('type')).resolves.toBe('date');
    await expect(page.getByRole('spinbutton', { name: t.fieldSampleSize }).inputValue()).resolves.toBe('25');
  });

  it('an invalid target shows the field’s message, keeps what was typed and builds nothing', async () => {
    await page.getByRole('textbox', { name: t.fieldPlanName }).fill('Plan A');
    await targetBox().fill('lots');
    await buildButton().click();
    await page.getByText(t.problemNotNumber).waitFor();
    await expect(targetBox().getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByText(t.formHasProblems).count()).resolves.toBe(1);
    await expect(targetBox().inputValue()).resolves.toBe('lots');
    await expect(page.getByRole('textbox', { name: t.fieldPlanName }).inputValue()).resolves.toBe('Plan A');
    await expect(workbookOf(page).sheetNames()).resolves.toEqual(['Sheet1']);
  });

  it('a selected team with a duplicate Rep ID shows the problem in words and builds nothing', async () => {
    const excel = workbookOf(page);
    await excel.type('Sheet1', 'A1:B3', [
      ['Rep ID', 'Name'],
      ['R1', 'Ann'],
      ['R1', 'Bo'],
    ]);
    await excel.select('Sheet1', 'A1:B3');
    await page.getByRole('radio', { name: t.teamRange }).check();
    const problem = fill(t.repsDuplicateId, { row: 3, id: 'R1' });
    expect(problem).toBe('Row 3: Rep ID R1 appears twice.');
    await page.getByText(problem).waitFor();

    await targetBox().fill('3,000,000');
    await buildButton().click();
    await page.getByText(problem).waitFor(); // read again at build time, still the same problem
    await expect(page.getByText(t.problemNotNumber).count()).resolves.toBe(0); // the fixed field's message is gone
    await expect(excel.sheetNames()).resolves.toEqual(['Sheet1']);

    // A good selection is counted.
    await excel.type('Sheet1', 'A3', [['R2']]);
    await page.getByRole('button', { name: t.teamReadAgain }).click();
    await page.getByText(fill(t.teamRangeFound, { count: 2 })).waitFor();
  });

  it('builds the plan sheets for a sample team of 6 reps and shows the plan', async () => {
    await chooseSampleTeam(page, t, 6);
    await buildButton().click();
    // The preview comes first; nothing is written until it is confirmed.
    await page.getByTestId('plan-preview').waitFor();
    await expect(workbookOf(page).sheetNames()).resolves.toEqual(['Sheet1']);
    await page.getByRole('button', { name: t.confirmBuild }).click();
    await outcome(page).getByText(t.outcomeBuilt).waitFor({ timeout: 15_000 });

    const excel = workbookOf(page);
    await expect(excel.sheetNames()).resolves.toEqual([
      'Setup',
      'Targets',
      'Actuals',
      'Dashboard',
      'Leaderboard',
      'Review',
      'Change log',
      'Archive',
      'Sheet1',
    ]);
    const saved = await excel.savedPlan();
    expect(saved.reps).toHaveLength(6);
    expect([saved.setup.planName, saved.setup.target, saved.locale]).toEqual(['Plan A', 3_000_000, 'en-US']);

    const summary = page.getByTestId('plan-summary');
    await expect(summary.getByRole('heading', { name: 'Plan A' }).count()).resolves.toBe(1);
    const text = await summary.innerText();
    const year = serialToYmd(saved.setup.periodStart).year;
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneBuilt, { count: 6, first: `Jan ${year}`, last: `Dec ${year}` }));
    const periods = fill(t.periodsMonths, { count: 12, start: `Jan ${year}` });
    for (const shown of ['3,000,000', t.factReps, '6', periods]) expect(text).toContain(shown);
    await expect(page.getByTestId('build-card').count()).resolves.toBe(0);
    // The build button went away with its card: focus went to the message, not to the page's start.
    await expect(focused(page)).resolves.toBe('plan-outcome');
    await screenshot(page, 'taskpane-plan-en-US.png');
  });

  it('refresh keeps a value typed into Actuals and says so', async () => {
    const excel = workbookOf(page);
    const saved = await excel.savedPlan();
    const cell = inputCells(buildPlan(saved.setup, saved.reps, {}, saved.locale), 'actuals')[0];
    await excel.type(cell.sheet, cell.address, [[12_345]]);

    await page.getByRole('button', { name: t.refreshButton }).click();
    await outcome(page).getByText(t.outcomeRefreshed).waitFor();
    await expect(outcome(page).innerText()).resolves.toMatch(/Inputs kept: [1-9]\d*\./);
    await expect(excel.values(cell.sheet, cell.address)).resolves.toEqual([[12_345]]);
    await expect(focused(page)).resolves.toBe(t.refreshButton);
  });

  it('a review snapshot adds the team’s rows to Review', async () => {
    await expect(logRows(page, 'Review')).resolves.toEqual([]);
    await page.getByRole('button', { name: t.snapshotButton }).click();
    await outcome(page).getByText(t.outcomeSnapshot).waitFor();
    const today = snapshotDate(Math.floor(localSerial(new Date())), 'en-US');
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneSnapshot, { count: 6, date: today }));
    await expect(logRows(page, 'Review')).resolves.toHaveLength(7); // 6 reps and the team
  });

  it('a re-plan needs a reason (nothing is sent without one), then appends to the Change log', async () => {
    const excel = workbookOf(page);
    await page.getByRole('button', { name: t.replanButton }).click();
    await page.getByRole('textbox', { name: t.fieldNewTarget }).fill('2,500,000');
    await page.getByRole('textbox', { name: t.fieldWho }).fill('Ann');
    const syncsBefore = await excel.syncCount();
    await page.getByRole('button', { name: t.replanSubmit, exact: true }).click();
    await page.getByText(t.problemRequired).waitFor();
    await expect(page.getByRole('textbox', { name: t.fieldWhy }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(excel.syncCount()).resolves.toBe(syncsBefore);
    await expect(logRows(page, 'Change log')).resolves.toEqual([]);

    await page.getByRole('textbox', { name: t.fieldWhy }).fill('Market slowed');
    await page.getByRole('button', { name: t.replanSubmit, exact: true }).click();
    await page.getByTestId('plan-preview').waitFor();
    await expect(logRows(page, 'Change log')).resolves.toEqual([]); // previewed, not written
    await page.getByRole('button', { name: t.confirmReplan }).click();
    await outcome(page).getByText(t.outcomeReplanned).waitFor();
    const log = await logRows(page, 'Change log');
    expect(log.map((row) => [row[1], row[3], row[4], row[5]])).toEqual([['Ann', 'Market slowed', 3_000_000, 2_500_000]]);
    await expect(page.getByTestId('plan-summary').innerText()).resolves.toContain('2,500,000');
    await expect(page.getByRole('textbox', { name: t.fieldWhy }).count()).resolves.toBe(0); // the form closed…
    await expect(focused(page)).resolves.toBe(t.replanButton); // …and gave the focus back to its button
  });

  it('a change of plan or team asks why and who, and the Change log records them', async () => {
    await page.getByRole('button', { name: t.changeButton }).click();
    await expect(page.getByRole('radio', { name: t.teamSample }).count()).resolves.toBe(0); // never a sample over a plan
    await page.getByRole('button', { name: t.teamEditAddHire }).click();
    await page.getByTestId('team-hire').getByRole('textbox', { name: t.teamEditRepId }).fill('R-NEW');
    await page.getByTestId('team-hire').getByRole('button', { name: t.teamEditAdd }).click();
    await page.getByRole('textbox', { name: t.fieldWhy }).fill('A new hire joins');
    await page.getByRole('textbox', { name: t.fieldWho }).fill('Bo');
    await page.setViewportSize({ width: 320, height: 760 });
    await screenshot(page, 'taskpane-change-en-US-320.png');
    await page.getByRole('button', { name: t.changeSubmit }).click();
    await page.getByRole('button', { name: t.confirmChange }).click();
    await outcome(page).getByText(t.outcomeBuilt).waitFor();
    await expect(
      workbookOf(page)
        .savedPlan()
        .then((p) => p.reps.length),
    ).resolves.toBe(7);
    const log = await logRows(page, 'Change log');
    expect(log).toHaveLength(2); // the re-plan above, then this change
    expect([log[1][1], log[1][3]]).toEqual(['Bo', 'A new hire joins']);
  });
});

describe('planning panel in Excel (zh-CN)', () => {
  it('builds a plan whose sheets have Chinese names', async () => {
    const t = zhCN;
    const { page, pageErrors, blocked } = await openInExcel('zh-CN');
    await expect(page.getByTestId('build-card').getByRole('heading', { name: t.buildTitle }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: t.buildButton }).count()).resolves.toBe(1);
    await page.getByRole('textbox', { name: t.fieldTarget, exact: true }).fill('3,000,000');
    await chooseSampleTeam(page, t, 6);
    await page.getByRole('button', { name: t.buildButton }).click();
    await page.getByRole('button', { name: t.confirmBuild }).click();
    await outcome(page).getByText(t.outcomeBuilt).waitFor({ timeout: 15_000 });

    const names = await workbookOf(page).sheetNames();
    expect(names).toEqual(['计划设置', '目标分解', '业绩录入', '进度看板', '排行榜', '复盘', '变更记录', '归档', 'Sheet1']);
    const saved = await workbookOf(page).savedPlan();
    expect([saved.locale, saved.setup.planName, saved.reps.length]).toEqual(['zh-CN', '2026 年度销售计划', 6]);
    for (const label of [t.refreshButton, t.snapshotButton, t.replanButton, t.changeButton]) {
      await expect(page.getByRole('button', { name: label }).count()).resolves.toBe(1);
    }
    await screenshot(page, 'taskpane-plan-zh-CN.png');
    // The change form at the narrowest pane width, with its reason and name fields.
    await page.getByRole('button', { name: t.changeButton }).click();
    await page.getByRole('textbox', { name: t.fieldWhy }).waitFor();
    await expect(page.getByRole('textbox', { name: t.fieldWho }).count()).resolves.toBe(1);
    await page.setViewportSize({ width: 320, height: 760 });
    await screenshot(page, 'taskpane-change-zh-CN-320.png');
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });
});
