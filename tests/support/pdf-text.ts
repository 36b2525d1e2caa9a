/**
 * The words of a PDF with their boxes, page by page, from poppler's `pdftotext -bbox`: what
 * a reader sees on paper, for tests that check how a workbook prints.
 *
 * A word's box spans the font's ascent to its descent, so its height is proportional to the
 * font size: for the fonts LibreOffice prints here (DejaVu, Noto Sans CJK) it is 1.30 × the
 * size, measured on a page printed at 100 % (tests/xlsx/print.test.ts calibrates it so).
 */
import { spawnSync } from 'child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
}

/** True when `pdftotext` (poppler-utils) runs. */
export function pdftotextAvailable(): boolean {
  return spawnSync('pdftotext', ['-v'], { timeout: 30_000 }).status === 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (raw: string) =>
  raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(parseInt(ref.slice(ref[1] === 'x' ? 2 : 1), ref[1] === 'x' ? 16 : 10)) : (ENTITIES[ref] ?? whole),
  );

/** Every page of `pdf` with its words, in the order the PDF draws them. */
export function pdfPages(pdf: Buffer): PdfPage[] {
  const run = spawnSync('pdftotext', ['-bbox', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  const pages: PdfPage[] = [];
  const tag =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const match of run.stdout.matchAll(tag)) {
    if (match[1] !== undefined) {
      pages.push({ number: pages.length + 1, width: Number(match[1]), height: Number(match[2]), words: [] });
      continue;
    }
    const [xMin, yMin, xMax, yMax] = match.slice(3, 7).map(Number);
    pages[pages.length - 1].words.push({ text: decode(match[7]), xMin, yMin, xMax, yMax });
  }
  return pages;
}

/**
 * The page's lines of text, top to bottom: words whose tops are within `tolerance` points of
 * each other, left to right, joined by a space.
 */
export function pdfLines(page: PdfPage, tolerance = 0.5): { y: number; text: string; words: PdfWord[] }[] {
  const lines: { y: number; words: PdfWord[] }[] = [];
  for (const word of [...page.words].sort((a, b) => a.yMin - b.yMin)) {
    const line = lines.find((l) => Math.abs(l.y - word.yMin) <= tolerance);
    if (line) line.words.push(word);
    else lines.push({ y: word.yMin, words: [word] });
  }
  return lines.map((l) => {
    const words = l.words.sort((a, b) => a.xMin - b.xMin);
    return { y: l.y, words, text: words.map((w) => w.text).join(' ') };
  });
}
