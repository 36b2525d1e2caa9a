import { buildPlan } from '../src/workbook';
import { sampleInputs } from '../src/workbook/sample-actuals';
import { renderXlsx } from '../src/xlsx';
import { libreOfficeAvailable, recalculatedXlsx } from '../tests/support/libreoffice';
import { median } from './timing';

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/**
 * Building the plan (pure spec) and writing it to .xlsx, at the demo's size and at the scale
 * target of docs/ARCHITECTURE.md#targets (5,000 × 12), and LibreOffice recalculating the file (when soffice
 * is installed), to see that both grow linearly. Spec building is repeated and the median
 * reported; the files are written and recalculated once each (they take seconds).
 */
export async function workbookBenchmarks(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  const lo = libreOfficeAvailable();
  if (!lo) rows.push(['LibreOffice recalculation', 'skipped: soffice not found']);
  for (const reps of [25, 500, 5000]) {
    const { setup, reps: team, inputs } = sampleInputs({ reps });
    const runs = reps >= 5000 ? 3 : 10;
    const times: number[] = [];
    let cells = 0;
    for (let i = 0; i < runs; i++) {
      const [spec, ms] = await timed(() => buildPlan(setup, team, inputs, 'en-US'));
      times.push(ms);
      cells = spec.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0), 0);
    }
    rows.push([`buildPlan ${reps} reps × 12 periods`, `${median(times).toFixed(1)} ms (${cells.toLocaleString('en-US')} cells)`]);
    const [file, ms] = await timed(() => renderXlsx(buildPlan(setup, team, inputs, 'en-US')));
    rows.push([`renderXlsx ${reps} reps`, `${ms.toFixed(0)} ms, ${(file.length / 1024).toFixed(0)} KiB`]);
    if (lo) {
      // Includes starting LibreOffice (about 1 s, the bulk of the 25-rep figure).
      const [, recalc] = await timed(() => recalculatedXlsx(file, { timeoutMs: 600_000 }));
      rows.push([`LibreOffice recalculation, ${reps} reps`, `${(recalc / 1000).toFixed(1)} s`]);
    }
  }
  return rows;
}
