/**
 * Writing one block: its number formats, then its values or formulas (formats first, so a
 * Text-formatted cell takes its string verbatim), in row chunks of about {@link CHUNK_BYTES}
 * so that requests pack tightly under the budget; then the role's look over the whole block
 * in a handful of scalar operations. A chunk that is all blanks is not sent: the renderer
 * only writes into cleared, new or never-used rows.
 */
import { cell, rectAddress, rectAt } from '../workbook/a1';
import { isFormula, type BlockSpec } from '../workbook/spec';
import { formatOfColumn, officeValue } from './cells';
import { jsonSize, matrixSize, type RoundTrips } from './round-trips';
import { applyLook } from './styles';

export const CHUNK_BYTES = 500_000;
/** Estimated bytes of the operations that give a block its look (about 20 small sets). */
const LOOK_BYTES = 4_000;

/** What to write: everything by default; an input block left in place gets only its look (and its formats if they changed). */
export interface BlockParts {
  values?: boolean;
  formats?: boolean;
}

export async function writeBlock(
  trips: RoundTrips,
  sheet: () => Excel.Worksheet,
  block: BlockSpec,
  top: number,
  parts: BlockParts = {},
): Promise<void> {
  const { values = true, formats: writeFormats = true } = parts;
  if (block.cells.length === 0 || block.cells[0].length === 0) return;
  const left = block.at.column;
  const columns = block.cells[0].length;
  const formats = Array.from({ length: columns }, (_, c) => formatOfColumn(block.numberFormat, c));
  const formatRow = formats.some((f) => f !== undefined) ? formats.map((f) => f ?? null) : null;
  const formatRowBytes = formatRow ? jsonSize(formatRow) + 1 : 0;
  const cells = block.cells.map((row, r) => {
    if (row.length !== columns)
      throw new Error(`Block at ${cell(left, block.at.row)}: row ${r + 1} has ${row.length} cells, not ${columns}`);
    return row.map((cell, c) => officeValue(cell, formats[c]));
  });

  // Chunks well inside the request budget, so a smaller budget (a retry after a refused request) still packs.
  const chunkBytes = Math.min(CHUNK_BYTES, trips.budget / 4);
  let first = 0;
  while (first < cells.length) {
    let bytes = 0;
    let end = first;
    while (end < cells.length && (end === first || bytes < chunkBytes)) bytes += jsonSize(cells[end++]) + 1 + formatRowBytes;
    const rows = cells.slice(first, end);
    const address = rectAddress(rectAt({ row: top + first, column: left }, rows.length, columns));
    if (formatRow && writeFormats) {
      const matrix = rows.map(() => formatRow);
      await trips.queue(matrixSize(matrix) + address.length, () => (sheet().getRange(address).numberFormat = matrix));
    }
    if (values && rows.some((row) => row.some((value) => value !== ''))) {
      const hasFormula = block.cells.slice(first, end).some((row) => row.some(isFormula));
      await trips.queue(matrixSize(rows) + address.length, () => {
        const range = sheet().getRange(address);
        if (hasFormula) range.formulas = rows;
        else range.values = rows;
      });
    }
    first = end;
  }
  const whole = rectAddress(rectAt({ row: top, column: left }, cells.length, columns));
  await trips.queue(LOOK_BYTES, () => applyLook(sheet().getRange(whole), block.role, { rows: cells.length, columns }));
}
