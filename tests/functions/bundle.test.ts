import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { createContext, runInContext } from 'vm';
import { documentedProblems } from './support/documented-metadata';
import { root } from './support/metadata';

/**
 * The BUILT bundle, as Excel's JavaScript-only custom-functions runtime loads it: a bare context
 * whose only add-in globals are CustomFunctions and Office — no window, no document. Every id in
 * the built functions.json must be associated with a function, and computes a worked value.
 * jest's globalSetup builds dist/ when it is missing; after changing a function, rebuild with
 * `npx webpack --mode production`.
 */
const dist = join(root, 'dist');
const JAN_1 = 45658; // 2025-01-01

interface Metadata {
  functions: { id: string; name: string; description?: string; parameters: { name: string; description?: string }[]; result?: unknown }[];
}
const readJson = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Metadata;

/** id → [arguments as Excel passes them, expected result]; numbers compare to 4 decimals. */
const WORKED: Record<string, [unknown[], unknown]> = {
  // The example of docs/functions.md#salessplit.
  SPLIT: [
    [100, [[78.26], [17.39], [4.35]]],
    [[78], [18], [4]],
  ],
  // 2025 for an existing rep and a 2025-03-15 hire: (.25 + .5 + .75 + 7) / 12.
  RAMP: [
    [[[null], [JAN_1 + 73]], JAN_1, JAN_1 + 364],
    [[1], [8.5 / 12]],
  ],
  // Shares .1 .2 .3 .4 and .2 .2 .3 .3.
  SEASONALITY: [
    [
      [
        [10, 20, 30, 40],
        [20, 20, 30, 30],
      ],
    ],
    [[0.15, 0.2, 0.3, 0.35]],
  ],
  // Growth .15 against history growth .1, .1, 0: Φ(1.4434) = .9255 > .9, so A fails.
  SMART: [[115, 100, JAN_1, JAN_1 + 364, [[100], [110], [121], [121]]], [['A', 0.15, 0.9255, true, true, false, true, true]]],
  ACHIEVABLE: [[115, 100, [[100], [110], [121], [121]]], 0.9255],
  CONVERSION: [[[[200], [50], [20], [5]]], [[1], [0.25], [0.4], [0.25]]],
  // 20 wins, 40 proposals, 134 leads.
  LEADSNEEDED: [
    [1_000_000, 50_000, [[0.3], [0.5]]],
    [[134], [40], [20]],
  ],
  // docs/functions.md#salespace: day 20 of 30 with 320k of 500k = 0.96.
  PACE: [[500_000, 320_000, JAN_1, JAN_1 + 29, JAN_1 + 19], 0.96],
  // 320k in 20 days, 30-day period: 320k / 20 × 30.
  PROJECTION: [[320_000, JAN_1, JAN_1 + 29, JAN_1 + 19], 480_000],
  // docs/functions.md#salespayout: 100k × 4% + 50k × 6% + 10k × 8%.
  PAYOUT: [
    [
      160_000,
      100_000,
      [
        [0, 0.04],
        [1, 0.06],
        [1.5, 0.08],
      ],
    ],
    7800,
  ],
  // A straight line 1, 2, 3 continues to 4.
  FORECAST: [[[[1], [2], [3]]], [[4]]],
  // Mean 7.75, sd ≥ 3.9: only the 1 is below mean − sd.
  LAGGING: [[[[10], [10], [10], [1]]], [[false], [false], [false], [true]]],
  // docs/functions.md#salesattainment: Φ((400 + 3 × 100 − 750) / (16.33 × √3)).
  ATTAINMENT: [[[[100], [120], [80], [100]], 400, 750, 3], 0.0385],
};

function expectLike(actual: unknown, expected: unknown, path = 'result'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    expect((actual as unknown[]).length).toBe(expected.length);
    expected.forEach((e, i) => expectLike((actual as unknown[])[i], e, `${path}[${i}]`));
  } else if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(actual as number).toBeCloseTo(expected, 4);
  } else {
    expect(actual).toBe(expected);
  }
}

function loadBundle() {
  const associated = new Map<string, unknown>();
  class ExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? '');
    }
  }
  const CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
      if (typeof idOrMap === 'string') associated.set(idOrMap.toUpperCase(), fn);
      else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
    },
  };
  const Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
  // What a JS-only runtime has besides the add-in globals; deliberately no window or document.
  const context = createContext({ CustomFunctions, Office, console, setTimeout, clearTimeout });
  runInContext(readFileSync(join(dist, 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  return { associated, ExcelError };
}

const built = ['functions.js', 'functions.json', 'functions.zh-CN.json'].every((f) => existsSync(join(dist, f)));

describe('built bundle dist/functions.js', () => {
  it('exists (globalSetup builds it; see the build output if it failed)', () => {
    expect(built).toBe(true);
  });
  if (!built) return;

  const metadata = readJson('functions.json');
  const { associated } = loadBundle();

  it('loads without a DOM and associates exactly the ids of functions.json', () => {
    expect([...associated.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it.each(metadata.functions.map((f) => [f.id] as const))('%s is a function and computes its worked value', (id) => {
    const fn = associated.get(id);
    expect(typeof fn).toBe('function');
    const worked = WORKED[id];
    if (!worked) return; // a function newer than this table: associated is all we can say
    const [args, expected] = worked;
    expectLike((fn as (...a: unknown[]) => unknown)(...args), expected);
  });

  it('bad input comes back as the runtime’s own CustomFunctions.Error', () => {
    const { associated: fresh, ExcelError } = loadBundle();
    const split = fresh.get('SPLIT') as (...a: unknown[]) => unknown;
    let thrown: unknown;
    try {
      split(-1, [[1]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ExcelError);
    expect((thrown as { code: string }).code).toBe('#NUM!');
  });
});

describe('built dist/functions.zh-CN.json', () => {
  if (!built) return;
  const en = readJson('functions.json');
  const zh = readJson('functions.zh-CN.json');

  it('both hold only documented metadata properties (no allowCustomDataForDataTypeAny, no result description)', () => {
    expect(documentedProblems(en)).toEqual([]);
    expect(documentedProblems(zh)).toEqual([]);
  });

  it('has the same ids, names and parameter names as functions.json', () => {
    const shape = (m: Metadata) => m.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]);
    expect(shape(zh)).toEqual(shape(en));
  });

  it.each(en.functions.map((f) => [f.id] as const))('%s has its own Chinese description and parameter help', (id) => {
    const e = en.functions.find((f) => f.id === id)!;
    const z = zh.functions.find((f) => f.id === id)!;
    expect(z.description).not.toBe(e.description);
    expect(z.description).toMatch(/[\u4e00-\u9fff]/);
    z.parameters.forEach((p, i) => expect(p.description).not.toBe(e.parameters[i].description));
  });
});
