import { columnLetter, formulaString, pos, range, rect } from '../a1';
import { dashboardCol, FIRST_ROW, HEADER_ROW, type Layout } from '../layout';
import { PARAM_NAMES } from '../names';
import type { WorkbookText } from '../i18n';
import type { BlockSpec, CellSpec, ConditionalFormatSpec, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import { FORMAT, type BuildContext } from './context';
import { ratioFormula, repSourceFormula, type RowFormulas } from './dashboard-formulas';

/**
 * Dashboard: per rep and for the team, every number a live native formula over Actuals,
 * Targets and Setup (see dashboard-formulas.ts). Status is a visible formula; the
 * conditional formats only colour what it says (row fill where Status is "Lagging"), plus
 * an icon set on attainment (0–50–100% of the quota) and a data bar on pace.
 */
export function dashboardSheet(ctx: BuildContext): SheetSpec {
  const { layout, text, reps, setup } = ctx;
  const keys = layout.dashboard.columns;
  const rows: CellSpec[][] = reps.map((rep, r) => {
    const f: RowFormulas = { layout, text, row: FIRST_ROW + r };
    return keys.map((key) => {
      if (key === 'repId') return rep.id;
      if (key === 'name') return rep.name;
      if (key === 'team') return rep.team;
      return repSourceFormula(f, key, r) ?? ratioFormula(f, key) ?? null;
    });
  });
  rows.push(teamRow(layout, text));

  const lastCol = keys.length;
  const { lastRow, totalRow } = layout.dashboard;
  const statusCol = columnLetter(dashboardCol(layout, 'status'));
  const colRange = (key: string) => {
    const c = dashboardCol(layout, key);
    return rect(c, FIRST_ROW, c, lastRow);
  };
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      kind: 'expression',
      range: rect(1, FIRST_ROW, lastCol, totalRow),
      formula: `=$${statusCol}${FIRST_ROW}=${formulaString(text.words.lagging)}`,
      fill: '#F8D7DA',
      fontColor: '#842029',
    },
    // Lights on attainment follow the pace thresholds: red below Lagging × the share of quota
    // due so far, amber below At risk × that share, green above — what Status says, for a rep
    // without ramp (a ramping rep's Status is the reference).
    {
      kind: 'iconSet',
      range: colRange('attainment'),
      icons: '3TrafficLights',
      thresholds: [
        { formula: `=${PARAM_NAMES.lagging}*${PARAM_NAMES.expectedShare}` },
        { formula: `=${PARAM_NAMES.atRisk}*${PARAM_NAMES.expectedShare}` },
      ],
    },
    { kind: 'dataBar', range: colRange('pace'), color: '#5B9BD5', min: 0, max: 1.5 },
  ];
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles.dashboard}`, text.notes.dashboard),
    headerBlock(1, HEADER_ROW, keys.map((k) => headerOf(ctx, k))),
    { at: pos(1, FIRST_ROW), cells: rows.slice(0, -1), role: 'formula', numberFormat: keys.map((k) => formatOf(ctx, k)) },
    { at: pos(1, totalRow), cells: [rows[rows.length - 1]], role: 'total', numberFormat: keys.map((k) => formatOf(ctx, k)) },
  ];
  return {
    key: 'dashboard',
    name: layout.sheetNames.dashboard,
    blocks,
    columns: keys.map((k, i) => ({ column: i + 1, width: k === 'name' ? 20 : k === 'status' ? 12 : 13 })),
    freeze: { rows: HEADER_ROW, columns: 2 },
    protected: true,
    validations: [],
    conditionalFormats,
    tabColor: '#2E8B57',
  };
}

/** Team row: sums of the rep rows, ratios by the same formulas on the sums. */
function teamRow(layout: Layout, text: WorkbookText): CellSpec[] {
  const row = layout.dashboard.totalRow;
  const f: RowFormulas = { layout, text, row };
  return layout.dashboard.columns.map((key, i) => {
    const col = i + 1;
    const sumOfReps = `SUM(${range(col, FIRST_ROW, col, layout.dashboard.lastRow)})`;
    if (key === 'repId') return text.targets.teamTotal;
    if (key === 'name' || key === 'team' || key === 'followUpsVsTeam' || key === 'leadsVsTeam') return null;
    if (key === 'annualQuota' || key === 'targetToDate' || key === 'actualToDate' || key.startsWith('sum:')) {
      return { formula: `=${sumOfReps}` };
    }
    if (key === 'forecast') {
      return { formula: `=IF(COUNT(${range(col, FIRST_ROW, col, layout.dashboard.lastRow)})=0,"",${sumOfReps})` };
    }
    return ratioFormula(f, key) ?? null;
  });
}

function headerOf(ctx: BuildContext, key: string): string {
  const { text, setup } = ctx;
  const D = text.dashboard;
  if (key === 'repId' || key === 'name' || key === 'team') return text.targets[key];
  if (key.startsWith('conv:')) {
    const k = Number(key.slice(5));
    return D.conversion(setup.funnel[k - 1].name, setup.funnel[k].name);
  }
  if (key === 'sum:receivables') return D.receivablesLatest;
  if (key.startsWith('sum:')) {
    const metric = ctx.layout.metrics.find((m) => m.id === key.slice(4));
    const label = metric?.textKey ? text.metrics[metric.textKey] : (metric?.stageName ?? key);
    return D.toDate(label);
  }
  return D[key as keyof typeof D] as string;
}

const MONEY_KEYS = new Set(['annualQuota', 'targetToDate', 'actualToDate', 'gap', 'requiredPerPeriod', 'projection', 'forecast', 'avgDeal']);

function formatOf(ctx: BuildContext, key: string): string {
  if (MONEY_KEYS.has(key)) return ctx.setup.currencyFormat;
  if (key === 'followUpsVsTeam' || key === 'leadsVsTeam') return FORMAT.ratio;
  if (key === 'attainment' || key === 'pace' || key === 'collectionRate' || key.startsWith('conv:')) return FORMAT.percent;
  if (key.startsWith('sum:')) {
    const metric = ctx.layout.metrics.find((m) => m.id === key.slice(4));
    return metric?.kind === 'amount' ? ctx.setup.currencyFormat : FORMAT.count;
  }
  return FORMAT.general;
}
