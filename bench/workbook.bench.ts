import { buildPlan } from '../src/workbook';
import { sampleInputs } from '../src/workbook/sample';
import { renderXlsx } from '../src/xlsx';
import { median } from './timing';

async function timed<T>(fn: () => T | Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e6];
}

/**
 * Building the plan (pure spec) and writing it to .xlsx, at the demo's size and at DESIGN's
 * scale target (5,000 reps × 12 periods). Spec building is repeated and the median reported;
 * the large .xlsx is written once (it takes seconds).
 */
export async function workbookBenchmarks(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
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
    if (reps === 25 || reps === 5000) {
      const spec = buildPlan(setup, team, inputs, 'en-US');
      const [file, ms] = await timed(() => renderXlsx(spec));
      rows.push([`renderXlsx ${reps} reps`, `${ms.toFixed(0)} ms, ${(file.length / 1024).toFixed(0)} KiB`]);
    }
  }
  return rows;
}
