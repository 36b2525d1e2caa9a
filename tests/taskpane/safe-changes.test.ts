/**
 * Safe by default, previews before writing, the team edited in the pane (issue 11, items 1–3):
 * the built pane in Chromium with the Excel double in the page, in both languages, at 320 px.
 * Each step asserts the page and the workbook; screenshots per state in test-output/safe-*.png.
 */
import type { Page } from 'playwright-core';
import { isoToSerial, localSerial } from '../../src/core/dates';
import type { Locale } from '../../src/core/locale';
import { stateFromXml, STATE_NAMESPACE, type PlanState } from '../../src/excel';
import { fill, uiStrings, type UiStrings } from '../../src/taskpane/i18n';
import { snapshotDate } from '../../src/taskpane/preview-view';
import { workbookText } from '../../src/workbook/i18n';
import { launchPaneBrowser, screenshot, type ExcelWindow, type Opened, type PaneBrowser } from './support/pane-browser';

let browser: PaneBrowser;

beforeAll(async () => {
  browser = await launchPaneBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const doubleOf = (page: Page) => ({
  sheetNames: () => page.evaluate(() => (window as unknown as ExcelWindow).__excelDouble.document.sheets.map((s) => s.name)),
  savedPlan: async (): Promise<PlanState> => {
    const xml = await page.evaluate(
      (ns) => (window as unknown as ExcelWindow).__excelDouble.document.parts.find((p) => p.namespaceUri === ns)?.xml,
      STATE_NAMESPACE,
    );
    return stateFromXml(xml ?? '');
  },
  /** Rows below an append-only sheet's 4-row frame while column A has a value. */
  logRows: (sheet: string) =>
    page.evaluate(
      (sheet) =>
        (window as unknown as ExcelWindow).__excelDouble.run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet).getRange('A5:F80').load('values');
          await context.sync();
          return range.values.filter((row) => row[0] !== '' && row[0] !== null);
        }),
      sheet,
    ),
  /**
   * The pane's next read of the saved plan (`savedPlan`, the only one-argument `Excel.run`
   * besides the previews) fails as a lost request would: what the manager saw after an action.
   */
  failNextPlanRead: () =>
    page.evaluate(() => {
      const excel = window as unknown as { Excel: { run: (...args: unknown[]) => Promise<unknown> } };
      const run = excel.Excel.run;
      excel.Excel.run = (...args: unknown[]) => {
        if (args.length === 1) {
          excel.Excel.run = run;
          return Promise.reject(Object.assign(new Error('The request failed.'), { code: 'GeneralException' }));
        }
        return run(...args);
      };
    }),
});

const outcome = (page: Page) => page.getByTestId('plan-outcome');
const previewOf = (page: Page) => page.getByTestId('plan-preview');

