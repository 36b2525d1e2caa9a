import { execSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

/**
 * Tests of the built add-in (bundle, manifest URLs, task pane) need `dist/`.
 * CI builds first; a developer who runs `npm test` on a fresh checkout gets a build here.
 * A failed build does not stop the run: the tests that need dist/ then fail and say why,
 * and the pure tests still report.
 */
export default function globalSetup(): void {
  const root = join(__dirname, '..', '..');
  const needed = ['functions.js', 'functions.json', 'functions.zh-CN.json', 'taskpane.html'];
  if (needed.every((f) => existsSync(join(root, 'dist', f)))) return;
  console.log('\ndist/ is missing: running `npm run build` first');
  try {
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  } catch {
    console.warn('`npm run build` failed: tests of the built add-in will fail');
  }
}
