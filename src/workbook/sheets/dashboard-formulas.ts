/**
 * The Dashboard's formulas, one builder per column. Ratios refer only to cells of their own
 * row (the row's sums), so the team row uses the very same formulas on its own sums and
 * reconciles with the rep rows by construction. Every division is guarded so a rep with no
 * data shows an empty cell, never #DIV/0!.
 */
import { absCell, cell, formulaString, range, sheetRef } from '../a1';
import { actualsCol, actualsRepRows, dashboardCol, FIRST_ROW, type Layout } from '../layout';
import { PARAM_NAMES as N, PERIOD_ROW_NAMES } from '../names';
import type { WorkbookText } from '../i18n';
import type { CellSpec } from '../spec';

export interface RowFormulas {
  layout: Layout;
  text: WorkbookText;
  /** The sheet row being built. */
  row: number;
}

/** Cell of `key` in this row. */
const at = (f: RowFormulas, key: string) => cell(dashboardCol(f.layout, key), f.row);

/** Formulas shared by rep and team rows (they only read this row's cells). */
export function ratioFormula(f: RowFormulas, key: string): CellSpec | undefined {
  const quota = at(f, 'annualQuota');
  const toDate = at(f, 'targetToDate');
  const actual = at(f, 'actualToDate');
  const pace = at(f, 'pace');
  const w = f.text.words;
  if (key === 'attainment') return { formula: `=IF(${quota}=0,"",${actual}/${quota})` };
  if (key === 'pace') {
    const linear = `${quota}*${N.elapsedShare}`;
    return {
      formula:
        `=IF(${N.paceMode}=${formulaString(w.seasonal)},IF(${toDate}=0,"",${actual}/${toDate}),` +
        `IF(${linear}=0,"",${actual}/(${linear})))`,
    };
  }
  if (key === 'gap') return { formula: `=${quota}-${actual}` };
  if (key === 'requiredPerPeriod') {
    return { formula: `=IF(${N.remainingPeriods}=0,"",MAX(0,${at(f, 'gap')})/${N.remainingPeriods})` };
  }
  if (key === 'projection') return { formula: `=IF(${N.elapsedDays}=0,"",${actual}/${N.elapsedDays}*${N.planDays})` };
  if (key === 'collectionRate') return { formula: `=IF(${actual}=0,"",${at(f, 'sum:collected')}/${actual})` };
  if (key === 'avgDeal') {
    const customers = at(f, 'sum:newCustomers');
    return { formula: `=IF(${customers}=0,"",${actual}/${customers})` };
  }
  if (key.startsWith('conv:')) {
    const k = Number(key.slice(5));
    const from = at(f, `sum:stage${k}`);
    return { formula: `=IF(${from}=0,"",${at(f, `sum:stage${k + 1}`)}/${from})` };
  }
  if (key === 'status') {
    return {
      formula:
        `=IF(${pace}="",${formulaString(w.onTrack)},IF(${pace}<${N.lagging},${formulaString(w.lagging)},` +
        `IF(${pace}<${N.atRisk},${formulaString(w.atRisk)},${formulaString(w.onTrack)})))`,
    };
  }
  return undefined;
}

/** Formulas of a rep row that read Targets and Actuals (rep index `r`, 0-based). */
export function repSourceFormula(f: RowFormulas, key: string, r: number): CellSpec | undefined {
  const { layout } = f;
  const names = layout.sheetNames;
  const targetRow = FIRST_ROW + r;
  const [first, last] = actualsRepRows(layout, r);
  const actuals = (metricId: string) => {
    const col = actualsCol(layout, metricId);
    return sheetRef(names.actuals, range(col, first, col, last));
  };
  if (key === 'repId' || key === 'name' || key === 'team') return undefined;
  if (key === 'annualQuota') return { formula: `=${sheetRef(names.targets, cell(layout.targets.col.annualQuota, targetRow))}` };
  if (key === 'targetToDate') {
    const t = layout.targets;
    const quotas = range(t.firstPeriodCol, targetRow, t.firstPeriodCol + layout.periodCount - 1, targetRow);
    return { formula: `=SUMPRODUCT(${sheetRef(names.targets, quotas)},${PERIOD_ROW_NAMES.shareElapsed})` };
  }
  if (key === 'actualToDate') return { formula: `=SUM(${actuals('signed')})` };
  if (key === 'sum:receivables') return { formula: `=INDEX(${actuals('receivables')},${N.currentPeriod})` };
  if (key.startsWith('sum:')) return { formula: `=SUM(${actuals(key.slice(4))})` };
  if (key === 'forecast') return { formula: forecastFormula(layout, first, last) };
  if (key === 'followUpsVsTeam') return { formula: vsTeam(f, 'sum:followUps') };
  if (key === 'leadsVsTeam') return { formula: vsTeam(f, 'sum:newLeads') };
  return undefined;
}

/**
 * Trend of the rep's signed amounts over the completed periods, at the next one. The ranges
 * end at `INDEX(…, CompletedPeriods)` — a non-volatile reference, unlike OFFSET — so only
 * finished periods count; fewer than 2 numbers give an empty cell instead of #DIV/0!.
 */
function forecastFormula(layout: Layout, first: number, last: number): string {
  const name = layout.sheetNames.actuals;
  const upTo = (col: number) => {
    const start = sheetRef(name, cell(col, first));
    return `${start}:INDEX(${sheetRef(name, range(col, first, col, last))},${N.completedPeriods})`;
  };
  const ys = upTo(actualsCol(layout, 'signed'));
  const xs = upTo(layout.actuals.periodIndexCol);
  return (
    `=IF(${N.completedPeriods}<2,"",IF(COUNT(${ys})<2,"",` +
    `FORECAST.LINEAR(${N.completedPeriods}+1,${ys},${xs})))`
  );
}

/** A rep's count against the team mean (team total in the total row ÷ number of reps). */
function vsTeam(f: RowFormulas, sumKey: string): string {
  const col = dashboardCol(f.layout, sumKey);
  const team = absCell(col, f.layout.dashboard.totalRow);
  return `=IF(${team}=0,"",${cell(col, f.row)}/(${team}/${N.repCount}))`;
}
