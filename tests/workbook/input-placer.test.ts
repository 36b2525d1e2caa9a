/**
 * Merge: rebuilding with the inputs read back from an earlier build loses nothing. Each value
 * is either at the cell with the same key, or a row of the Archive — for random inputs and
 * random changes to the team (add, remove, reorder) and to the period (shift, shorten, lengthen).
 */
import fc from 'fast-check';
import { buildPlan } from '../../src/workbook';
import { splitKey } from '../../src/workbook/input-placer';
import { inputKey, type CellValue, type InputValues, type WorkbookSpec } from '../../src/workbook/spec';
import { JAN_1_2026, rep, smallSetup } from './fixture';
import { sheet } from './spec-cells';

/** What src/excel does on refresh: every input cell, keyed sheet!row!column. */
function readInputs(spec: WorkbookSpec): InputValues {
  const out: InputValues = {};
  for (const s of spec.sheets) {
    for (const b of s.blocks) {
      if (b.role !== 'input') continue;
      b.cells.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && typeof value !== 'object') out[inputKey(s.key, b.inputKeys!.rows[r], b.inputKeys!.columns[c])] = value;
        }),
      );
    }
  }
  return out;
}

function archived(spec: WorkbookSpec): { key: string; value: CellValue }[] {
  const archive = sheet(spec, 'archive');
  const rows = archive.blocks.find((b) => b.role === 'value')?.cells ?? [];
  return rows.map(([, s, row, column, value]) => ({ key: `${s}!${row}!${column}`, value: value as CellValue }));
}

const MONTHS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07'];
const METRICS = ['signed', 'newCustomers', 'followUps', 'stage1', 'stage3'];

