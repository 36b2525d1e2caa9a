/**
 * The append-only sheets: Review (dated dashboard snapshots), Change log (re-plans) and
 * Archive (inputs that lost their place). Their rows are values; a renderer that finds
 * the sheet already there writes only below what it holds (`appendOnly`).
 */
import { pos } from '../a1';
import { headers, numberFormats, type ColumnBase } from '../columns/column';
import { ARCHIVE_COLUMNS, CHANGE_LOG_COLUMNS, reviewColumns } from '../columns/logs';
import { FIRST_ROW, HEADER_ROW } from '../layout';
import { TAB_COLORS } from '../look';
import type { ArchivedInput } from '../input-placer';
import type { ChangeLogEntry } from '../plan';
import type { BlockSpec, CellValue, SheetKey, SheetSpec } from '../spec';
import { headerBlock, titleBlocks } from './blocks';
import type { BuildContext } from './context';

export function reviewSheet(ctx: BuildContext, rows: readonly CellValue[][]): SheetSpec {
  return logSheet(ctx, 'review', reviewColumns(ctx.setup.funnel), rows);
}

export function changeLogSheet(ctx: BuildContext, entries: readonly ChangeLogEntry[]): SheetSpec {
  const rows = entries.map((e) => CHANGE_LOG_COLUMNS.map((c) => e[c.key]));
  return logSheet(ctx, 'changeLog', CHANGE_LOG_COLUMNS, rows);
}

const archiveRows = (archived: readonly ArchivedInput[], archivedOn: number | null): CellValue[][] =>
  archived.map((a) => [archivedOn, a.sheet, a.row, a.column, a.value, a.formula ?? null]);

export function archiveSheet(ctx: BuildContext, archived: readonly ArchivedInput[], archivedOn: number | null): SheetSpec {
  return logSheet(ctx, 'archive', ARCHIVE_COLUMNS, archiveRows(archived, archivedOn));
}

/**
 * Archive rows as a data block of their own (the Archive has no amounts, so no currency), for
 * what the renderer archives itself: a co-author's edit whose place went during the build.
 */
export function archiveDataBlock(archived: readonly ArchivedInput[], archivedOn: number | null): BlockSpec {
  return {
    at: pos(1, FIRST_ROW),
    cells: archiveRows(archived, archivedOn),
    role: 'value',
    numberFormat: numberFormats(ARCHIVE_COLUMNS, 'General'),
  };
}

function logSheet(ctx: BuildContext, key: SheetKey, columns: readonly ColumnBase<string>[], rows: readonly CellValue[][]): SheetSpec {
  const { text, setup, layout, locale } = ctx;
  const formats = numberFormats(columns, setup.currencyFormat);
  const blocks: BlockSpec[] = [
    ...titleBlocks(`${setup.planName} — ${text.titles[key]}`, text.notes[key]),
    headerBlock(1, HEADER_ROW, headers(columns, locale)),
  ];
  if (rows.length > 0) {
    blocks.push({ at: pos(1, FIRST_ROW), cells: rows.map((r) => [...r]), role: 'value', numberFormat: formats });
  }
  return {
    key,
    name: layout.sheetNames[key],
    blocks,
    columns: columns.map((c, i) => ({ column: i + 1, width: c.width })),
    // The Review keeps its date and Rep ID in view, on screen and on every printed page.
    freeze: { rows: HEADER_ROW, columns: key === 'review' ? 2 : 0 },
    protected: true,
    validations: [],
    conditionalFormats: [],
    tabColor: TAB_COLORS[key],
    appendOnly: true,
  };
}
