import { execFileSync } from 'child_process';
import { join } from 'path';

const root = join(__dirname, '..', '..', '..');

/**
 * Best wall time in ms of `call` over `runs` runs, measured in a plain Node process
 * (TypeScript through tsx), not inside jest: jest's module sandbox runs this kind of tight
 * array code several times slower than any real JS engine does, which would make a
 * "well under 10 ms" target (DESIGN §5) measure jest rather than the function.
 *
 * `setup` and `call` are JS source; `setup` may `require` repository files by relative path.
 */
export function bestTimeInNode(setup: string, call: string, runs = 20): number {
  const script = `${setup}
let best = Infinity;
for (let run = 0; run < ${runs}; run++) {
  const t0 = performance.now();
  ${call};
  best = Math.min(best, performance.now() - t0);
}
process.stdout.write(String(best));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  return Number(out);
}
