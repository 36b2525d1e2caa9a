/**
 * The team from a range the manager selected in Excel: a header row, then one rep per row.
 * Pure: the range's values come in (as Office.js reads them), reps or the problems go out.
 * Headers are recognised in English and Chinese, in any order and any case; only Rep ID and
 * Name are required. A leaver is a row with a Leave date (their last day): they stay in the plan. Names and teams stay text whatever they look like (`=1+1` is a name).
 */
import { ymdToSerial } from '../core/dates';
import type { Rep } from '../workbook/plan';

type Column = 'id' | 'name' | 'team' | 'startDate' | 'leaveDate' | 'history' | 'potential';

const HEADERS: Record<Column, string[]> = {
  id: ['rep id', 'id', 'rep', '编号', '人员编号', '工号'],
  name: ['name', 'rep name', '姓名', '名称'],
  team: ['team', '团队', '小组', '部门'],
  startDate: ['start date', 'start', 'hire date', '入职日期', '开始日期'],
  leaveDate: ['leave date', 'last day', 'leaving date', 'end date', '离职日期', '最后工作日'],
  history: ['history', 'last year', '历史业绩', '去年业绩', '历史'],
  potential: ['potential', '潜力', '潜力评估'],
};

export type RepsProblem =
  | { kind: 'empty' }
  | { kind: 'missingColumn'; column: 'id' | 'name' }
  | { kind: 'duplicateId'; row: number; id: string }
  | { kind: 'notNumber'; row: number; column: 'history' | 'potential' }
  | { kind: 'badDate'; row: number }
  | { kind: 'badLeaveDate'; row: number }
  | { kind: 'leaveBeforeStart'; row: number };

/** Reps from `values` (first row = headers); `row` in problems is the 1-based row of the range. */
export function repsFromRange(values: unknown[][]): { reps: Rep[] } | { problem: RepsProblem } {
  const [header, ...rows] = values.filter((row) => row.some((v) => v !== '' && v !== null && v !== undefined));
  if (!header || rows.length === 0) return { problem: { kind: 'empty' } };
  const col = columnsOf(header);
  for (const required of ['id', 'name'] as const) {
    if (col[required] === undefined) return { problem: { kind: 'missingColumn', column: required } };
  }
  const reps: Rep[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const rowNumber = r + 2;
    const text = (c: Column) => (col[c] === undefined ? '' : String(row[col[c]!] ?? '').trim());
    const id = text('id');
    if (id === '') continue; // a row without an ID is not a rep (notes, totals)
    if (seen.has(id)) return { problem: { kind: 'duplicateId', row: rowNumber, id } };
    seen.add(id);
    const amount = (c: 'history' | 'potential'): number | RepsProblem => {
      const v = col[c] === undefined ? '' : row[col[c]!];
      if (v === '' || v === null || v === undefined) return 0;
      const n = typeof v === 'number' ? v : Number(String(v).replace(/[,，\s]/g, ''));
      return Number.isFinite(n) && n >= 0 ? n : { kind: 'notNumber', row: rowNumber, column: c };
    };
    const history = amount('history');
    if (typeof history !== 'number') return { problem: history };
    const potential = amount('potential');
    if (typeof potential !== 'number') return { problem: potential };
    const startDate = dateOf(col.startDate === undefined ? '' : row[col.startDate]);
    if (startDate === undefined) return { problem: { kind: 'badDate', row: rowNumber } };
    const leaveDate = dateOf(col.leaveDate === undefined ? '' : row[col.leaveDate]);
    if (leaveDate === undefined) return { problem: { kind: 'badLeaveDate', row: rowNumber } };
    if (leaveDate !== null && startDate !== null && leaveDate < startDate) return { problem: { kind: 'leaveBeforeStart', row: rowNumber } };
    const rep: Rep = { id, name: text('name'), team: text('team'), startDate, history, potential };
    // A leaver stays in the team with their last day; the others carry no leave date at all.
    reps.push(leaveDate === null ? rep : { ...rep, leaveDate });
  }
  return reps.length > 0 ? { reps } : { problem: { kind: 'empty' } };
}

function columnsOf(header: unknown[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((cell, index) => {
    const label = String(cell ?? '')
      .trim()
      .toLowerCase();
    const column = (Object.keys(HEADERS) as Column[]).find((c) => HEADERS[c].includes(label));
    if (column && found[column] === undefined) found[column] = index;
  });
  return found;
}

/** A date as Excel holds it (a serial number) or as text `yyyy-mm-dd`; blank = null; else undefined. */
function dateOf(value: unknown): number | null | undefined {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(String(value).trim());
  return m ? ymdToSerial(+m[1], +m[2], +m[3]) : undefined;
}
