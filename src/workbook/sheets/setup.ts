import { absRange, cell, formulaString, pos, rect } from '../a1';
import type { SetupParamKey } from '../i18n';
import { SETUP_VALUE_COLUMN } from '../input-numbers';
import { HEADER_ROW, FIRST_ROW, PERIOD_ROWS, SETUP_PARAMS, type PeriodRowKey } from '../layout';
import { TAB_COLORS } from '../look';
import { PARAM_NAMES as N, PERIOD_ROW_NAMES } from '../names';
import { planEnd } from '../periods';
import { paceModeOf } from '../plan';
import { setupModel, type SetupModel } from '../setup-model';
import { withValue, type BlockSpec, type CellSpec, type SheetSpec, type ValidationSpec } from '../spec';
import { headerBlock, single, titleBlocks } from './blocks';
import { ruleBlocks, ruleValidations } from './setup-rules';
import { FORMAT, type BuildContext } from './context';

type ParamCell = { value: CellSpec; role: 'value' | 'input' | 'formula'; format?: string };

/**
 * Setup: the plan's parameters as named cells, the periods (left to right, so that
 * `SUMPRODUCT(quota row, PeriodShare)` works), funnel stages, the warning rules and
 * commission tiers. The as-of date, the two pace thresholds and the rules are user inputs;
 * the rest is the plan.
 */
