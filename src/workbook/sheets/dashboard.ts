import { columnLetter, formulaString, pos, rect } from '../a1';
import { numberFormats, headers } from '../columns/column';
import type { DashboardColumn } from '../columns/dashboard';
import { repRefs, rowRefs } from '../columns/dashboard-row';
import { dashboardCol, FIRST_ROW, HEADER_ROW, type Layout } from '../layout';
import { STATUS_LOOK, TAB_COLORS } from '../look';
import { PARAM_NAMES } from '../names';
import type { WorkbookText } from '../i18n';
import { withValue, type BlockSpec, type CellSpec, type ConditionalFormatSpec, type SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import { ruleCondition, watchedColumn } from '../columns/dashboard-warnings';
import { levelFormula, RULE_KEYS } from '../warning-rules';
import type { BuildContext } from './context';

/**
 * Dashboard: per rep and for the team, every number a live native formula over Actuals,
 * Targets and Setup, as the column catalog (columns/dashboard.ts) declares them. Status is a
 * visible formula; the conditional formats only colour what it says (row fill where Status
 * is "Lagging"), plus an icon set on attainment and a data bar on pace.
 */
export function dashboardSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, setup, locale } = ctx;
  const columns = layout.dashboard.columns;
  const rows: CellSpec[][] = reps.map((rep, r) => {
    const refs = repRefs(layout, text, rep, r);
    return columns.map((c) => withValue(c.formula(refs), ctx.dashboard.reps[r][c.key]));
  });
  const teamCells = teamRow(layout, text).map((cell, i) => withValue(cell, ctx.dashboard.team[columns[i].key]));

  const lastCol = columns.length;
  const { lastRow, totalRow } = layout.dashboard;
  const statusCol = columnLetter(dashboardCol(layout, 'status'));
  const colRange = (key: DashboardColumn['key']) => {
    const c = dashboardCol(layout, key);
    return rect(c, FIRST_ROW, c, lastRow);
  };
  const conditionalFormats: ConditionalFormatSpec[] = [
    ...warningFormats(layout, text),
    {
      kind: 'expression',
      range: rect(1, FIRST_ROW, lastCol, totalRow),
      formula: `=$${statusCol}${FIRST_ROW}=${formulaString(text.words.lagging)}`,
      fill: STATUS_LOOK.laggingFill,
      fontColor: STATUS_LOOK.laggingFont,
    },
    // Lights on pace at the Status thresholds themselves: red below Lagging, amber below At risk,
    // green above — exactly what Status says, new hires included; a rep with no pace (not
    // started, no target yet) gets no light. A bar shows attainment of the year's quota.
    {
      kind: 'iconSet',
      range: colRange('pace'),
      icons: '3TrafficLights',
      thresholds: [{ formula: `=${PARAM_NAMES.lagging}` }, { formula: `=${PARAM_NAMES.atRisk}` }],
    },
    { kind: 'dataBar', range: colRange('attainment'), color: STATUS_LOOK.attainmentBar, min: 0, max: 1 },
  ];
  const formats = numberFormats(columns, setup.currencyFormat);
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.dashboard}`, text.notes.dashboard),
    headerBlock(1, HEADER_ROW, headers(columns, locale)),
    { at: pos(1, FIRST_ROW), cells: rows, role: 'formula', numberFormat: formats },
    { at: pos(1, totalRow), cells: [teamCells], role: 'total', numberFormat: formats },
    {
      at: pos(1, layout.dashboard.meanRow),
      cells: [meanRow(layout, text).map((cell, i) => withValue(cell, ctx.dashboard.mean[columns[i].key]))],
      role: 'formula',
      numberFormat: formats,
    },
  ];
  return {
    key: 'dashboard',
    name: layout.sheetNames.dashboard,
    blocks,
    columns: columns.map((c, i) => ({ column: i + 1, width: c.width })),
    freeze: { rows: HEADER_ROW, columns: 2 },
    protected: true,
    validations: [],
    conditionalFormats,
    tabColor: TAB_COLORS.dashboard,
  };
}

/**
 * Team-mean row: each summed column's mean over the active reps (the "Counts in team mean"
 * column is 1: started and not left), the mean the "vs team mean" ratios compare with. Not over
 * Status, which reads those ratios (a circular reference). One AVERAGEIFS per column, so
 * recalculation stays linear in reps.
 */
function meanRow(layout: Layout, text: WorkbookText): CellSpec[] {
  const refs = rowRefs(layout, text, layout.dashboard.meanRow);
  const active = refs.repsOf('active');
  return layout.dashboard.columns.map((c): CellSpec => {
    if (c.key === 'repId') return text.targets.teamMean;
    if (c.kind !== 'rep' || c.team !== 'sum') return null;
    return { formula: `=IF(COUNTIF(${active},1)=0,"",AVERAGEIFS(${refs.repsOf(c.key)},${active},1))` };
  });
}

/**
 * One format per warning rule on the cell it watches, on the rule's own condition (the one
 * Status and Reason use): amber where it sets At risk, red where it sets Lagging.
 */
function warningFormats(layout: Layout, text: WorkbookText): ConditionalFormatSpec[] {
  const top = rowRefs(layout, text, FIRST_ROW);
  return RULE_KEYS.flatMap((key): ConditionalFormatSpec[] => {
    const column = watchedColumn(key);
    if (column === null) return [];
    const c = dashboardCol(layout, column);
    const range = rect(c, FIRST_ROW, c, layout.dashboard.totalRow);
    const fires = ruleCondition(key, (k) => top.at(k));
    return [
      {
        kind: 'expression',
        range,
        formula: `=AND(${fires},${levelFormula(key)}=2)`,
        fill: STATUS_LOOK.laggingFill,
        fontColor: STATUS_LOOK.laggingFont,
      },
      {
        kind: 'expression',
        range,
        formula: `=AND(${fires},${levelFormula(key)}=1)`,
        fill: STATUS_LOOK.atRiskFill,
        fontColor: STATUS_LOOK.atRiskFont,
      },
    ];
  });
}

/** Team row: ratios by the same formulas on the team's sums; the rep columns as the catalog says. */
function teamRow(layout: Layout, text: WorkbookText): CellSpec[] {
  const refs = rowRefs(layout, text, layout.dashboard.totalRow);
  return layout.dashboard.columns.map((c): CellSpec => {
    if (c.kind === 'row') return c.formula(refs);
    if (c.team === 'sum') return { formula: `=SUM(${refs.repsOf(c.key)})` };
    if (c.team === 'blank') return null;
    return c.team.formula(refs);
  });
}
