/**
 * What the renderer must know about the open workbook before writing: which sheets and
 * defined names exist, where each append-only sheet's rows end, and the saved-plan parts
 * (to replace them). Queued in the same request as the input reads, so it costs no extra
 * round trip.
 */
import type { SheetKey, WorkbookSpec } from '../workbook/spec';
import { plannerErrors } from './errors';
import { STATE_NAMESPACE } from './state';

export interface WorkbookFacts {
  /** Names of the sheets the workbook has now. */
  sheetNames: string[];
  /** Defined names that exist, lower case (Excel's names ignore case). */
  names: Set<string>;
  /** Names (lower case) of the plan's sheets that are protected now: only these are unprotected before writing. */
  protectedSheets: Set<string>;
  /** Append-only sheet key → last row holding a value (0 when empty). */
  lastRows: Partial<Record<SheetKey, number>>;
  /** Sheet key → the name of the sheet of an earlier build that holds it now. */
  existing: Partial<Record<SheetKey, string>>;
}

export interface QueuedProbe {
  /** The facts, once the request has been synced. */
  facts(): Omit<WorkbookFacts, 'existing'>;
  /** The saved-plan parts found (to read when several, to delete when writing). */
  parts(): Excel.CustomXmlPart[];
}

/** A sheet of the earlier build, known to exist (a missing sheet would fail the request). */
export interface PlanSheet {
  key: SheetKey;
  name: string;
  appendOnly: boolean;
}

/**
 * Queues the reads: sheets, names, saved parts; for each sheet in `ours`, whether it is
 * protected, and for the append-only ones where their rows end.
 */
export function queueProbe(context: Excel.RequestContext, ours: PlanSheet[]): QueuedProbe {
  const { workbook } = context;
  const sheets = workbook.worksheets.load('items/name');
  const names = workbook.names.load('items/name');
  const parts = workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).load('items/id');
  const protection = ours.map(({ name }) => ({ name, state: workbook.worksheets.getItem(name).protection.load('protected') }));
  const used = ours
    .filter((s) => s.appendOnly)
    .map(({ key, name }) => ({
      key,
      range: workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load('rowIndex,rowCount'),
    }));
  return {
    facts: () => ({
      sheetNames: sheets.items.map((s) => s.name),
      names: new Set(names.items.map((n) => n.name.toLowerCase())),
      protectedSheets: new Set(protection.filter((p) => p.state.protected).map((p) => p.name.toLowerCase())),
      lastRows: Object.fromEntries(used.map(({ key, range }) => [key, range.isNullObject ? 0 : range.rowIndex + range.rowCount])),
    }),
    parts: () => parts.items,
  };
}

/**
 * Which existing sheet holds each sheet of the new spec: the earlier build's sheet for the
 * same key (it may have another name, e.g. after a language change), or none. A sheet that
 * has a new sheet's name but was not built by the planner is the user's: it is never
 * overwritten — that is an error the user can act on.
 */
export function matchSheets(spec: WorkbookSpec, previous: WorkbookSpec | null, sheetNames: string[]): Partial<Record<SheetKey, string>> {
  const present = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const ours = new Set((previous?.sheets ?? []).map((s) => s.name.toLowerCase()));
  const existing: Partial<Record<SheetKey, string>> = {};
  for (const sheet of spec.sheets) {
    const earlier = previous?.sheets.find((s) => s.key === sheet.key)?.name;
    const found = earlier !== undefined ? present.get(earlier.toLowerCase()) : undefined;
    if (found !== undefined) existing[sheet.key] = found;
    const clash = present.get(sheet.name.toLowerCase());
    if (clash !== undefined && clash !== found && !ours.has(clash.toLowerCase())) throw plannerErrors.sheetTaken(clash);
  }
  return existing;
}
