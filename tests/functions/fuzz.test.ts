import fc from 'fast-check';
import { adapters, generateCustomFunctionsMetadata, adapterFiles, loadAdapter, ParameterInfo, root } from './support/metadata';
import { join } from 'path';

/**
 * Every custom function, fuzzed with what Excel can hand it (docs/ARCHITECTURE.md#targets, "bad input"): ranges
 * from 1×1 to 60×3 (and long rows) of blanks, text, booleans, huge and tiny numbers, dates;
 * scalars of every kind; optional arguments left out. The only thing that may escape is a
 * CustomFunctions.Error; results hold no NaN, no Infinity, nothing Excel cannot show; no call
 * hangs. Parameters come from the adapters' metadata, so a new function is fuzzed as soon
 * as it is listed in functions.files.js. Speed is measured by `npm run bench`, not here.
 */

const RUNS = 300;
/**
 * A hang detector, not a speed test: the functions answer such input in well under a
 * millisecond, so a call that takes seconds is a runaway loop or an explosive algorithm,
 * whatever the load on the machine. (A call that never returns cannot be interrupted from
 * inside jest; the CI job's time limit catches that.)
 */
const HANG_SECONDS = 5;

const number = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, 1e308, -1e308, 1e-300, -1e-300, 2958465, 3e6, 0.25, 12, 4),
  fc.integer({ min: 40000, max: 50000 }), // dates
  fc.double({ min: 0, max: 1, noNaN: true }), // rates, shares
  fc.double({ min: -1e6, max: 1e9, noNaN: true }),
  fc.integer({ min: -100, max: 100_000 }),
);
const cell = (texts: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: number },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom('abc', '12', '#N/A', ' ', ...texts) },
  );
const matrix = (texts: string[]) =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, cols]) => fc.array(fc.array(cell(texts), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
    fc.array(cell(texts), { minLength: 1, maxLength: 60 }).map((row) => [row]), // one long row
  );

/** Quoted words in a parameter's help ("step", "cumulative") are the options it takes. */
const optionsIn = (p: ParameterInfo) => [...(p.description ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/**
 * Tame input is what a user most often passes — plausible non-negative numbers, ranges that are
 * a single row or column — so that calls get past argument checking into the math, where
 * overflow and NaN hide; wild input is anything a cell can hold.
 */
const tameNumber = fc.oneof(
  fc.integer({ min: 40000, max: 50000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom(0, 1, 1e308, 1e-300),
);
const tameVector = fc.oneof(
  fc.array(tameNumber, { minLength: 1, maxLength: 60 }).map((xs) => xs.map((x) => [x])),
  fc.array(tameNumber, { minLength: 1, maxLength: 60 }).map((xs) => [xs]),
  fc.array(tameNumber, { minLength: 1, maxLength: 60 }).map((xs) => xs.sort((a, b) => b - a).map((x) => [x])),
  fc.array(fc.tuple(tameNumber, tameNumber), { minLength: 1, maxLength: 20 }).map((rows) => rows.map(([a, b]) => [a, b])),
  // Tables keyed by a rising first column from 0 (thresholds, tiers).
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 })
    .map((rows) => rows.sort((a, b) => a[0] - b[0]).map(([t, r], i) => [i === 0 ? 0 : t, r])),
);

function argument(p: ParameterInfo, tame: boolean): fc.Arbitrary<unknown> {
  const texts = optionsIn(p);
  let value: fc.Arbitrary<unknown>;
  if (p.type === 'string' && p.dimensionality !== 'matrix') value = fc.oneof(fc.constantFrom(...texts, 'x'), cell(texts));
  else if (p.dimensionality === 'matrix') value = tame ? tameVector : matrix(texts);
  else value = tame ? tameNumber : cell(texts);
  return p.optional ? fc.option(value, { nil: undefined, freq: 3 }) : value;
}

const argumentsOf = (parameters: ParameterInfo[]) =>
  fc.oneof(fc.tuple(...parameters.map((p) => argument(p, false))), fc.tuple(...parameters.map((p) => argument(p, true))));

/** What Excel can show in a cell: a finite number, text, a boolean, or an Excel error. */
function badValues(value: unknown, path = 'result'): string[] {
  if (value instanceof CustomFunctions.Error) return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string' || typeof value === 'boolean') return [];
  return [`${path} = ${String(value)} (${typeof value})`];
}

function resultProblems(result: unknown, matrixResult: boolean): string[] {
  if (!matrixResult) return badValues(result);
  if (!Array.isArray(result) || result.length === 0) return ['a matrix result must be a non-empty array of rows'];
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  return result.flatMap((row, i) => {
    if (!Array.isArray(row) || row.length === 0 || row.length !== width) return [`row ${i} breaks the rectangle`];
    return row.flatMap((v, j) => badValues(v, `result[${i}][${j}]`));
  });
}

const all = adapters();

it('the synchronous reading of the metadata matches generateCustomFunctionsMetadata', async () => {
  const generated = await generateCustomFunctionsMetadata(adapterFiles().map((f) => join(root, f)));
  expect(generated.errors).toEqual([]);
  const ids = (JSON.parse(generated.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id);
  expect(ids.sort()).toEqual(all.map((a) => a.meta.id).sort());
});

describe.each(all.map((a) => [a.meta.id, a] as const))('fuzz SALES.%s', (_id, info) => {
  const fn = loadAdapter(info);
  const matrixResult = info.meta.result?.dimensionality === 'matrix';

  it(`lets only CustomFunctions.Error escape, returns only showable values, no call hangs (${HANG_SECONDS} s)`, () => {
    let slowest = 0;
    let slowestArgs: unknown[] = [];
    fc.assert(
      fc.property(argumentsOf(info.meta.parameters), (args) => {
        const t0 = performance.now();
        let result: unknown;
        try {
          result = fn(...args);
        } catch (e) {
          if (!(e instanceof CustomFunctions.Error)) throw new Error(`escaped: ${String(e)}`);
          expect(typeof (e as { code: unknown }).code).toBe('string');
          return;
        } finally {
          const ms = performance.now() - t0;
          if (ms > slowest) [slowest, slowestArgs] = [ms, args];
        }
        expect(resultProblems(result, matrixResult)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    const seconds = slowest / 1000;
    if (seconds >= HANG_SECONDS) throw new Error(`a call took ${seconds.toFixed(1)} s with ${JSON.stringify(slowestArgs).slice(0, 300)}`);
  });
});
