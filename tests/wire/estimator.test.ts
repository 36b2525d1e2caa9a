/**
 * The estimator of src/excel/round-trips.ts against the real client: for the operations a
 * build sends (values, formulas and number formats of every shape, Chinese text, the saved
 * plan), what RoundTrips charges — the argument's {@link matrixSize} (or {@link jsonSize}),
 * the address and OPERATION_OVERHEAD — is at least what the operation adds to a real request,
 * and not wildly more. Measured as the difference between two requests that differ by that
 * operation only, after enough objects that the ids are as long as in a 5,000-rep build.
 */
import fc from 'fast-check';
import { cell } from '../../src/workbook/a1';
import { OPERATION_OVERHEAD, jsonSize, matrixSize, utf8Bytes } from '../../src/excel/round-trips';
import { launchRealClient, realClientUnavailable, type RealClient } from '../support/real-office-client';
import type { RecordedRun, Step } from '../support/wire-recorder';

const unavailable = realClientUnavailable();
if (unavailable) console.warn(`tests/wire/estimator.test.ts skipped: ${unavailable}`);
const describeWire = unavailable ? describe.skip : describe;

/** An operation, as steps on the sheet (ref 3), creating objects from ref `next` on. */
interface Operation {
  label: string;
  /** What RoundTrips is charged for it. */
  estimate: number;
  steps: (next: number) => Step[];
}

const SHEET: Step[] = [
  { op: 'get', target: 0, name: 'workbook', result: 1 },
  { op: 'get', target: 1, name: 'worksheets', result: 2 },
  { op: 'call', target: 2, name: 'getItem', args: ['Plan'], result: 3 },
];
/** Objects made before measuring: ids of 6 digits, as late in a large build. */
const WARM_UP = 60_000;

function rangeSet(name: 'values' | 'formulas' | 'numberFormat', address: string, matrix: unknown[][]): Operation {
  return {
    label: `${name} ${matrix.length}×${matrix[0].length} at ${address}`,
    estimate: matrixSize(matrix) + address.length + OPERATION_OVERHEAD,
    steps: (next) => [
      { op: 'call', target: 3, name: 'getRange', args: [address], result: next },
      { op: 'set', target: next, name, value: matrix },
    ],
  };
}

/**
 * The bytes each operation adds to a request, on the real client: per operation, a request
 * with a baseline write and one with the baseline and the operation.
 */
async function realBytes(client: RealClient, operations: Operation[]): Promise<number[]> {
  let next = 4;
  const warmUp: Step[] = [...SHEET];
  for (let i = 0; i < WARM_UP; i++) warmUp.push({ op: 'call', target: 3, name: 'getRange', args: ['A1'] });
  const baseline = (): Step[] => [
    { op: 'call', target: 3, name: 'getRange', args: ['A1'], result: next },
    { op: 'set', target: next++, name: 'values', value: [[1]] },
  ];
  const run: RecordedRun = [warmUp];
  for (const operation of operations) {
    run.push(baseline());
    const withOperation = baseline();
    withOperation.push(...operation.steps(next++));
    run.push(withOperation);
  }
  const requests = await client.replay([run]);
  return operations.map((_, i) => requests[2 + 2 * i].bytes - requests[1 + 2 * i].bytes);
}

const cjk = (n: number) => '销售目标分解业绩录入进度看板'.repeat(Math.ceil(n / 14)).slice(0, n);
const grid = (rows: number, columns: number, cell: (r: number, c: number) => unknown) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c)));

