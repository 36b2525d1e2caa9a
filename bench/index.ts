/**
 * `npm run bench`: speed and size figures, printed (never asserted: the machine is noisy).
 * Times are medians over repeated runs; compare them as ratios between runs on one machine.
 * `npm run bench -- --json` prints the same figures as JSON, with their numbers.
 */
import { statSync, existsSync } from 'fs';
import { join } from 'path';
import { installCustomFunctionsGlobal } from './custom-functions-global';
import { row, type BenchRow } from './row';
import { median, time } from './timing';

installCustomFunctionsGlobal();

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  // Imported after the global exists: the adapters raise CustomFunctions.Error.
  const { functionBenchmarks, functionScalingBenchmarks } = await import('./functions.bench');
  const { workbookBenchmarks } = await import('./workbook.bench');
  const { excelBenchmarks } = await import('./excel.bench');
  const { recalcBenchmarks } = await import('./recalc.bench');
  const rows: BenchRow[] = [];
  for (const [name, run] of functionBenchmarks()) {
    const ms = median(time(run, 50));
    rows.push({ name, figure: `${ms.toFixed(3)} ms`, data: { medianMs: ms } });
  }
  rows.push(...functionScalingBenchmarks());
  rows.push(...(await workbookBenchmarks()).map(row));
  rows.push(...(await recalcBenchmarks()));
  rows.push(...(await excelBenchmarks()));
  for (const file of ['functions.js', 'taskpane.js']) {
    const path = join(__dirname, '..', 'dist', file);
    if (existsSync(path)) {
      const bytes = statSync(path).size;
      rows.push({ name: `dist/${file} size`, figure: `${(bytes / 1024).toFixed(0)} KiB`, data: { bytes } });
    }
  }
  if (json) {
    console.log(JSON.stringify({ node: process.version, rows }, null, 2));
    return;
  }
  const width = Math.max(...rows.map(({ name }) => name.length));
  console.log(`Sales Planner benchmarks (node ${process.version})`);
  for (const { name, figure } of rows) console.log(`${name.padEnd(width)}  ${figure}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