const scenario = fc.record({
  team: fc.uniqueArray(fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R!6', 'R|7'), { minLength: 1, maxLength: 5 }),
  values: fc.array(
    fc.tuple(
      fc.nat(8),
      fc.constantFrom(...MONTHS),
      fc.constantFrom(...METRICS),
      fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constant('text')),
    ),
    { maxLength: 40 },
  ),
  nextTeam: fc.uniqueArray(fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R!6', 'R|7', 'R8'), { minLength: 1, maxLength: 6 }),
  shift: fc.integer({ min: -2, max: 3 }),
  count: fc.integer({ min: 1, max: 5 }),
  stages: fc.integer({ min: 1, max: 4 }),
  asOf: fc.option(fc.integer({ min: JAN_1_2026, max: JAN_1_2026 + 100 })),
});

describe('merge', () => {
  test('property: every value read back is in place or archived after any change of team or period', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const funnel = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `S${i + 1}`, probability: 0.5 }));
        const before = smallSetup({ periodCount: 4, seasonality: [1, 1, 1, 1], funnel: funnel(3) });
        // Raw inputs as a user could have typed them, for reps and months in and out of the plan.
        const typed: InputValues = {};
        for (const [r, month, metric, value] of s.values)
          typed[inputKey('actuals', `${s.team[r % s.team.length]}|${month}`, metric)] = value;
        if (s.asOf !== null) typed[inputKey('setup', 'asOf', 'value')] = s.asOf;
        const first = buildPlan(
          before,
          s.team.map((id) => rep(id)),
          typed,
          'en-US',
        );
        const earlier = { ...readInputs(first), ...Object.fromEntries(archived(first).map((a) => [a.key, a.value])) };
        // Nothing typed was lost in the first build either.
        for (const [key, value] of Object.entries(typed)) expect(earlier[key]).toBe(value);

        const after = smallSetup({
          periodStart: JAN_1_2026 + [-61, -31, 0, 31, 59, 90][s.shift + 2],
          periodCount: s.count,
          seasonality: new Array(s.count).fill(1),
          funnel: funnel(s.stages),
        });
        const fromInputs = readInputs(first);
        const second = buildPlan(
          after,
          s.nextTeam.map((id) => rep(id)),
          fromInputs,
          'en-US',
          { archivedOn: 46100 },
        );
        const placed = readInputs(second);
        const archive = archived(second);
        const archivedKeys = new Set(archive.map((a) => a.key));
        for (const [key, value] of Object.entries(fromInputs)) {
          const inPlace = placed[key] === value;
          const inArchive = archive.some((a) => a.key === key && a.value === value);
          expect(inPlace || inArchive).toBe(true);
          expect(inPlace && inArchive).toBe(false);
        }
        // Archive rows are only inputs that lost their place, with their key parts.
        for (const a of archive) {
          expect(fromInputs[a.key]).toBe(a.value);
          expect(Object.prototype.hasOwnProperty.call(placed, a.key)).toBe(false);
          expect(splitKey(a.key).sheet).toBe('actuals');
        }
        expect(archivedKeys.size).toBe(archive.length);
      }),
      { numRuns: 150 },
    );
  });

  test('removing a rep archives their numbers, stamped with the date given', () => {
    const typed = { [inputKey('actuals', 'B|2026-02', 'signed')]: 70, [inputKey('actuals', 'A|2026-02', 'signed')]: 30 };
    const spec = buildPlan(smallSetup(), [rep('A')], typed, 'en-US', { archivedOn: 46100 });
    const rows = sheet(spec, 'archive').blocks.find((b) => b.role === 'value')!.cells;
    expect(rows).toEqual([[46100, 'actuals', 'B|2026-02', 'signed', 70, null]]);
    const actuals = Object.entries(readInputs(spec)).filter(([key]) => key.startsWith('actuals!'));
    expect(actuals).toEqual([[inputKey('actuals', 'A|2026-02', 'signed'), 30]]);
  });

  test('reordering reps moves their values with them', () => {
    const typed = { [inputKey('actuals', 'A|2026-01', 'signed')]: 1, [inputKey('actuals', 'B|2026-01', 'signed')]: 2 };
    const spec = buildPlan(smallSetup(), [rep('B'), rep('A')], typed, 'en-US');
    const input = sheet(spec, 'actuals').blocks.find((b) => b.role === 'input')!;
    expect(input.inputKeys!.rows[0]).toBe('B|2026-01');
    expect(input.cells[0][0]).toBe(2);
    expect(input.cells[4][0]).toBe(1);
  });

  test('a formula typed into an input goes back as that formula, its cached result what it showed', () => {
    const key = inputKey('actuals', 'A|2026-02', 'signed');
    const spec = buildPlan(smallSetup(), [rep('A')], { [key]: 60 }, 'en-US', { formulas: { [key]: '=E5*2' } });
    const input = sheet(spec, 'actuals').blocks.find((b) => b.role === 'input')!;
    const r = input.inputKeys!.rows.indexOf('A|2026-02');
    expect(input.cells[r][0]).toEqual({ formula: '=E5*2', value: 60 });
    // A formula whose value was not read back (it shows nothing) is written without a result.
    const blank = buildPlan(smallSetup(), [rep('A')], {}, 'en-US', { formulas: { [key]: '=""' } });
    expect(sheet(blank, 'actuals').blocks.find((b) => b.role === 'input')!.cells[r][0]).toEqual({ formula: '=""' });
  });

  test('a formula that loses its place is archived with what it showed and its text', () => {
    const shown = inputKey('actuals', 'B|2026-02', 'signed');
    const empty = inputKey('actuals', 'B|2026-03', 'signed');
    const spec = buildPlan(smallSetup(), [rep('A')], { [shown]: 70 }, 'en-US', {
      archivedOn: 46100,
      formulas: { [shown]: '=35*2', [empty]: '=""' },
    });
    expect(sheet(spec, 'archive').blocks.find((b) => b.role === 'value')!.cells).toEqual([
      [46100, 'actuals', 'B|2026-02', 'signed', 70, '=35*2'],
      [46100, 'actuals', 'B|2026-03', 'signed', null, '=""'],
    ]);
  });
});
