/**
 * **Which input cells a rebuild must touch**, from the spec the workbook was built from and
 * the new one (pure: no Office). Input cells belong to the people typing into them, often
 * co-authors in Excel on the web while the manager rebuilds, so a rebuild writes as few of
 * them as it can:
 *
 * - `inPlace`: every input key of the earlier build is still at the same cell, and no other
 *   block of the new spec lands on an earlier input cell. Then no earlier input cell is
 *   written at all (a refresh, a snapshot, a re-plan, a threshold edit, a hire appended at
 *   the end): only cells that were never input cells get written (`fresh`), so nothing a
 *   co-author typed can be overwritten, however late it arrives.
 * - `moving`: some key moved or left (a period shift, a rep removed or renamed, months ↔
 *   quarters). The sheet's input cells are rewritten, and `guard` lists the earlier input
 *   blocks: the commit copies them aside before overwriting them, so that whatever a
 *   co-author typed after the plan was read is found and put where it belongs (guard.ts).
 * - `whole`: no earlier spec (a sheet of unknown layout): rewritten as a whole.
 */
import { rectAt } from '../workbook/a1';
import { inputKey, type BlockSpec, type CellRect, type SheetSpec } from '../workbook/spec';

export type InputPlan =
  { kind: 'inPlace'; fresh: { block: BlockSpec; rects: CellRect[] }[] } | { kind: 'moving'; guard: CellRect[] } | { kind: 'whole' };

/** "row,column" → input key, for every input cell of a sheet. */
export function inputCells(sheet: SheetSpec): Map<string, string> {
  const cells = new Map<string, string>();
  for (const block of inputBlocks(sheet)) {
    const keys = block.inputKeys!;
    keys.rows.forEach((row, r) =>
      keys.columns.forEach((column, c) => cells.set(`${block.at.row + r},${block.at.column + c}`, inputKey(sheet.key, row, column))),
    );
  }
  return cells;
}

export const inputBlocks = (sheet: SheetSpec): BlockSpec[] =>
  sheet.blocks.filter((b) => b.inputKeys && b.cells.length > 0 && b.cells[0].length > 0);

export const blockRect = (block: BlockSpec): CellRect => rectAt(block.at, block.cells.length, block.cells[0]?.length ?? 0);

const overlaps = (a: CellRect, b: CellRect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** How the input cells of `next` relate to those of `previous` (the same sheet, one build earlier). */
export function planInputs(previous: SheetSpec | undefined, next: SheetSpec): InputPlan {
  if (!previous) return { kind: 'whole' };
  const before = inputCells(previous);
  const after = inputCells(next);
  const oldRects = inputBlocks(previous).map(blockRect);
  const moving = (): InputPlan => ({ kind: 'moving', guard: oldRects });
  for (const [at, key] of before) if (after.get(at) !== key) return moving();
  const others = next.blocks.filter((b) => !b.inputKeys && b.cells.length > 0).map(blockRect);
  if (others.some((r) => oldRects.some((o) => overlaps(r, o)))) return moving();
  const fresh = inputBlocks(next)
    .map((block) => ({ block, rects: freshRects(block, before) }))
    .filter((f) => f.rects.length > 0);
  return { kind: 'inPlace', fresh };
}

/**
 * The cells of `block` that were not input cells before, as rectangles: each row's runs of
 * such cells, with consecutive rows of the same runs merged (appended reps are one rectangle).
 */
function freshRects(block: BlockSpec, before: Map<string, string>): CellRect[] {
  const rects: CellRect[] = [];
  let open: CellRect[] = [];
  block.cells.forEach((row, r) => {
    const top = block.at.row + r;
    const runs: CellRect[] = [];
    row.forEach((_, c) => {
      const column = block.at.column + c;
      if (before.has(`${top},${column}`)) return;
      const last = runs[runs.length - 1];
      if (last && last.right === column - 1) last.right = column;
      else runs.push({ top, bottom: top, left: column, right: column });
    });
    const sameRuns = runs.length === open.length && runs.every((run, i) => run.left === open[i].left && run.right === open[i].right);
    if (sameRuns) {
      for (const rect of open) rect.bottom = top;
    } else {
      rects.push(...open);
      open = runs;
    }
  });
  rects.push(...open);
  return rects;
}

/** The part of `block` inside `rect` (which lies within it), as a block of its own. */
export function subBlock(block: BlockSpec, rect: CellRect): BlockSpec {
  const r0 = rect.top - block.at.row;
  const c0 = rect.left - block.at.column;
  const width = rect.right - rect.left + 1;
  return {
    at: { row: rect.top, column: rect.left },
    cells: block.cells.slice(r0, r0 + rect.bottom - rect.top + 1).map((row) => row.slice(c0, c0 + width)),
    role: block.role,
    numberFormat: Array.isArray(block.numberFormat) ? block.numberFormat.slice(c0, c0 + width) : block.numberFormat,
  };
}
