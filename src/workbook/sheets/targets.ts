import { absRange, cell, formulaString, pos, range } from '../a1';
import { headers, numberFormat, numberFormats } from '../columns/column';
import { periodQuotaColumn, PHASING_CHECK, TARGETS_LEAD_COLUMNS } from '../columns/targets';
import { FIRST_ROW, HEADER_ROW } from '../layout';
import { TAB_COLORS } from '../look';
import { PARAM_NAMES as N, PERIOD_ROW_NAMES } from '../names';
import type { BlockSpec, CellSpec, SheetSpec } from '../spec';
import { TARGETS_TOLERANCE as TOLERANCE, targetsModel } from '../targets-model';
import { headerBlock, single, titleBlocks } from './blocks';
import type { BuildContext } from './context';

/**
 * Targets: one row per rep with the plan's decision as values (weight, ramp factor, quota,
 * quota per period), a live check per rep that the periods add up to the quota, a team
 * total row, and the reconciliation: quotas from the re-plan period on = (target − actual
 * before the re-plan) × (1 + cushion) — for a plan never re-planned, all quotas = target ×
 * (1 + cushion).
 */
export function targetsSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, periods, quotas, setup, locale } = ctx;
  const t = layout.targets;
  const T = text.targets;
  const money = setup.currencyFormat;
  const columns = [...TARGETS_LEAD_COLUMNS, ...periods.map(periodQuotaColumn), PHASING_CHECK];
  const firstP = t.firstPeriodCol;
  const lastP = firstP + periods.length - 1;
  const ok = formulaString(text.words.ok);
  const model = targetsModel(setup, reps, quotas, text.words.ok);

  const repCells: CellSpec[][] = reps.map((rep, i) => TARGETS_LEAD_COLUMNS.map((c) => c.value(rep, i, quotas)));
  const quotaCells: CellSpec[][] = reps.map((rep) => [...quotas.table[rep.id]]);
  const checkCells: CellSpec[][] = reps.map((_, i) => {
    const row = FIRST_ROW + i;
    const diff = `SUM(${range(firstP, row, lastP, row)})-${cell(t.col.annualQuota, row)}`;
    return [{ formula: `=IF(ABS(${diff})<${TOLERANCE},${ok},${diff})`, value: model.checks[i] }];
  });
  const totalCols = Array.from({ length: periods.length + 1 }, (_, k) => t.col.annualQuota + k);
  const totalCells: CellSpec[] = totalCols.map((c, k) => ({
    formula: `=SUM(${range(c, FIRST_ROW, c, t.lastRow)})`,
    value: model.totals[k],
  }));
  const quotaCol = t.col.annualQuota;
  const reconQuota = `=SUMPRODUCT((${PERIOD_ROW_NAMES.index}>=${N.replanFrom})*(${absRange(firstP, t.totalRow, lastP, t.totalRow)}))`;
  const reconDiff = `${cell(quotaCol, t.reconQuotaRow)}-${cell(quotaCol, t.reconTargetRow)}`;

  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.targets}`, text.notes.targets),
    headerBlock(1, HEADER_ROW, headers(columns, locale)),
    {
      at: pos(1, FIRST_ROW),
      cells: repCells,
      role: 'value',
      numberFormat: numberFormats(TARGETS_LEAD_COLUMNS, money),
    },
    { at: pos(firstP, FIRST_ROW), cells: quotaCells, role: 'value', numberFormat: money },
    { at: pos(t.checkCol, FIRST_ROW), cells: checkCells, role: 'formula', numberFormat: numberFormat(PHASING_CHECK.format, money) },
    single(1, t.totalRow, T.teamTotal, 'total'),
    { at: pos(quotaCol, t.totalRow), cells: [totalCells], role: 'total', numberFormat: money },
    { at: pos(1, t.reconQuotaRow), cells: [[T.reconQuota], [T.reconTarget], [T.reconCheck]], role: 'label' },
    single(quotaCol, t.reconQuotaRow, { formula: reconQuota, value: model.reconQuota }, 'formula', money),
    single(
      quotaCol,
      t.reconTargetRow,
      { formula: `=(${N.target}-${N.replanBase})*(1+${N.cushion})`, value: model.reconTarget },
      'formula',
      money,
    ),
    single(
      quotaCol,
      t.reconCheckRow,
      { formula: `=IF(ABS(${reconDiff})<${TOLERANCE},${ok},${reconDiff})`, value: model.reconCheck },
      'total',
      money,
    ),
  ];
  return {
    key: 'targets',
    name: layout.sheetNames.targets,
    blocks,
    columns: columns.map((c, i) => ({ column: i + 1, width: c.width })),
    freeze: { rows: HEADER_ROW, columns: 2 },
    protected: true,
    validations: [],
    conditionalFormats: [],
    tabColor: TAB_COLORS.targets,
  };
}
