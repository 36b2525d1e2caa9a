import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { basename, dirname, join, relative } from 'path';

/**
 * docs/ARCHITECTURE.md is the design's one home: it must stay true. Every repository path it
 * names exists, every row of its "Where is…" table names a file that holds what the row says,
 * and every `….md#section` link in the code and the docs finds its section.

 */
const root = join(__dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const DOC = 'docs/ARCHITECTURE.md';

const HEADING = /^(#{1,6})\s+(.*)$/;
/** Top-level folders a path in the docs may start with; generated folders are not checked. */
const REPO_DIRS = ['src', 'tests', 'docs', 'scripts', 'bench', 'assets', 'schemas', '.ci'];
const GENERATED = ['dist/', 'demo/', 'test-output/', 'node_modules/'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|json|md|xml|xsd)$/;

interface DocLine {
  number: number;
  text: string;
}

/** The lines of a markdown file that the checks apply to: outside code fences. */
function checkedLines(markdown: string): DocLine[] {
  const lines: DocLine[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, i) => {
    if (text.startsWith('```')) fenced = !fenced;
    if (fenced || text.startsWith('```')) return;
    lines.push({ number: i + 1, text });
  });
  return lines;
}

const backticked = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);

/** A token that names a file or folder of the repository (written from its root). */
function isRepoPath(token: string): boolean {
  if (/[\s<>*{}#…]/.test(token) || GENERATED.some((g) => token.startsWith(g))) return false;
  if (!/^[\w.@-]+(\/[\w.@-]+)*\/?$/.test(token)) return false;
  const first = token.split('/')[0];
  return REPO_DIRS.includes(first) ? token.includes('/') : SOURCE_FILE.test(token);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const match = fenced ? null : HEADING.exec(line);
    if (!match) continue;
    const base = slug(match[2]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

function files(dir: string, pattern: RegExp): string[] {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Everything that may link to a section: code, tests, tools and the docs. */
const linking = [
  ...['src', 'tests', 'scripts', 'bench'].flatMap((dir) => files(dir, /\.(ts|tsx|js|mjs)$/)),
  ...files('docs', /\.md$/),
  'README.md',
  'DEVELOPERS.md',
];

describe('docs/ARCHITECTURE.md', () => {
  const doc = read(DOC);
  const lines = checkedLines(doc);

  it('names only repository paths that exist', () => {
    const named = lines.flatMap((line) =>
      backticked(line.text)
        .filter(isRepoPath)
        .map((path) => ({ path, line: line.number })),
    );
    expect(named.length).toBeGreaterThan(50);
    const missing = named.filter(({ path }) => !existsSync(join(root, path))).map(({ path, line }) => `line ${line}: ${path}`);
    expect(missing).toEqual([]);
  });

  it('answers each "where is" in one step: every row names a file that holds each name it gives', () => {
    const start = lines.findIndex((line) => /^## Where is/.test(line.text));
    expect(start).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((line, i) => i > start && HEADING.test(line.text));
    const rows = lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => /^\|/.test(l.text) && !/^\|\s*(feature|-)/.test(l.text));
    expect(rows.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const row of rows) {
      const tokens = backticked(row.text);
      const rowFiles = tokens.filter(isRepoPath).filter((p) => existsSync(join(root, p)) && statSync(join(root, p)).isFile());
      if (!tokens.some(isRepoPath)) problems.push(`line ${row.number}: names no file`);
      const sources = rowFiles.map(read);
      for (const token of tokens) {
        const fn = /^SALES\.([A-Z]+)$/.exec(token);
        const name = fn ? `@customfunction ${fn[1]}` : /^[A-Za-z_$][\w$]*$/.test(token) ? token : null;
        if (name === null) continue;
        const pattern = new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}($|[^\\w$])`);
        if (!sources.some((source) => pattern.test(source)))
          problems.push(`line ${row.number}: ${token} is in none of ${rowFiles.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('links to sections', () => {
  it('every "….md#section" in the code and the docs finds its heading', () => {
    const problems: string[] = [];
    let links = 0;
    for (const file of linking) {
      const text = read(file);
      const found = [
        ...[...text.matchAll(/([\w./-]*[\w-]\.md)#([\p{L}\p{N}_-]+)/gu)].map((m) => [m[1], m[2]]),
        ...(file.endsWith('.md') ? [...text.matchAll(/\]\(#([\p{L}\p{N}_-]+)\)/gu)].map((m) => [file, m[1]]) : []),
      ];
      for (const [target, anchor] of found) {
        links++;
        const candidates = [join(dirname(file), target), target, join('docs', basename(target))];
        const markdown = candidates.find((c) => existsSync(join(root, c)));
        if (markdown === undefined) problems.push(`${file}: ${target} does not exist`);
        else if (!anchorsOf(read(markdown)).has(anchor)) problems.push(`${file}: ${relative('.', markdown)} has no section #${anchor}`);
      }
    }
    expect(links).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('nothing cites the old design document outside the repository', () => {
    const self = relative(root, __filename);
    const offenders = linking
      .filter((file) => file !== self)
      .flatMap((file) =>
        read(file)
          .split('\n')
          .map((line, i) => ({ line, at: `${file}:${i + 1}` }))
          .filter(({ line }) => /\bDESIGN\b/.test(line)),
      )
      .map(({ at }) => at);
    expect(offenders).toEqual([]);
  });
});
