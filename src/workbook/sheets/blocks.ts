/** Small builders for the blocks every sheet starts with. */
import { pos } from '../a1';
import type { BlockSpec, CellSpec } from '../spec';

/** Title in A1 and an explanatory note in A2. */
export function titleBlocks(title: string, note: string): BlockSpec[] {
  return [
    { at: pos(1, 1), cells: [[title]], role: 'title' },
    { at: pos(1, 2), cells: [[note]], role: 'note' },
  ];
}

/** One header row starting at (column, row). */
export function headerBlock(column: number, row: number, labels: readonly string[]): BlockSpec {
  return { at: pos(column, row), cells: [[...labels]], role: 'header' };
}

/** A single cell block. */
export function single(column: number, row: number, value: CellSpec, role: BlockSpec['role'], numberFormat?: string): BlockSpec {
  return { at: pos(column, row), cells: [[value]], role, ...(numberFormat ? { numberFormat } : {}) };
}
