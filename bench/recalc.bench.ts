/**
 * What a typed actual costs in recalculation, and what calculating everything costs, with and
 * without the Leaderboard, at 500 and 5,000 reps: LibreOffice standing in for Excel's engine,
 * timed by bench/recalc-edit.py through its UNO API (CPU of the soffice process, medians).
 * Skipped, with the reason as its one row, without soffice or python3-uno.
 *
 *   npx tsx bench/recalc.bench.ts            # just this section
 *   npx tsx bench/recalc.bench.ts 500        # only these rep counts
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildPlan } from '../src/workbook';
import { cell } from '../src/workbook/a1';
import { actualsCol, actualsRepRows } from '../src/workbook/layout';
import { buildLayout } from '../src/workbook/layout';
import { sampleInputs } from '../src/workbook/sample-actuals';
import { workbookText } from '../src/workbook/i18n';
import type { WorkbookSpec } from '../src/workbook/spec';
import { renderXlsx } from '../src/xlsx';
import type { BenchRow } from './row';

const PYTHON = process.env.PYTHON_UNO ?? '/usr/bin/python3';
const SCRIPT = join(__dirname, 'recalc-edit.py');

interface Timing {
  editCpuMs: number;
  editWallMs: number;
  fullCpuMs: number;
  fullWallMs: number;
}

/** Why the section cannot run here, or undefined when it can. */
function unavailable(): string | undefined {
  const probe = spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.status !== 0) return `no python3-uno for ${PYTHON}`;
  const soffice = spawnSync(process.env.SOFFICE ?? 'soffice', ['--version'], { timeout: 30_000 });
  return soffice.status === 0 ? undefined : 'soffice not found';
}

/** The sample plan, with or without its Leaderboard sheet (nothing else refers to it). */
function plan(reps: number, leaderboard: boolean): { spec: WorkbookSpec; sheet: string; address: string } {
  const { setup, reps: team, inputs } = sampleInputs({ reps });
  const spec = buildPlan(setup, team, inputs, 'en-US');
  const text = workbookText('en-US');
  const layout = buildLayout(text.sheets, team.length, setup.periodCount, setup.funnel);
  // The middle rep's signed amount in the third period (started by the sample's as-of date).
  const [first] = actualsRepRows(layout, Math.floor(reps / 2));
  const address = cell(actualsCol(layout, 'signed'), first + 2);
  return {
    spec: leaderboard ? spec : { ...spec, sheets: spec.sheets.filter((s) => s.key !== 'leaderboard') },
    sheet: text.sheets.actuals,
    address,
  };
}

async function measure(reps: number, leaderboard: boolean, dir: string): Promise<Timing> {
  const { spec, sheet, address } = plan(reps, leaderboard);
  const file = join(dir, `plan-${reps}-${leaderboard ? 'board' : 'none'}.xlsx`);
  writeFileSync(file, await renderXlsx(spec));
  const runs = reps >= 5000 ? ['--edits', '7', '--full', '3'] : ['--edits', '11', '--full', '5'];
  const run = spawnSync(PYTHON, [SCRIPT, file, '--sheet', sheet, '--cell', address, ...runs], {
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (run.status !== 0) throw new Error(`recalc-edit.py failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Timing;
}

export async function recalcBenchmarks(repCounts: readonly number[] = [500, 5000]): Promise<BenchRow[]> {
  const why = unavailable();
  if (why) return [{ name: 'LibreOffice per-edit recalculation', figure: `skipped: ${why}` }];
  const dir = mkdtempSync(join(tmpdir(), 'sales-planner-recalc-'));
  const rows: BenchRow[] = [];
  const full: Record<string, number> = {};
  try {
    for (const reps of repCounts) {
      const [board, none] = [await measure(reps, true, dir), await measure(reps, false, dir)];
      full[`${reps}-board`] = board.fullCpuMs;
      full[`${reps}-none`] = none.fullCpuMs;
      rows.push({
        name: `LibreOffice one typed actual, ${reps} reps (with / without Leaderboard)`,
        figure: `${board.editCpuMs.toFixed(1)} / ${none.editCpuMs.toFixed(1)} ms CPU (${(board.editCpuMs / none.editCpuMs).toFixed(2)}×)`,
        data: { reps, editCpuMs: board.editCpuMs, editCpuMsWithoutLeaderboard: none.editCpuMs, editWallMs: board.editWallMs },
      });
      rows.push({
        name: `LibreOffice calculate all, ${reps} reps (with / without Leaderboard)`,
        figure: `${board.fullCpuMs.toFixed(0)} / ${none.fullCpuMs.toFixed(0)} ms CPU`,
        data: { reps, fullCpuMs: board.fullCpuMs, fullCpuMsWithoutLeaderboard: none.fullCpuMs, fullWallMs: board.fullWallMs },
      });
    }
    if (full['500-board'] && full['5000-board']) {
      const [withBoard, without] = [full['5000-board'] / full['500-board'], full['5000-none'] / full['500-none']];
      rows.push({
        name: 'LibreOffice calculate all, growth 500 → 5,000 reps (with / without Leaderboard)',
        figure: `${withBoard.toFixed(1)}× / ${without.toFixed(1)}×`,
        data: { growth: withBoard, growthWithoutLeaderboard: without },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (require.main === module) {
  const counts = process.argv.slice(2).map(Number);
  recalcBenchmarks(counts.length ? counts : undefined).then(
    (rows) => rows.forEach(({ name, figure }) => console.log(`${name}  ${figure}`)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
