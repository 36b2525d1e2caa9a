/**
 * Regenerates the README picture `docs/images/dashboard.png`: the en-US sample Dashboard as
 * LibreOffice prints it, with its print scale set to 18 % for the picture only (all columns on
 * one page; the workbook itself prints at 75 % in column groups), the page rendered with
 * `pdftoppm -r 284` and cropped with ImageMagick to the title, the header row and the rows down
 * to the team mean, columns Rep ID … Status.
 *
 *   npx tsx scripts/readme-image.ts                 # → docs/images/dashboard.png
 *   npx tsx scripts/readme-image.ts --out /tmp/dashboard.png
 *
 * The crop is found on the page, not assumed: pdftotext's word boxes give the header row, the
 * Status header and the first header word of the column after it (headers are left aligned,
 * so that word starts where the column does) and the team-mean row.
 *
 * Needs LibreOffice (`soffice`), poppler-utils (`pdftoppm`, `pdftotext`) and ImageMagick (`convert`;
 * set `CONVERT` to use another binary, e.g. `CONVERT=/usr/bin/convert`).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { parseArgs } from 'util';
import { buildPlan, workbookText } from '../src/workbook';
import { sampleInputs } from '../src/workbook/sample-actuals';
import type { WorkbookSpec } from '../src/workbook/spec';
import { renderXlsx } from '../src/xlsx';
import { printedPdf } from '../tests/support/libreoffice';
import { pdfLines, pdfPages, type PdfPage, type PdfWord } from '../tests/support/pdf-text';

const LOCALE = 'en-US';
/** Print scale of the Dashboard for the picture, in percent: every column on one Letter landscape page. */
const SCALE = 18;
/** Render resolution: at 18 % this is 68 pixels per inch of the sheet at 100 %. */
const DPI = 379;
/** White space kept around the table, in points of the page. */
const PAD = 2;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr}`);
}

/** The sample plan with the Dashboard, and only the Dashboard, printing at {@link SCALE} %. */
function picturedPlan(): WorkbookSpec {
  const { setup, reps, inputs } = sampleInputs({ reps: 25, seed: 2026, locale: LOCALE });
  const spec = buildPlan(setup, reps, inputs, LOCALE);
  return {
    ...spec,
    sheets: spec.sheets.map((sheet) =>
      sheet.key === 'dashboard' && sheet.print ? { ...sheet, print: { ...sheet.print, scale: SCALE } } : sheet,
    ),
  };
}

/** The crop box on the Dashboard's page, in points: title to team-mean row, Rep ID to Status. */
function cropBox(page: PdfPage, text: ReturnType<typeof workbookText>): { left: number; top: number; right: number; bottom: number } {
  const lines = pdfLines(page, 2);
  const firstRep = lines.findIndex((line) => /^R\d{4}$/.test(line.words[0].text));
  const teamMean = lines.find((line) => line.text.startsWith(text.targets.teamMean));
  if (firstRep < 0 || !teamMean) throw new Error('the Dashboard page has no rep rows or no team-mean row');
  // Title and subtitle are lines 0 and 1; the header row's (wrapped) lines follow, down to the first rep.
  const header: PdfWord[] = lines.slice(2, firstRep).flatMap((line) => line.words);
  const status = header.find((word) => word.text === 'Status');
  if (!status) throw new Error('no Status header on the Dashboard page');
  const after = header.filter((word) => word.xMin > status.xMax).sort((a, b) => a.xMin - b.xMin)[0];
  const table = page.words.filter((word) => word.yMin <= teamMean.words[0].yMax);
  return {
    left: Math.min(...table.map((word) => word.xMin)) - PAD,
    top: Math.min(...table.map((word) => word.yMin)) - PAD,
    right: after ? after.xMin - PAD : Math.max(...table.map((word) => word.xMax)) + PAD,
    bottom: Math.max(...teamMean.words.map((word) => word.yMax)) + PAD,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  const out = resolve(values.out ?? join(__dirname, '..', 'docs', 'images', 'dashboard.png'));
  const text = workbookText(LOCALE);
  const spec = picturedPlan();
  const title = String(spec.sheets.find((sheet) => sheet.key === 'dashboard')!.blocks.find((b) => b.role === 'title')!.cells[0][0]);

  const pdf = await printedPdf(await renderXlsx(spec));
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const pages = pdfPages(pdf).filter((page) => squeeze(pdfLines(page, 2)[0]?.text ?? '') === squeeze(title));
  if (pages.length !== 1) throw new Error(`the Dashboard prints on ${pages.length} pages at ${SCALE} %, not on one`);
  const [page] = pages;
  const box = cropBox(page, text);

  const work = mkdtempSync(join(tmpdir(), 'readme-image-'));
  try {
    const pdfFile = join(work, 'book.pdf');
    writeFileSync(pdfFile, pdf);
    const pagePng = join(work, 'page');
    run('pdftoppm', ['-f', String(page.number), '-l', String(page.number), '-r', String(DPI), '-png', '-singlefile', pdfFile, pagePng]);
    const px = (points: number) => Math.round((points * DPI) / 72);
    const [x, y] = [px(box.left), px(box.top)];
    const [width, height] = [px(box.right) - x, px(box.bottom) - y];
    run(process.env.CONVERT ?? 'convert', [`${pagePng}.png`, '-crop', `${width}x${height}+${x}+${y}`, '+repage', '-strip', out]);
    console.log(`${out}: ${width} × ${height} px (page ${page.number}, ${SCALE} %, ${DPI} dpi)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`readme-image: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
