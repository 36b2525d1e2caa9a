/**
 * The workbook on paper, checked as a person would check it: the sample plan is rendered to
 * .xlsx, printed to PDF by LibreOffice with each sheet's page setup, and the pages are read
 * back with `pdftotext -bbox` (the words and their boxes). One LibreOffice run per language.
 *
 * Text size from a box: a word's box spans its font's ascent to descent, a fixed multiple of
 * the font size. The Leaderboard is narrow enough to print at 100 % (asserted from its spec),
 * so its 11 pt body text gives the multiple: boxes 14.30 pt tall, 1.30 × 11 pt, for DejaVu Sans
 * and Noto Sans CJK alike (LibreOffice's fonts here for Calibri and for CJK text); 14 pt titles
 * measure 1.30 × 14 pt too. The grey italic note measures a little more (1.35 ×), so reading it
 * with 1.30 overstates it by 4 %; every other word is read exactly. On the Dashboard, printed at
 * 75 %, body words measure 10.67 pt: 8.2 pt text (before this check, fitted to one page wide:
 * 3.25 pt boxes, 2.5 pt text).
 */
import { buildPlan } from '../../src/workbook';
import { headers } from '../../src/workbook/columns/column';
import { buildLayout } from '../../src/workbook/layout';
import { planPeriods } from '../../src/workbook/periods';
import { sampleInputs } from '../../src/workbook/sample-actuals';
import { workbookText } from '../../src/workbook/i18n';
import { LOCALES, type Locale } from '../../src/core/locale';
import type { SheetKey, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { renderXlsx } from '../../src/xlsx';
import { libreOfficeAvailable, printedPdf } from '../support/libreoffice';
import { pdfLines, pdfPages, pdftotextAvailable, type PdfPage, type PdfWord } from '../support/pdf-text';

const BODY_POINTS = 11;
const squeeze = (text: string) => text.replace(/\s+/g, '');

const titleOf = (sheet: SheetSpec) => String(sheet.blocks.find((b) => b.role === 'title')!.cells[0][0]);

/** The pages a sheet prints on: those whose first line is its title (title rows repeat on every page). */
function pagesOf(pages: PdfPage[], spec: WorkbookSpec, key: SheetKey): PdfPage[] {
  const title = squeeze(titleOf(spec.sheets.find((s) => s.key === key)!));
  return pages.filter((page) => squeeze(pdfLines(page, 2)[0]?.text ?? '') === title);
}

/** The lines of a page that are rep rows (they start with a Rep ID such as R0001). */
const repLines = (page: PdfPage) => pdfLines(page, 2).filter((line) => /^R\d{4}$/.test(line.words[0].text));

/** Rep IDs (R0001 …) on these pages: body text, 11 pt regular, on every sheet that lists reps. */
const repIds = (pages: PdfPage[]) => pages.flatMap((page) => page.words.filter((word) => /^R\d{4}$/.test(word.text)));
const height = (word: PdfWord) => word.yMax - word.yMin;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Skipped on a developer machine without LibreOffice or pdftotext; never on CI, where a missing tool must fail.
const available = (libreOfficeAvailable() && pdftotextAvailable()) || Boolean(process.env.CI);
const describeIf = available ? describe : describe.skip;
if (!available)
  console.warn(
    'LibreOffice (soffice) or pdftotext not found: the print tests are skipped. Install libreoffice-calc-nogui and poppler-utils.',
  );

describeIf.each(LOCALES)('the sample plan printed by LibreOffice (%s)', (locale: Locale) => {
  const { setup, reps, inputs } = sampleInputs({ reps: 25, seed: 2026, locale });
  const spec = buildPlan(setup, reps, inputs, locale);
  const text = workbookText(locale);
  const dashboardHeaders = headers(
    buildLayout(text.sheets, reps.length, planPeriods(setup, text).length, setup.funnel).dashboard.columns,
    locale,
  );
  let pages: PdfPage[];
  let dashboard: PdfPage[];
  /** Box height per point of font size, from the Leaderboard's body text at 100 %. */
  let boxPerPoint: number;

  beforeAll(async () => {
    pages = pdfPages(await printedPdf(await renderXlsx(spec)));
    dashboard = pagesOf(pages, spec, 'dashboard');
    boxPerPoint = median(repIds(pagesOf(pages, spec, 'leaderboard')).map(height)) / BODY_POINTS;
  }, 180_000);

  it('splits the Dashboard into column groups across pages: every column once, the key columns on each', () => {
    expect(dashboard.length).toBeGreaterThanOrEqual(2);
    // The header row's text on every page, compared character by character (a header wraps
    // into lines and pdftotext cuts CJK lines into words where it likes).
    const printed = dashboard.flatMap((page) => {
      const lines = pdfLines(page, 2);
      const firstRep = lines.findIndex((line) => /^R\d{4}$/.test(line.words[0].text));
      return lines.slice(2, firstRep).flatMap((line) => [...squeeze(line.text)]);
    });
    const keys = dashboardHeaders.slice(0, 2).join('');
    const expected = [...squeeze(dashboardHeaders.join('') + keys.repeat(dashboard.length - 1))];
    expect(printed.sort()).toEqual(expected.sort());
  });

  it('repeats Rep ID and Name on every Dashboard page: the header and every rep, in order', () => {
    for (const page of dashboard) {
      const lines = pdfLines(page, 2);
      expect(lines.some((line) => squeeze(line.text).startsWith(squeeze(dashboardHeaders[0] + dashboardHeaders[1])))).toBe(true);
      const rows = repLines(page);
      expect(rows.map((line) => line.words[0].text)).toEqual(reps.map((rep) => rep.id));
      rows.forEach((line, r) => expect(squeeze(line.text).startsWith(squeeze(reps[r].id + reps[r].name))).toBe(true));
    }
  });

  it('prints every word of every page at 8 pt or more; the Dashboard body at 75 % (8.25 pt)', () => {
    expect(spec.sheets.find((s) => s.key === 'leaderboard')!.print?.scale).toBe(100); // the calibration's premise
    expect(boxPerPoint).toBeGreaterThan(1.2);
    expect(boxPerPoint).toBeLessThan(1.4);
    const smallest = Math.min(...pages.flatMap((page) => page.words.map(height))) / boxPerPoint;
    expect(smallest).toBeGreaterThanOrEqual(8);
    expect(median(repIds(dashboard).map(height)) / boxPerPoint).toBeCloseTo(BODY_POINTS * 0.75, 1);
  });

  it('keeps the wrapped header text inside the header row, above the first rep', () => {
    // Header words are found by their text, not their place: a line that hangs over the first
    // rep is caught wherever it lands.
    const isHeaderWord = (word: string) => dashboardHeaders.some((header) => squeeze(header).includes(squeeze(word)));
    for (const page of dashboard) {
      const lines = pdfLines(page, 2);
      const [firstRep, secondRep] = repLines(page);
      const noteBottom = Math.max(...lines[1].words.map((word) => word.yMax));
      // The first rep's own words (a Reason such as "Collection rate 52%" repeats header words) are not header text.
      const ownWords = new Set(firstRep.words.map((word) => `${word.xMin},${word.yMin}`));
      const header = page.words.filter(
        (word) =>
          word.yMin > noteBottom && word.yMin < secondRep.y && isHeaderWord(word.text) && !ownWords.has(`${word.xMin},${word.yMin}`),
      );
      expect(header.length).toBeGreaterThan(0);
      expect(Math.max(...header.map((word) => word.yMax))).toBeLessThanOrEqual(Math.min(...firstRep.words.map((word) => word.yMin)));
    }
  });
});
