import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { adapterFiles, adapters, root } from './support/metadata';

/**
 * The registration chain of a custom function, end to end: listed in functions.files.js (so the
 * metadata plugin writes it to functions.json and associates it), imported by index.ts (so the
 * bundle contains it), translated in locales/zh-CN.json (so Chinese Excel shows its help).
 * A missing link gives a function that exists in one place and not another.
 */
const all = adapters();
const zhCN = JSON.parse(readFileSync(join(root, 'src/functions/locales/zh-CN.json'), 'utf8')) as Record<
  string,
  { description?: string; result?: string; parameters?: Record<string, string> }
>;
const chinese = /[\u4e00-\u9fff]/;

describe('functions.files.js', () => {
  it.each(adapterFiles())('%s declares at least one @customfunction', (file) => {
    expect(all.filter((a) => a.file === file).length).toBeGreaterThanOrEqual(1);
  });

  it('lists every adapter file that declares a @customfunction', () => {
    const dir = join(root, 'src/functions');
    const declaring = readdirSync(dir)
      .filter((name) => /\.ts$/.test(name) && /@customfunction\b/.test(readFileSync(join(dir, name), 'utf8')))
      .map((name) => `./src/functions/${name}`);
    expect([...adapterFiles()].sort()).toEqual(declaring.sort());
  });

  it('ids are unique, upper case, and the same as their names', () => {
    const ids = all.map((a) => a.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    all.forEach((a) => {
      expect(a.meta.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(a.meta.name).toBe(a.meta.id);
      expect(a.meta.description?.length ?? 0).toBeGreaterThan(10);
    });
  });
});

describe('index.ts', () => {
  it('imports every adapter file (and nothing else)', () => {
    const source = readFileSync(join(root, 'src/functions/index.ts'), 'utf8');
    const imported = [...source.matchAll(/^import\s+['"]\.\/([^'"]+)['"]/gm)].map((m) => `./src/functions/${m[1]}.ts`);
    expect(imported.sort()).toEqual([...adapterFiles()].sort());
  });
});

describe('locales/zh-CN.json', () => {
  it.each(all.map((a) => [a.meta.id, a.meta] as const))('%s has a Chinese description, result and help for every parameter', (id, meta) => {
    const t = zhCN[id];
    expect(t).toBeDefined();
    expect(t.description).toMatch(chinese);
    if (meta.result) expect(t.result).toMatch(chinese);
    const names = meta.parameters.map((p) => p.name);
    expect(Object.keys(t.parameters ?? {}).sort()).toEqual([...names].sort());
    names.forEach((name) => expect(t.parameters?.[name]).toMatch(chinese));
  });

  it('has no stale entries for functions that no longer exist', () => {
    expect(Object.keys(zhCN).sort()).toEqual(all.map((a) => a.meta.id).sort());
  });
});
