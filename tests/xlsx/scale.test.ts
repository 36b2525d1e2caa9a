/**
 * docs/ARCHITECTURE.md#targets, scale: 5,000 reps × 12 periods. A synthetic Actuals-like sheet of 60,000 rows × 20
 * columns (ids, inputs with blanks, formulas) renders with every row present. How fast is
 * measured by `npm run bench`, not here: the machine is shared, so a time bound would be flaky.
 */
import JSZip from 'jszip'; // comes with ExcelJS
import { renderXlsx } from '../../src/xlsx';
import { parseCell, parseRange } from '../../src/workbook/a1';
import type { CellSpec, WorkbookSpec } from '../../src/workbook/spec';

const REPS = 5000;
const PERIODS = 12;
const ROWS = REPS * PERIODS;

function bigSpec(): WorkbookSpec {
  const ids: CellSpec[][] = [];
  const inputs: CellSpec[][] = [];
  const formulas: CellSpec[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row = r + 2;
    ids.push([
      `R${String(Math.floor(r / PERIODS) + 1).padStart(4, '0')}`,
      `2026-${String((r % PERIODS) + 1).padStart(2, '0')}`,
      `Rep ${r}`,
    ]);
    inputs.push(Array.from({ length: 10 }, (_, c) => ((c + r) % 7 === 0 ? null : (r * 31 + c) % 997)));
    formulas.push(Array.from({ length: 7 }, (_, c) => ({ formula: `=IFERROR(D${row}/E${row},0)+${c}` })));
  }
  return {
    locale: 'en-US',
    names: [{ name: 'Signed', ref: `'Actuals'!$D$2:$D$${ROWS + 1}` }],
    sheets: [
      {
        key: 'actuals',
        name: 'Actuals',
        protected: true,
        freeze: { rows: 1, columns: 2 },
        columns: [{ column: 1, through: 20, width: 12 }],
        validations: [{ range: parseRange(`D2:M${ROWS + 1}`), kind: 'decimal', min: 0, message: 'an amount ≥ 0' }],
        conditionalFormats: [{ kind: 'expression', range: parseRange(`A2:T${ROWS + 1}`), formula: '=$N2>1', fill: '#FFC7CE' }],
        blocks: [
          { at: parseCell('A1'), role: 'header', cells: [Array.from({ length: 20 }, (_, c) => `Column ${c + 1}`)] },
          { at: parseCell('A2'), role: 'value', cells: ids },
          { at: parseCell('D2'), role: 'input', cells: inputs, numberFormat: '#,##0' },
          { at: parseCell('N2'), role: 'formula', cells: formulas, numberFormat: '0.0%' },
        ],
      },
    ],
  };
}

// How fast is for `npm run bench`; the test's timeout only catches a hang.
it('renders 60,000 rows × 20 columns, every row written', async () => {
  const spec = bigSpec();
  const buffer = await renderXlsx(spec);

  const xml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
  expect(xml.match(/<row /g)).toHaveLength(ROWS + 1);
  // The last row: its id (a shared string), its last input and its last formula.
  const last = xml.slice(xml.lastIndexOf(`<row r="${ROWS + 1}"`));
  expect(last).toContain(`<c r="T${ROWS + 1}"`);
  expect(last).toContain(`<f>IFERROR(D${ROWS + 1}/E${ROWS + 1},0)+6</f>`);
}, 120_000);
