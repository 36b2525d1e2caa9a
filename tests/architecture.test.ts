import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

/**
 * The layers of DESIGN §1, checked on the source text: a stray import or Office call in
 * the wrong layer fails here, before it turns into an add-in that only works inside Excel.
 */
const root = join(__dirname, '..');

function sources(dir: string): string[] {
  const full = join(root, dir);
  return readdirSync(full).flatMap((name) => {
    const path = join(full, name);
    if (statSync(path).isDirectory()) return sources(relative(root, path));
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function codeOf(path: string): string {
  // Comments may name Office or Excel; code may not.
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function importsOf(path: string): string[] {
  return [...codeOf(path).matchAll(/(?:from\s+|require\(|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const officeApi = /\b(Office|Excel|OfficeExtension)\s*\.\s*[A-Za-z]/;

describe('layers', () => {
  it('core imports nothing but core and simple-statistics', () => {
    const offenders = sources('src/core').flatMap((file) =>
      importsOf(file)
        .filter((spec) => !(spec.startsWith('./') || spec === 'simple-statistics'))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core, workbook and xlsx never touch Office, Excel, CustomFunctions or the DOM', () => {
    const pure = [...sources('src/core'), ...sources('src/workbook'), ...sources('src/xlsx')];
    const forbidden = /\b(Office|Excel|CustomFunctions|window|document|navigator)\s*\./;
    const offenders = pure.filter((file) => forbidden.test(codeOf(file))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('Office.js traffic lives in src/excel only', () => {
    const outside = ['src/functions', 'src/taskpane', 'src/workbook', 'src/xlsx', 'src/core'].flatMap(sources);
    const offenders = outside.filter((file) => officeApi.test(codeOf(file))).map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('custom functions are adapters over core: they import core and their support helpers only', () => {
    const offenders = sources('src/functions').flatMap((file) =>
      importsOf(file)
        .filter((spec) => !/^(\.\.\/core\/|\.\.\/\.\.\/core\/|\.\/|\.\.\/support\/)/.test(spec))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