describe.each<Locale>(['en-US', 'zh-CN'])('safe changes in the pane (%s)', (locale) => {
  const t: UiStrings = uiStrings[locale];
  const month = (m: number) => workbookText(locale).periodLabel.month(2026, m);
  const money = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
  const shot = (page: Page, state: string) => screenshot(page, `safe-${state}-${locale}-320.png`);
  let opened: Opened;
  let page: Page;

  beforeAll(async () => {
    opened = await browser.open(locale, 'fake', `?displayLanguage=${locale}`);
    page = opened.page;
    await page.setViewportSize({ width: 320, height: 900 });
    await page.getByTestId('build-card').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await page.context().close();
  });

  it('a new plan is previewed (split per rep, sum check, SMART) and written only when confirmed', async () => {
    await page.getByRole('textbox', { name: t.fieldTarget, exact: true }).fill('3,000,000');
    await page.getByRole('textbox', { name: t.fieldStartMonth }).fill('2026-01');
    await page.getByRole('textbox', { name: t.fieldAsOf }).fill('2026-11-30');
    await page.getByRole('radio', { name: t.teamSample }).check();
    const spin = page.getByRole('spinbutton', { name: t.fieldSampleSize });
    await spin.fill('3');
    await spin.press('Tab');
    const cushion = Number(await page.getByRole('textbox', { name: t.fieldCushion }).inputValue()) / 100;
    await page.getByRole('button', { name: t.buildButton }).click();

    const preview = previewOf(page);
    await preview.waitFor();
    await expect(preview.getAttribute('data-kind')).resolves.toBe('new');
    const text = await preview.innerText();
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(cushion);
    expect(text).toContain(fill(t.previewSumOk, { total: money(3_000_000 * (1 + cushion)), target: money(3_000_000), cushion: percent }));
    expect(text).toContain(fill(t.previewSmart, { verdict: 'A' })); // no team history yet: A cannot hold
    expect(text).toContain(t.previewSmartA);
    await expect(doubleOf(page).sheetNames()).resolves.toEqual(['Sheet1']); // nothing written yet
    await shot(page, 'preview-new');
    await preview.getByText(fill(t.previewPerRep, { count: 3 })).click();
    await expect(preview.getByTestId('preview-table').locator('tbody tr').count()).resolves.toBe(3);
    await expect(preview.getByTestId('preview-table').locator('thead').innerText()).resolves.toContain(month(12));
    await shot(page, 'preview-new-table');

    // Back keeps what was typed; confirming builds exactly that.
    await page.getByRole('button', { name: t.backToForm }).click();
    await expect(page.getByRole('textbox', { name: t.fieldTarget, exact: true }).inputValue()).resolves.toBe('3,000,000');
    await page.getByRole('button', { name: t.buildButton }).click();
    await page.getByRole('button', { name: t.confirmBuild }).click();
    await outcome(page).getByText(t.outcomeBuilt).waitFor({ timeout: 15_000 });
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneBuilt, { count: 3, first: month(1), last: month(12) }));
    const saved = await doubleOf(page).savedPlan();
    expect([saved.reps.length, saved.setup.target, saved.setup.asOf]).toEqual([3, 3_000_000, isoToSerial('2026-11-30')]);
    await shot(page, 'built');
  });

  it('regression: a failed re-read after an action offers Retry only — never a rebuild with a sample team', async () => {
    await doubleOf(page).failNextPlanRead();
    await page.getByRole('button', { name: t.refreshButton }).click();
    await page.getByTestId('plan-load-error').waitFor();
    await expect(page.getByTestId('plan-load-error').innerText()).resolves.toContain(t.planUnreadableSafe);
    await expect(page.getByTestId('build-card').count()).resolves.toBe(0);
    await expect(page.getByRole('radio', { name: t.teamSample }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: t.fieldTarget, exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: t.buildButton }).count()).resolves.toBe(0);
    await shot(page, 'read-failed');
    await expect(
      doubleOf(page)
        .savedPlan()
        .then((s) => s.reps.length),
    ).resolves.toBe(3);
    await page.getByRole('button', { name: t.retry }).click();
    await page.getByTestId('plan-summary').waitFor();
  });

  it('the change form: no sample team, Cancel, the team edited in place, a preview, then the logged change', async () => {
    const before = await doubleOf(page).savedPlan();
    const [a, b, c] = before.reps;
    await page.getByRole('button', { name: t.changeButton }).click();
    await expect(page.getByRole('radio', { name: t.teamSample }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: t.cancel, exact: true }).click();
    await expect(page.getByRole('heading', { name: t.changeTitle }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: t.changeButton }).click();
    const editor = page.getByTestId('team-editor');
    // Rename and re-weight one rep, mark another as a leaver, add a hire: no range selected.
    await editor.getByRole('combobox', { name: t.teamEditRep }).selectOption(b.id);
    await editor.getByRole('textbox', { name: t.teamEditName, exact: true }).fill('Renamed');
    await editor.getByRole('textbox', { name: t.teamEditPotential, exact: true }).fill('500');
    await editor.getByRole('combobox', { name: t.teamEditRep }).selectOption(c.id);
    await editor.getByRole('textbox', { name: t.teamEditLeaveDate }).fill('2026-11-15');
    await editor.getByRole('button', { name: t.teamEditAddHire }).click();
    const hire = page.getByTestId('team-hire');
    await hire.getByRole('textbox', { name: t.teamEditRepId }).fill(a.id.toLowerCase()); // already in the team
    await hire.getByRole('button', { name: t.teamEditAdd }).click();
    await hire.getByText(fill(t.teamProblemIdTaken, { id: a.id.toLowerCase() })).waitFor();
    await hire.getByRole('textbox', { name: t.teamEditRepId }).fill('H1');
    await hire.getByRole('textbox', { name: t.teamEditName, exact: true }).fill('Hana');
    await hire.getByRole('textbox', { name: t.teamEditStartDate }).fill('2026-12-01');
    await hire.getByRole('button', { name: t.teamEditAdd }).click();
    await expect(editor.getByTestId('team-edit-count').innerText()).resolves.toBe(fill(t.teamEditChanges, { count: 3 }));
    await page.getByRole('textbox', { name: t.fieldWhy }).fill('Hana joins');
    await page.getByRole('textbox', { name: t.fieldWho }).fill('Bo');
    await shot(page, 'team-edit');

    await page.getByRole('button', { name: t.changeSubmit }).click();
    const preview = previewOf(page);
    await preview.waitFor();
    await expect(preview.getAttribute('data-kind')).resolves.toBe('change');
    // As of 30 Nov only December is left: the change lands there, and the pane says so.
    await expect(preview.getByTestId('preview-warning').innerText()).resolves.toContain(month(12));
    await preview.getByText(fill(t.previewPerRep, { count: 4 })).click();
    await expect(preview.getByTestId('preview-table').innerText()).resolves.toContain(`H1 Hana (${t.previewAdded})`);
    await expect(
      doubleOf(page)
        .savedPlan()
        .then((s) => s.reps.length),
    ).resolves.toBe(3); // not written yet
    await shot(page, 'preview-change');
    await page.getByRole('button', { name: t.confirmChange }).click();
    await outcome(page).getByText(t.outcomeBuilt).waitFor({ timeout: 15_000 });
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneChanged, { changed: 1, total: 12 }));

    const after = await doubleOf(page).savedPlan();
    expect(after.reps.map((r) => r.id)).toEqual([a.id, b.id, c.id, 'H1']);
    expect([after.reps[1].name, after.reps[1].potential]).toEqual(['Renamed', 500]);
    expect(after.reps[2].leaveDate).toBe(isoToSerial('2026-11-15'));
    expect([after.reps[3].name, after.reps[3].startDate]).toEqual(['Hana', isoToSerial('2026-12-01')]);
    expect(after.quotas!.H1.slice(0, 11)).toEqual(new Array(11).fill(0)); // the past is not rewritten
    expect(after.quotas!.H1[11]).toBeGreaterThan(0); // a blank weight is the team's mean, not 0
    const log = await doubleOf(page).logRows(workbookText(locale).sheets.changeLog);
    expect(log.map((row) => [row[1], row[3]])).toEqual([['Bo', 'Hana joins']]);
  });

  it('a re-plan as of 30 Nov warns that the whole remainder lands in December, then writes what it showed', async () => {
    await page.getByRole('button', { name: t.replanButton }).click();
    await page.getByRole('textbox', { name: t.fieldNewTarget }).fill('2,600,000');
    await page.getByRole('textbox', { name: t.fieldWhy }).fill('Market slowed');
    await page.getByRole('textbox', { name: t.fieldWho }).fill('Ann');
    await page.getByRole('button', { name: t.replanSubmit, exact: true }).click();
    const preview = previewOf(page);
    await preview.waitFor();
    await expect(preview.getAttribute('data-kind')).resolves.toBe('replan');
    const warning = await preview.getByTestId('preview-warning').innerText();
    expect(warning).toContain(month(12));
    expect(await preview.innerText()).toContain(fill(t.previewTarget, { before: money(3_000_000), after: money(2_600_000) }));
    // The leaver (gone before December) has nothing to re-split: the three others are listed.
    await preview.getByText(fill(t.previewPerRep, { count: 3 })).click();
    await expect(preview.getByTestId('preview-table').innerText()).resolves.toContain('H1 Hana');
    await shot(page, 'preview-replan');
    await expect(doubleOf(page).logRows(workbookText(locale).sheets.changeLog)).resolves.toHaveLength(1);

    await page.getByRole('button', { name: t.confirmReplan }).click();
    await outcome(page).getByText(t.outcomeReplanned).waitFor({ timeout: 15_000 });
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneReplanned, { target: money(2_600_000), periods: month(12) }));
    const saved = await doubleOf(page).savedPlan();
    const december = Object.values(saved.quotas!).reduce((s, row) => s + row[11], 0);
    expect(december).toBeCloseTo(2_600_000 * (1 + saved.setup.cushion), 1); // no actuals typed: all of it in December
    await expect(doubleOf(page).logRows(workbookText(locale).sheets.changeLog)).resolves.toHaveLength(2);
  });

  it('a snapshot says what it did; a second one for the same date asks first', async () => {
    const review = workbookText(locale).sheets.review;
    const today = Math.floor(localSerial(new Date()));
    await page.getByRole('button', { name: t.snapshotButton }).click();
    await outcome(page).getByText(t.outcomeSnapshot).waitFor();
    await expect(outcome(page).innerText()).resolves.toContain(fill(t.doneSnapshot, { count: 4, date: snapshotDate(today, locale) }));
    await expect(doubleOf(page).logRows(review)).resolves.toHaveLength(5); // 4 reps and the team
    await shot(page, 'snapshot-taken');

    await page.getByRole('button', { name: t.snapshotButton }).click();
    const again = page.getByTestId('snapshot-again');
    await again.waitFor();
    await expect(again.innerText()).resolves.toContain(fill(t.snapshotAgainTitle, { date: snapshotDate(today, locale) }));
    await shot(page, 'snapshot-again');
    await again.getByRole('button', { name: t.cancel }).click();
    await expect(again.count()).resolves.toBe(0);
    await expect(doubleOf(page).logRows(review)).resolves.toHaveLength(5);

    await page.getByRole('button', { name: t.snapshotButton }).click();
    await page.getByTestId('snapshot-again').getByRole('button', { name: t.snapshotAgainConfirm }).click();
    await outcome(page).getByText(t.outcomeSnapshot).waitFor();
    await expect(doubleOf(page).logRows(review)).resolves.toHaveLength(10);
  });
});
