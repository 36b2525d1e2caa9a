import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative } from 'path';

/**
 * The layers of docs/ARCHITECTURE.md#layers and its import rules
 * (docs/ARCHITECTURE.md#import-rules), checked on the source text: a stray import or Office
 * call in the wrong layer fails here, before it turns into an add-in that only works inside Excel.
 */
const root = join(__dirname, '..');
const LAYERS = ['core', 'functions', 'workbook', 'xlsx', 'excel', 'taskpane'] as const;
type Layer = (typeof LAYERS)[number];

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

interface Import {
  /** The file that imports, from the repository root. */
  file: string;
  /** What it names: `./x`, `../core/dates`, `react`. */
  spec: string;
  /** The imported file from the repository root, for a relative import that resolves. */
  target?: string;
  /** `import type`, or every binding `type`: erased from the built code. */
  typeOnly: boolean;
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = join(dirname(from), spec);
  const found = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((p) => existsSync(p) && statSync(p).isFile());
  return found && relative(root, found);
}

function importsOf(path: string): Import[] {
  const code = codeOf(path);
  const file = relative(root, path);
  const make = (spec: string, typeOnly: boolean): Import => ({ file, spec, target: resolve(path, spec), typeOnly });
  const statements = [...code.matchAll(/\b(?:import|export)\s+(type\s+)?([\w$*\s{},]*?)\s*from\s*['"]([^'"]+)['"]/g)].map((m) => {
    const clause = m[2].trim();
    const named = /^\{([^}]*)\}$/.exec(clause);
    const everyBindingType =
      named !== null &&
      named[1]
        .split(',')
        .filter((b) => b.trim() !== '')
        .every((b) => /^\s*type\s/.test(b));
    return make(m[3], m[1] !== undefined || everyBindingType);
  });
  const bare = [...code.matchAll(/\bimport\s*['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) =>
    make(m[1] ?? m[2], false),
  );
  return [...statements, ...bare];
}

const layerOf = (file: string | undefined): Layer | undefined => {
  const match = file === undefined ? null : /^src\/([^/]+)\//.exec(file);
  return match && (LAYERS as readonly string[]).includes(match[1]) ? (match[1] as Layer) : undefined;
};

const allImports = LAYERS.flatMap((layer) => sources(`src/${layer}`).flatMap(importsOf));
const importsFrom = (layer: Layer) => allImports.filter((i) => layerOf(i.file) === layer);
const describeImport = (i: Import) => `${i.file} imports ${i.spec}`;

/** Imports of `layer` that reach neither an allowed layer nor an allowed package. */
function offenders(layer: Layer, layers: readonly Layer[], packages: readonly string[] = []): string[] {
  return importsFrom(layer)
    .filter((i) => {
      if (i.spec.startsWith('.')) return !(i.target && [layer, ...layers].includes(layerOf(i.target)!));
      return !packages.includes(i.spec);
    })
    .map(describeImport);
}

const officeApi = /\b(Office|Excel|OfficeExtension)\s*\.\s*[A-Za-z]/;
const dom = /\b(window|document|navigator)\s*\./;

describe('layers (docs/ARCHITECTURE.md#import-rules)', () => {
  it('core imports nothing but core and simple-statistics', () => {
    const offenders = sources('src/core').flatMap((file) =>
      importsOf(file)
        .filter((i) => !(i.spec.startsWith('./') || i.spec === 'simple-statistics'))
        .map(describeImport),
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
        .filter((i) => !/^(\.\.\/core\/|\.\.\/\.\.\/core\/|\.\/|\.\.\/support\/)/.test(i.spec))
        .map(describeImport),
    );
    expect(offenders).toEqual([]);
  });

  it('workbook imports itself and core only (and simple-statistics)', () => {
    expect(offenders('workbook', ['core'], ['simple-statistics'])).toEqual([]);
  });

  it('xlsx imports workbook and core only (and ExcelJS, Node streams)', () => {
    expect(offenders('xlsx', ['workbook', 'core'], ['exceljs', 'stream'])).toEqual([]);
  });

  it('excel imports workbook and core only, and never touches the DOM', () => {
    expect(offenders('excel', ['workbook', 'core'])).toEqual([]);
    const touching = sources('src/excel')
      .filter((file) => dom.test(codeOf(file)))
      .map((f) => relative(root, f));
    expect(touching).toEqual([]);
  });

  it('no import cycles between layers', () => {
    const edges = new Map<Layer, Set<Layer>>(LAYERS.map((l) => [l, new Set<Layer>()]));
    for (const i of allImports) {
      const from = layerOf(i.file)!;
      const to = layerOf(i.target);
      if (to !== undefined && to !== from) edges.get(from)!.add(to);
    }
    const cycles: string[] = [];
    const visit = (layer: Layer, path: Layer[]) => {
      for (const next of edges.get(layer)!) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const layer of LAYERS) visit(layer, [layer]);
    expect(cycles).toEqual([]);
  });
});

describe('the task pane (docs/ARCHITECTURE.md#import-rules)', () => {
  const pane = importsFrom('taskpane');
  /** src/excel's public faces: its entry, and the host handshake the pane's start-up uses. */
  const EXCEL_ENTRIES = ['src/excel/index.ts', 'src/excel/host.ts'];
  /** Modules that decide or build the plan: they run inside src/excel's operations, never in the pane. */
  const DECIDING = [
    'src/workbook/build-plan.ts',
    'src/workbook/quotas.ts',
    'src/workbook/replan.ts',
    'src/workbook/team-change.ts',
    'src/workbook/review-snapshot.ts',
    'src/workbook/dashboard-model.ts',
    'src/workbook/sheets/',
  ];
  const PACKAGES = ['react', 'react-dom/client', '@fluentui/react-components'];

  /** Every file `file` loads at run time (type-only imports are erased), itself included. */
  function valueReach(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const i of importsOf(join(root, file))) if (!i.typeOnly && i.target) valueReach(i.target, seen);
    return seen;
  }

  it('imports itself, src/excel, src/workbook and src/core, and only React and Fluent UI packages', () => {
    const offenders = pane
      .filter((i) =>
        i.spec.startsWith('.') ? !['taskpane', 'excel', 'workbook', 'core'].includes(layerOf(i.target)!) : !PACKAGES.includes(i.spec),
      )
      .map(describeImport);
    expect(offenders).toEqual([]);
  });

  it('reaches src/excel only through its entry (or the host handshake)', () => {
    const offenders = pane.filter((i) => layerOf(i.target) === 'excel' && !EXCEL_ENTRIES.includes(i.target!)).map(describeImport);
    expect(offenders).toEqual([]);
  });

  it('takes types and plain data from src/workbook, never what decides or builds the plan', () => {
    const offenders = pane
      .filter((i) => layerOf(i.target) === 'workbook' && !i.typeOnly)
      .flatMap((i) =>
        [...valueReach(i.target!)]
          .filter((f) => DECIDING.some((d) => (d.endsWith('/') ? f.startsWith(d) : f === d)))
          .map((f) => `${describeImport(i)}, which loads ${f}`),
      );
    expect(offenders).toEqual([]);
  });
});
