/**
 * The append-only sheets: Review (dated dashboard snapshots), Change log (re-plans) and
 * Archive (inputs that lost their place). Their rows are values; a renderer that finds
 * the sheet already there writes only below what it holds (`appendOnly`).
 */
import { pos } from '../a1';
import { FIRST_ROW, HEADER_ROW } from '../layout';
import type { ArchivedInput } from '../merge';
import type { ChangeLogEntry } from '../plan';
import type { BlockSpec, CellValue, SheetKey, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import { FORMAT, type BuildContext } from './context';

export function reviewHeaders(ctx: Pick<BuildContext, 'text'>): string[] {
  const { text } = ctx;
  const D = text.dashboard;
  return [text.review.date, text.targets.repId, text.targets.name, text.targets.team, D.annualQuota, D.targetToDate, D.actualToDate, D.attainment, D.pace, D.status];
}

export function reviewSheet(ctx: BuildContext, rows: readonly CellValue[][]): SheetSpec {
  const money = ctx.setup.currencyFormat;
  const formats = [FORMAT.date, FORMAT.general, FORMAT.general, FORMAT.general, money, money, money, FORMAT.percent, FORMAT.percent, FORMAT.general];
  return logSheet(ctx, 'review', reviewHeaders(ctx), rows, formats, '#7F8C8D');
}

export function changeLogSheet(ctx: BuildContext, entries: readonly ChangeLogEntry[]): SheetSpec {
  const C = ctx.text.changeLog;
  const money = ctx.setup.currencyFormat;
  const rows = entries.map((e) => [e.at, e.who, e.what, e.why, e.targetBefore, e.targetAfter]);
  const formats = ['yyyy-mm-dd hh:mm', FORMAT.general, FORMAT.general, FORMAT.general, money, money];
  return logSheet(ctx, 'changeLog', [C.at, C.who, C.what, C.why, C.targetBefore, C.targetAfter], rows, formats, '#7F8C8D');
}

export function archiveSheet(ctx: BuildContext, archived: readonly ArchivedInput[], archivedOn: number | null): SheetSpec {
  const A = ctx.text.archive;
  const rows = archived.map((a) => [archivedOn, a.sheet, a.row, a.column, a.value]);
  const formats = [FORMAT.date, FORMAT.general, FORMAT.general, FORMAT.general, FORMAT.general];
  return logSheet(ctx, 'archive', [A.archivedOn, A.sheet, A.rowKey, A.columnKey, A.value], rows, formats, '#BDC3C7');
}

function logSheet(
  ctx: BuildContext,
  key: SheetKey,
  headers: string[],
  rows: readonly CellValue[][],
  formats: string[],
  tabColor: string,
): SheetSpec {
  const { text, setup, layout } = ctx;
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles[key]}`, text.notes[key]),
    headerBlock(1, HEADER_ROW, headers),
  ];
  if (rows.length > 0) {
    blocks.push({ at: pos(1, FIRST_ROW), cells: rows.map((r) => [...r]), role: 'value', numberFormat: formats });
  }
  return {
    key,
    name: layout.sheetNames[key],
    blocks,
    columns: headers.map((_, i) => ({ column: i + 1, width: i === 0 ? 16 : 18 })),
    freeze: { rows: HEADER_ROW, columns: 0 },
    protected: true,
    validations: [],
    conditionalFormats: [],
    tabColor,
    appendOnly: true,
  };
}
