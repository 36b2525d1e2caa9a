/**
 * `npm run bench`: speed and size figures, printed (never asserted: the machine is noisy).
 * Times are medians over repeated runs; compare them as ratios between runs on one machine.
 */
import { statSync, existsSync } from 'fs';
import { join } from 'path';
import { installCustomFunctionsGlobal } from './custom-functions-global';
import { median, time } from './timing';

installCustomFunctionsGlobal();

async function main(): Promise<void> {
  // Imported after the global exists: the adapters raise CustomFunctions.Error.
  const { functionBenchmarks } = await import('./functions.bench');
  const { workbookBenchmarks } = await import('./workbook.bench');
  const { excelBenchmarks } = await import('./excel.bench');
  const rows: [string, string][] = [];
  for (const [name, run] of functionBenchmarks()) rows.push([name, `${median(time(run, 50)).toFixed(3)} ms`]);
  for (const [name, figure] of await workbookBenchmarks()) rows.push([name, figure]);
  for (const [name, figure] of await excelBenchmarks()) rows.push([name, figure]);
  for (const file of ['functions.js', 'taskpane.js']) {
    const path = join(__dirname, '..', 'dist', file);
    if (existsSync(path)) rows.push([`dist/${file} size`, `${(statSync(path).size / 1024).toFixed(0)} KiB`]);
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`Sales Planner benchmarks (node ${process.version})`);
  for (const [name, figure] of rows) console.log(`${name.padEnd(width)}  ${figure}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
