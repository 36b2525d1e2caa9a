import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { adapterFiles, adapters, generateCustomFunctionsMetadata, root } from './support/metadata';
import { documentedProblems } from './support/documented-metadata';

/**
 * The registration chain of a custom function, end to end: listed in functions.files.js (so the
 * metadata plugin writes it to functions.json and associates it), imported by index.ts (so the
 * bundle contains it), translated in locales/zh-CN.json (so Chinese Excel shows its help).
 * A missing link gives a function that exists in one place and not another.
 */
const all = adapters();
const zhCN = JSON.parse(readFileSync(join(root, 'src/functions/locales/zh-CN.json'), 'utf8')) as Record<
  string,
  { description?: string; parameters?: Record<string, string> }
>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const localePlugin = require(join(root, 'build/functions-locale-plugin.js')) as {
  translate: (metadata: unknown, table: unknown, locale: string) => { metadata: unknown; problems: string[] };
  withoutUnwanted: (metadata: unknown) => unknown;
};
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
  it.each(all.map((a) => [a.meta.id, a.meta] as const))(
    '%s has a Chinese description and help for every parameter, and nothing else',
    (id, meta) => {
      const t = zhCN[id];
      expect(t).toBeDefined();
      // Only text the metadata shows: a result has no description ("Manually create JSON metadata").
      expect(Object.keys(t).sort()).toEqual(meta.parameters.length > 0 ? ['description', 'parameters'] : ['description']);
      expect(t.description).toMatch(chinese);
      const names = meta.parameters.map((p) => p.name);
      expect(Object.keys(t.parameters ?? {}).sort()).toEqual([...names].sort());
      names.forEach((name) => expect(t.parameters?.[name]).toMatch(chinese));
    },
  );

  it('has no stale entries for functions that no longer exist', () => {
    expect(Object.keys(zhCN).sort()).toEqual(all.map((a) => a.meta.id).sort());
  });
});

describe('the metadata the build writes', () => {
  const generated = async () => JSON.parse((await generateCustomFunctionsMetadata(adapterFiles())).metadataJson) as Record<string, unknown>;

  it('is generated with the data-types switch, which the build takes out', async () => {
    // custom-functions-metadata always writes it; if it stops, this test says the step is moot.
    const raw = await generated();
    expect(raw.allowCustomDataForDataTypeAny).toBe(true);
    expect(localePlugin.withoutUnwanted(raw)).not.toHaveProperty('allowCustomDataForDataTypeAny');
  });

  it('functions.json and functions.zh-CN.json hold only documented properties', async () => {
    const en = localePlugin.withoutUnwanted(await generated());
    const zh = localePlugin.translate(en, zhCN, 'zh-CN');
    expect(zh.problems).toEqual([]);
    expect(documentedProblems(en)).toEqual([]);
    expect(documentedProblems(zh.metadata)).toEqual([]);
  });

  it('fails the build for a translation of something the metadata does not show', () => {
    const en = { functions: [{ id: 'F', name: 'F', description: 'x', parameters: [], result: { type: 'number' } }] };
    const { problems } = localePlugin.translate(en, { F: { description: '函数', result: '结果' } }, 'zh-CN');
    expect(problems).toEqual(['zh-CN: F.result is not text the functions metadata shows']);
  });

  it('documentedProblems finds an undocumented property', () => {
    const bad = {
      allowCustomDataForDataTypeAny: true,
      functions: [{ id: 'F', name: 'F', parameters: [], result: { type: 'number', description: 'x' } }],
    };
    expect(documentedProblems(bad)).toEqual(['allowCustomDataForDataTypeAny', 'F.result.description']);
  });
});
