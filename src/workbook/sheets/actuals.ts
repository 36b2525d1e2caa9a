import { pos, rect } from '../a1';
import { TARGETS_LEAD } from '../columns/targets';
import { FIRST_ROW, HEADER_ROW } from '../layout';
import { TAB_COLORS } from '../look';
import { actualsRowKey, metricName } from '../metrics';
import { MAX_INPUT_NUMBER } from '../number-checks';
import type { BlockSpec, CellSpec, SheetSpec, ValidationSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import { FORMAT, type BuildContext } from './context';

/**
 * Actuals: the reps' input, one row per rep and period, rep-major, so each rep's periods
 * form a contiguous block the Dashboard sums with a fixed small range (recalculation stays
 * linear in reps × periods). Input cells are keyed `repId|periodId` × metric id.
 */
export function actualsSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, periods, setup, inputs } = ctx;
  const a = layout.actuals;
  const metrics = layout.metrics;
  const labelCells: CellSpec[][] = [];
  const inputCells: CellSpec[][] = [];
  const rowKeys: string[] = [];
  for (const rep of reps) {
    periods.forEach((period, p) => {
      const key = actualsRowKey(rep.id, period.id);
      rowKeys.push(key);
      labelCells.push([rep.id, rep.name, p + 1, period.label]);
      inputCells.push(metrics.map((m) => inputs.take('actuals', key, m.id)));
    });
  }
  const formats = metrics.map((m) => (m.kind === 'amount' ? setup.currencyFormat : FORMAT.count));
  const validations: ValidationSpec[] = metrics.map((m, k) => {
    const col = a.firstMetricCol + k;
    const where = rect(col, FIRST_ROW, col, a.lastRow);
    // Amounts are net: a refund or correction is a negative amount, and the Dashboard, the
    // Review and the re-plan count it as such. Counts are how many happened: 0 or more.
    return m.kind === 'amount'
      ? { range: where, kind: 'decimal', min: -MAX_INPUT_NUMBER, max: MAX_INPUT_NUMBER, message: text.validation.amount }
      : { range: where, kind: 'whole', min: 0, max: MAX_INPUT_NUMBER, message: text.validation.count };
  });
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.actuals}`, text.notes.actuals),
    headerBlock(1, HEADER_ROW, [
      TARGETS_LEAD.repId.header[ctx.locale],
      TARGETS_LEAD.name.header[ctx.locale],
      text.actuals.periodIndex,
      text.actuals.period,
      ...metrics.map((m) => metricName(m, text)),
    ]),
    {
      at: pos(1, FIRST_ROW),
      cells: labelCells,
      role: 'value',
      numberFormat: [FORMAT.general, FORMAT.general, FORMAT.count, FORMAT.general],
    },
    {
      at: pos(a.firstMetricCol, FIRST_ROW),
      cells: inputCells,
      role: 'input',
      numberFormat: formats,
      inputKeys: { rows: rowKeys, columns: metrics.map((m) => m.id) },
    },
  ];
  return {
    key: 'actuals',
    name: layout.sheetNames.actuals,
    blocks,
    columns: [
      { column: 1, width: 12 },
      { column: 2, width: 20 },
      { column: 3, width: 6 },
      { column: 4, width: 12 },
      ...metrics.map((_, k) => ({ column: a.firstMetricCol + k, width: 13 })),
    ],
    freeze: { rows: HEADER_ROW, columns: 4 },
    protected: true,
    validations,
    conditionalFormats: [],
    tabColor: TAB_COLORS.actuals,
  };
}