export function setupSheet(ctx: BuildContext): SheetSpec {
  const { text, layout, setup } = ctx;
  const { paramRow, valueCol } = layout.setup;
  const params = paramCells(ctx);
  const model = setupModel(ctx.setup, ctx.periods, ctx.dashboard.plan);
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.setup}`, text.notes.setup),
    headerBlock(1, HEADER_ROW, [text.setup.headers.parameter, text.setup.headers.value, text.setup.headers.note]),
    { at: pos(1, FIRST_ROW), cells: SETUP_PARAMS.map((k) => [text.setup.params[k]]), role: 'label' },
    { at: pos(3, FIRST_ROW), cells: SETUP_PARAMS.map((k) => [text.setup.paramNotes[k] ?? null]), role: 'note' },
  ];
  for (const key of SETUP_PARAMS) {
    const p = params[key];
    const block = single(valueCol, paramRow[key], withValue(p.value, model.params[key]), p.role, p.format);
    if (p.role === 'input') block.inputKeys = { rows: [key], columns: [SETUP_VALUE_COLUMN] };
    blocks.push(block);
  }
  blocks.push(...periodBlocks(ctx, model), ...funnelBlocks(ctx), ...ruleBlocks(ctx), ...tierBlocks(ctx));

  const at = (key: SetupParamKey) => rect(valueCol, paramRow[key]);
  const validations: ValidationSpec[] = [
    { range: at('asOf'), kind: 'date', min: ctx.periods[0].start, max: planEnd(ctx.periods), message: text.validation.asOf },
    { range: at('atRisk'), kind: 'decimal', min: 0, max: 1, message: text.validation.threshold },
    { range: at('lagging'), kind: 'decimal', min: 0, max: 1, message: text.validation.threshold },
    ...ruleValidations(ctx),
  ];
  const periodColumns = ctx.periods.map((_, p) => ({ column: layout.setup.firstPeriodCol + p, width: 14 }));
  return {
    key: 'setup',
    name: layout.sheetNames.setup,
    blocks,
    columns: [{ column: 1, width: 34 }, ...periodColumns.map((c, i) => (i === 0 ? { ...c, width: 16 } : c))],
    protected: true,
    validations,
    conditionalFormats: [],
    tabColor: TAB_COLORS.setup,
  };
}

function paramCells(ctx: BuildContext): Record<SetupParamKey, ParamCell> {
  const { setup, text, inputs, periods } = ctx;
  const w = text.words;
  const money = setup.currencyFormat;
  const asOfDay = `INT(${N.asOf})`;
  return {
    target: { value: setup.target, role: 'value', format: money },
    periodStart: { value: periods[0].start, role: 'value', format: FORMAT.date },
    periodEnd: { value: planEnd(periods), role: 'value', format: FORMAT.date },
    granularity: { value: setup.granularity === 'quarter' ? w.quarter : w.month, role: 'value' },
    asOf: { value: inputs.take('setup', 'asOf', SETUP_VALUE_COLUMN, setup.asOf), role: 'input', format: FORMAT.date },
    cushion: { value: setup.cushion, role: 'value', format: FORMAT.percent },
    method: { value: w[setup.method], role: 'value' },
    blendHistoryShare: { value: setup.blendHistoryShare, role: 'value', format: FORMAT.percent },
    paceMode: { value: w[paceModeOf(setup)], role: 'value' },
    atRisk: { value: inputs.take('setup', 'atRisk', SETUP_VALUE_COLUMN, setup.thresholds.atRisk), role: 'input', format: FORMAT.percent },
    lagging: {
      value: inputs.take('setup', 'lagging', SETUP_VALUE_COLUMN, setup.thresholds.lagging),
      role: 'input',
      format: FORMAT.percent,
    },
    replanFrom: { value: setup.rebase?.fromPeriod ?? 1, role: 'value', format: FORMAT.count },
    replanBase: { value: setup.rebase?.actualBefore ?? 0, role: 'value', format: money },
    planDays: { value: { formula: `=${N.periodEnd}-${N.periodStart}+1` }, role: 'formula', format: FORMAT.count },
    elapsedDays: {
      value: { formula: `=MIN(MAX(${asOfDay}-${N.periodStart}+1,0),${N.planDays})` },
      role: 'formula',
      format: FORMAT.count,
    },
    elapsedShare: { value: { formula: `=${N.elapsedDays}/${N.planDays}` }, role: 'formula', format: FORMAT.percent },
    // The team's share of quota due by the as-of date, as the pace formula sees it: attainment
    // over this is the pace of a rep without ramp, so the attainment lights can follow Status.
    expectedShare: {
      value: {
        formula: `=IF(${N.paceMode}=${formulaString(w.seasonal)},SUMPRODUCT(${PERIOD_ROW_NAMES.seasonShare},${PERIOD_ROW_NAMES.shareElapsed}),${N.elapsedShare})`,
      },
      role: 'formula',
      format: FORMAT.percent,
    },
    remainingPeriods: { value: { formula: `=COUNTIF(${PERIOD_ROW_NAMES.shareElapsed},"<1")` }, role: 'formula', format: FORMAT.count },
    currentPeriod: {
      value: { formula: `=MAX(1,COUNTIF(${PERIOD_ROW_NAMES.daysElapsed},">0"))` },
      role: 'formula',
      format: FORMAT.count,
    },
    completedPeriods: { value: { formula: `=COUNTIF(${PERIOD_ROW_NAMES.shareElapsed},">=1")` }, role: 'formula', format: FORMAT.count },
    repCount: { value: { formula: '=ROWS(RepIds)' }, role: 'formula', format: FORMAT.count },
    // Every "to date" figure counts the periods that have started by the as-of date (0 before the plan).
    startedPeriods: { value: { formula: `=COUNTIF(${PERIOD_ROW_NAMES.daysElapsed},">0")` }, role: 'formula', format: FORMAT.count },
  };
}

/** The Periods block: one column per period, one row per fact (see PERIOD_ROWS). */
function periodBlocks(ctx: BuildContext, model: SetupModel): BlockSpec[] {
  const { layout, text, periods, setup } = ctx;
  const { periodRow: row, firstPeriodCol: c0, periodsTitleRow } = layout.setup;
  const labels = text.setup.periods;
  const lastCol = c0 + periods.length - 1;
  const at = (key: PeriodRowKey, p: number) => cell(c0 + p, row[key]);
  const asOfDay = `INT(${N.asOf})`;
  const rowCells: Record<PeriodRowKey, { cells: CellSpec[]; role: 'value' | 'formula'; format?: string }> = {
    label: { cells: periods.map((p) => p.label), role: 'value' },
    id: { cells: periods.map((p) => p.id), role: 'value' },
    index: { cells: periods.map((_, p) => p + 1), role: 'value', format: FORMAT.count },
    start: { cells: periods.map((p) => p.start), role: 'value', format: FORMAT.date },
    end: { cells: periods.map((p) => p.end), role: 'value', format: FORMAT.date },
    days: { cells: periods.map((_, p) => ({ formula: `=${at('end', p)}-${at('start', p)}+1` })), role: 'formula', format: FORMAT.count },
    daysElapsed: {
      cells: periods.map((_, p) => ({ formula: `=MIN(MAX(${asOfDay}-${at('start', p)}+1,0),${at('days', p)})` })),
      role: 'formula',
      format: FORMAT.count,
    },
    shareElapsed: {
      cells: periods.map((_, p) => ({ formula: `=${at('daysElapsed', p)}/${at('days', p)}` })),
      role: 'formula',
      format: FORMAT.percent,
    },
    seasonWeight: { cells: periods.map((_, p) => setup.seasonality[p] ?? 0), role: 'value', format: FORMAT.ratio },
    seasonShare: {
      cells: periods.map((_, p) => {
        const sum = `SUM(${absRange(c0, row.seasonWeight, lastCol, row.seasonWeight)})`;
        return { formula: `=IF(${sum}=0,"",${at('seasonWeight', p)}/${sum})` };
      }),
      role: 'formula',
      format: FORMAT.percent,
    },
  };
  const blocks: BlockSpec[] = [
    single(1, periodsTitleRow, labels.title, 'header'),
    { at: pos(1, row.label), cells: PERIOD_ROWS.map((k) => [labels[k]]), role: 'label' },
  ];
  for (const key of PERIOD_ROWS) {
    const r = rowCells[key];
    const cells = r.cells.map((c, p) => withValue(c, model.periods[key]?.[p]));
    blocks.push({ at: pos(c0, row[key]), cells: [cells], role: r.role, ...(r.format ? { numberFormat: r.format } : {}) });
  }
  return blocks;
}

function funnelBlocks(ctx: BuildContext): BlockSpec[] {
  const { layout, text, setup } = ctx;
  const r0 = layout.setup.funnelHeaderRow;
  if (setup.funnel.length === 0) return [headerBlock(1, r0, [text.setup.funnel.stage, text.setup.funnel.probability])];
  return [
    headerBlock(1, r0, [text.setup.funnel.stage, text.setup.funnel.probability]),
    { at: pos(1, r0 + 1), cells: setup.funnel.map((s) => [s.name]), role: 'label' },
    { at: pos(2, r0 + 1), cells: setup.funnel.map((s) => [s.probability]), role: 'value', numberFormat: FORMAT.percent },
  ];
}

function tierBlocks(ctx: BuildContext): BlockSpec[] {
  const { layout, text, setup } = ctx;
  const r0 = layout.setup.tiersHeaderRow;
  const header = headerBlock(1, r0, [text.setup.tiers.from, text.setup.tiers.rate]);
  if (setup.tiers.length === 0) return [header];
  return [
    header,
    {
      at: pos(1, r0 + 1),
      cells: setup.tiers.map((t) => [t.threshold, t.rate]),
      role: 'value',
      numberFormat: [FORMAT.percent, FORMAT.percent],
    },
  ];
}
