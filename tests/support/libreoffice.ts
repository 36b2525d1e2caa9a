/**
 * LibreOffice as a test oracle: recalculate an .xlsx in a real spreadsheet engine and read the
 * computed values back with ExcelJS.
 *
 * API (kept small on purpose):
 * - `recalculate(xlsx)` — Buffer or path in, recalculated `ExcelJS.Workbook` out. Formula cells
 *   keep their formula; `cell.result` holds what LibreOffice computed (errors as `{ error }`).
 * - `computed(cell)` — the value a cell shows: the result of a formula, else its value; dates come
 *   back as serial numbers, as the spec writes them.
 * - `errorCells(workbook)` — every cell (formula or value) that holds an error, with its address.
 * - `printedPdf(xlsx)` — the workbook printed to PDF, as a person would print it.
 * - `libreOfficeAvailable()` — whether `soffice` can be started (CI installs libreoffice-calc-nogui).
 *
 * How: the file is written to a temp dir and converted xlsx → xlsx by
 * `soffice --headless --convert-to xlsx`, with a private user profile whose
 * registrymodifications.xcu sets Calc's "recalculation on file load" for OOXML (and ODF) to
 * "always" (0). Without it LibreOffice trusts the cached values in the file — and a file from
 * ExcelJS has none, or stale ones — so the test would check nothing.
 *
 * One profile per process (jest worker), created on first use, reused, deleted on exit; calls are
 * serialised because two soffice processes must not share a profile. Set `SOFFICE` to use another
 * binary. LibreOffice 7.4 has no LET/XLOOKUP: generated formulas must not need them anyway.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import { dateToSerial } from '../../src/core/dates';

export interface RecalculateOptions {
  /** Kill soffice and fail after this long; default 180 s (a 5,000-rep plan takes a while). */
  timeoutMs?: number;
}

export interface ErrorCell {
  sheet: string;
  address: string;
  /** Excel's error text, e.g. `#NAME?`, `#DIV/0!`. */
  error: string;
  /** The formula, without `=`, when the error came from one. */
  formula?: string;
}

/** A cell as it shows after recalculation. Dates are serial numbers (1900 system). */
export type ComputedValue = number | string | boolean | null | { error: string };

const sofficeBinary = process.env.SOFFICE ?? 'soffice';
const DEFAULT_TIMEOUT_MS = 180_000;

/** Calc → Formula → "Recalculation on file load": 0 = always, for Excel 2007+ and ODF files. */
const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let workRoot: string | undefined;
let profileUrl: string | undefined;
let runCount = 0;
/** Serialises soffice runs in this process (a profile cannot be shared by two instances). */
let queue: Promise<unknown> = Promise.resolve();

/** True when `soffice --version` runs. */
export function libreOfficeAvailable(): boolean {
  const probe = spawnSync(sofficeBinary, ['--version'], { timeout: 30_000, encoding: 'utf8' });
  return probe.status === 0;
}

function ensureProfile(): { root: string; profile: string } {
  if (!workRoot || !profileUrl) {
    workRoot = mkdtempSync(join(tmpdir(), 'sales-planner-lo-'));
    const userDir = join(workRoot, 'profile', 'user');
    mkdirSync(userDir, { recursive: true });
    writeFileSync(join(userDir, 'registrymodifications.xcu'), RECALC_ALWAYS_XCU);
    profileUrl = pathToFileURL(join(workRoot, 'profile')).href;
    const root = workRoot;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  return { root: workRoot, profile: profileUrl };
}

function runSoffice(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // detached: soffice is a wrapper that starts soffice.bin; on timeout we end the whole group.
    const child = spawn(sofficeBinary, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `LibreOffice is not installed: "${sofficeBinary}" was not found. ` +
                'Install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) or set SOFFICE.',
            )
          : error,
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`soffice exited with code ${code}:\n${output}`));
    });
  });
}

/** What a run converts to: an .xlsx (recalculated) or a PDF of every sheet as it prints. */
const TARGETS = {
  xlsx: { filter: 'xlsx:Calc MS Excel 2007 XML', output: 'book.xlsx' },
  pdf: { filter: 'pdf:calc_pdf_Export', output: 'book.pdf' },
} as const;

async function convert(xlsx: Buffer | string, timeoutMs: number, target: keyof typeof TARGETS = 'xlsx'): Promise<Buffer> {
  const { root, profile } = ensureProfile();
  const run = join(root, `run-${++runCount}`);
  const inDir = join(run, 'in');
  const outDir = join(run, 'out');
  mkdirSync(inDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const input = join(inDir, 'book.xlsx');
  writeFileSync(input, typeof xlsx === 'string' ? readFileSync(xlsx) : xlsx);
  try {
    const log = await runSoffice(
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=${profile}`,
        '--convert-to',
        TARGETS[target].filter,
        '--outdir',
        outDir,
        input,
      ],
      timeoutMs,
    );
    const output = join(outDir, TARGETS[target].output);
    // soffice exits 0 even when it could not load or convert; the missing file is the signal.
    if (!existsSync(output)) throw new Error(`LibreOffice wrote no output:\n${log}`);
    return readFileSync(output);
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

/** Recalculates `xlsx` (a Buffer or a file path) in LibreOffice and returns the recalculated file. */
export function recalculatedXlsx(xlsx: Buffer | string, options: RecalculateOptions = {}): Promise<Buffer> {
  return inTurn(() => convert(xlsx, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
}

/** Runs `run` after every earlier soffice run of this process has ended. */
function inTurn(run: () => Promise<Buffer>): Promise<Buffer> {
  const job = queue.then(run);
  queue = job.catch(() => undefined);
  return job;
}

/**
 * The workbook as LibreOffice prints it: every sheet's pages as PDF, after a recalculation on
 * load (so the pages show computed numbers), with each sheet's page setup.
 */
export function printedPdf(xlsx: Buffer | string, options: RecalculateOptions = {}): Promise<Buffer> {
  return inTurn(() => convert(xlsx, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'pdf'));
}

/** Recalculates `xlsx` (a Buffer or a file path) in LibreOffice and loads the result. */
export async function recalculate(xlsx: Buffer | string, options: RecalculateOptions = {}): Promise<ExcelJS.Workbook> {
  const converted = await recalculatedXlsx(xlsx, options);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(converted as unknown as ExcelJS.Buffer);
  return workbook;
}

function plain(value: unknown): ComputedValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return dateToSerial(value); // ExcelJS makes Dates of date-formatted numbers
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.error === 'string') return { error: object.error };
    if (Array.isArray(object.richText)) {
      return (object.richText as { text: string }[]).map((run) => run.text).join('');
    }
    if ('text' in object && typeof object.text === 'string') return object.text; // hyperlink
  }
  return String(value);
}

/**
 * What a cell shows: a formula's computed result, or the value itself. Reads `cell.result`, not
 * `cell.value.result`: ExcelJS drops falsy results (0, FALSE, "") from `value`.
 */
export function computed(cell: ExcelJS.Cell): ComputedValue {
  if (cell.type === ExcelJS.ValueType.Formula) return plain(cell.result);
  return plain(cell.value);
}

/** Every cell holding an error value (from a formula or written as a value), sheet by sheet. */
export function errorCells(workbook: ExcelJS.Workbook): ErrorCell[] {
  const found: ErrorCell[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const shown = computed(cell);
        if (shown === null || typeof shown !== 'object') return;
        const formula = cell.formula as string | undefined;
        found.push({ sheet: sheet.name, address: cell.address, error: shown.error, ...(formula ? { formula } : {}) });
      });
    });
  });
  return found;
}
