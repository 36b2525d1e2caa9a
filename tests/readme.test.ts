import { readFileSync } from 'fs';
import { join } from 'path';
import { adapterFiles } from './functions/support/metadata';

/** The README is the user's door: its function reference and its commands must stay true. */
const root = join(__dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const readme = read('README.md');
const functionIds = adapterFiles().flatMap((file) => [...read(file).matchAll(/@customfunction\s+([A-Z.]+)/g)].map((m) => m[1]));

describe('README', () => {
  it('carries docs/functions.md as its function reference, word for word (one heading level down)', () => {
    const reference = read('docs/functions.md').split('\n').slice(1).join('\n').trim();
    expect(readme).toContain(reference.replace(/^## /gm, '### '));
  });

  it('documents every custom function, in English and in Chinese', () => {
    expect(functionIds.length).toBeGreaterThanOrEqual(12);
    const zh = read('docs/functions.zh-CN.md');
    for (const id of functionIds) {
      expect(readme).toContain(`### SALES.${id}\n`);
      expect(zh).toContain(`## SALES.${id}\n`);
    }
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts);
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
    for (const script of ['test', 'start', 'stop']) expect(readme).toContain(`npm ${script}`);
  });
});
