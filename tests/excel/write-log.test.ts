/**
 * Issue 9, "Done when": a refresh with an unchanged layout writes no input cell (a co-author's
 * newer entry can then never be overwritten by a stale one), asserted on the double's write log.
 */
import { refreshPlan, takeReviewSnapshot } from '../../src/excel';
import { parseCell } from '../../src/workbook/a1';
import { buildPlan } from '../../src/workbook';
import { inputCells } from './support/inputs';
import { builtSample, options } from './support/workbook';

describe('what operations write', () => {
  it.each([
    ['a refresh', (o: ReturnType<typeof options>) => refreshPlan(o)],
    ['a review snapshot', (o: ReturnType<typeof options>) => takeReviewSnapshot(46203, o)],
  ])('%s with an unchanged layout writes zero input cells (values, formulas or clears)', async (_name, act) => {
    const { excel, sample } = await builtSample(5);
    excel.resetLog();
    await act(options(excel));
    const spec = buildPlan(sample.setup, sample.reps, {}, 'en-US');
    const written = inputCells(spec).filter((cell) => {
      const { row, column } = parseCell(cell.address);
      return excel.writtenCellsIn(cell.sheet, { top: row, bottom: row, left: column, right: column }, ['contents', 'clear']) > 0;
    });
    const where = written.map((cell) => `${cell.sheet}!${cell.address}`);
    expect({ written: where.length, first: where.slice(0, 5) }).toEqual({ written: 0, first: [] });
  });
});