describeWire('RoundTrips estimates against the real client', () => {
  let client: RealClient;
  beforeAll(async () => {
    client = await launchRealClient();
  });
  afterAll(async () => {
    await client?.close();
  });

  function expectCovered(operations: Operation[], real: number[]): void {
    const rows = operations.map((op, i) => ({ op: op.label, real: real[i], estimate: op.estimate }));
    expect(rows.filter((r) => r.estimate < r.real)).toEqual([]);
    // Generous, not blind: more than 10 % + 1 KB over would waste the budget.
    expect(rows.filter((r) => r.estimate > r.real * 1.1 + 1_000)).toEqual([]);
  }

  it('covers the writes a build sends, sliced or whole, English and Chinese', async () => {
    const xml = `<?xml version="1.0"?><salesPlan xmlns="urn:sales-planner:plan:1">${cjk(20_000)}${'R0001,'.repeat(5_000)}</salesPlan>`;
    const operations: Operation[] = [
      rangeSet('values', 'B2', [[42]]),
      rangeSet('values', 'A1:D1', [['R0001', '王伟', '华东', 46054]]),
      rangeSet('numberFormat', 'E5:P5', [grid(1, 12, () => '#,##0')[0]]),
      rangeSet(
        'values',
        'A5:D375',
        grid(371, 4, (r, c) => (c === 0 ? `R${r}` : c === 1 ? cjk(3) : r * c)),
      ),
      rangeSet(
        'values',
        'A5:D6004',
        grid(6000, 4, (r, c) => (c === 1 ? cjk(3) : c === 0 ? `R${r}` : null)),
      ),
      rangeSet(
        'numberFormat',
        'E5:T3004',
        grid(3000, 16, (_, c) => (c % 3 === 0 ? null : '0.0%')),
      ),
      rangeSet(
        'numberFormat',
        'A1:B2000',
        grid(2000, 2, () => '@'),
      ),
      rangeSet(
        'formulas',
        'A5:AD104',
        grid(100, 30, (r, c) => `=IF('目标分解'!D${r + 5}>0,'业绩录入'!E${r + 5}/${c + 1},"")`),
      ),
      rangeSet(
        'values',
        'A1:AX2',
        grid(2, 50, () => cjk(2)),
      ),
      rangeSet(
        'values',
        'A1:A1501',
        grid(1501, 1, (r) => r),
      ),
      {
        label: 'customXmlParts.add (the saved plan)',
        estimate: jsonSize(xml) + OPERATION_OVERHEAD,
        steps: (next) => [
          { op: 'get', target: 1, name: 'customXmlParts', result: next },
          { op: 'call', target: next, name: 'add', args: [xml] },
        ],
      },
    ];
    expectCovered(operations, await realBytes(client, operations));
  }, 120_000);

  it('covers random blocks of numbers, text, Chinese, formulas and blanks (property)', async () => {
    const cellArb = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'销售目标业绩录入进度'), maxLength: 8 }),
      fc.constant('=SUM(A1:A9)'),
      fc.constant(null),
      fc.constant(''),
    );
    const blockArb = fc
      .record({ rows: fc.integer({ min: 1, max: 600 }), columns: fc.integer({ min: 1, max: 40 }) })
      .chain(({ rows, columns }) =>
        fc.array(fc.array(cellArb, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
      );
    const blocks = fc.sample(blockArb, { numRuns: 25, seed: 9 });
    const operations = blocks.map((matrix) => rangeSet('values', `A1:${cell(matrix[0].length, matrix.length)}`, matrix));
    expectCovered(operations, await realBytes(client, operations));
  }, 120_000);
});

describe('jsonSize counts UTF-8 bytes, the unit of the wire', () => {
  it('counts ASCII 1, Greek 2, Chinese 3 and an emoji (a surrogate pair) 4 bytes per character', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('αβ')).toBe(4);
    expect(utf8Bytes('业绩录入')).toBe(12);
    expect(utf8Bytes('😀')).toBe(4);
    expect(jsonSize([['王伟', 1]])).toBe(Buffer.byteLength(JSON.stringify([['王伟', 1]])));
  });

  it('equals Buffer.byteLength of the JSON for any well-formed text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => expect(jsonSize(text)).toBe(Buffer.byteLength(JSON.stringify(text)))));
  });
});
