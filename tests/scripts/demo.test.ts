/**
 * `npm run demo` end to end: the real CLI (through tsx, as npm runs it) on a small team, into a
 * temp dir; the file must open with ExcelJS and hold the planning sheets with the sample's reps.
 */
import { execFile } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { errorCells, recalculate } from '../support/libreoffice';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function runDemo(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [join(root, 'scripts', 'demo.ts'), ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run demo', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sales-planner-demo-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a workbook with the planning sheets for a small team and says what it did', async () => {
    const out = join(dir, 'nested', 'plan.xlsx'); // the folder does not exist yet
    const { code, stdout, stderr } = await runDemo(['--reps', '6', '--locale', 'zh-CN', '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    expect(stdout).toMatch(/6 reps × 12 periods, 8 sheets .*zh-CN, in \d+\.\d s/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['计划设置', '目标分解', '业绩录入', '进度看板', '排行榜']));
    // Every sample rep has a row on the targets sheet, found by Rep ID.
    const ids = new Set<string>();
    workbook.getWorksheet('目标分解')!.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && /^R\d{4}$/.test(cell.value)) ids.add(cell.value);
      });
    });
    expect([...ids].sort()).toEqual(['R0001', 'R0002', 'R0003', 'R0004', 'R0005', 'R0006']);

    // The Review sheet holds a snapshot at each month end up to the as-of date (30 June 2026):
    // six dates, each with the 6 reps and the team total.
    const snapshots = new Map<number, number>();
    workbook.getWorksheet('复盘')!.eachRow((row) => {
      const when = row.getCell(1).value;
      if (when instanceof Date) snapshots.set(when.getTime(), (snapshots.get(when.getTime()) ?? 0) + 1);
    });
    const months = [...snapshots.keys()].sort().map((t) => new Date(t).toISOString().slice(0, 10));
    expect(months).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
    expect([...snapshots.values()]).toEqual([7, 7, 7, 7, 7, 7]);

    // And it computes in a real engine: not one formula of the demo ends in an error.
    expect(errorCells(await recalculate(out))).toEqual([]);
  });

  it('prints help and exits 0 with --help', async () => {
    const { code, stdout } = await runDemo(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: npm run demo/);
  });

  it.each([
    [['--reps', 'many'], /--reps must be a whole number from 1 to 20000, not "many"/],
    [['--reps', '0'], /--reps must be a whole number/],
    [['--locale', 'fr-FR'], /--locale must be en-US or zh-CN, not "fr-FR"/],
    [['--colour', 'red'], /Unknown option '--colour'/],
    [['stray'], /positional/i],
  ])('rejects %j with a readable message and exit code 2', async (args, message) => {
    const { code, stderr, stdout } = await runDemo(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: npm run demo/);
    expect(stdout).toBe('');
  });
});
