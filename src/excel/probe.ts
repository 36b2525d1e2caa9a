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
  /** Each sheet's id (stable across renames), by lower-case name. */
  sheetIds: Map<string, string>;
  /** Defined names that exist, lower case (Excel's names ignore case). */
  names: Set<string>;
  /** Names (lower case) of the plan's sheets known to be unprotected now: these are not unprotected again before writing. */
  unprotectedSheets: Set<string>;
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
  const sheets = workbook.worksheets.load('items/name,items/id');
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
      sheetIds: new Map(sheets.items.map((s) => [s.name.toLowerCase(), s.id])),
      names: new Set(names.items.map((n) => n.name.toLowerCase())),
      unprotectedSheets: new Set(protection.filter((p) => !p.state.protected).map((p) => p.name.toLowerCase())),
      lastRows: Object.fromEntries(used.map(({ key, range }) => [key, range.isNullObject ? 0 : range.rowIndex + range.rowCount])),
    }),
    parts: () => parts.items,
  };
}

/**
 * Which existing sheet holds each sheet of the new spec: the earlier build's sheet for the
 * same key — found by the id the saved plan recorded (a sheet's id survives renames), else by
 * the earlier build's name (plans saved before ids, or a sheet created by the last build) —
 * whatever its name now (e.g. after a language change). A sheet that has a new sheet's name
 * but is not the plan's is the user's, even if the plan once had a sheet of that name the user
 * deleted: it is never overwritten — that is an error the user can act on.
 */
export function matchSheets(
  spec: WorkbookSpec,
  previous: WorkbookSpec | null,
  sheetNames: string[],
  ids: { saved?: Partial<Record<SheetKey, string>>; present?: Map<string, string> } = {},
): Partial<Record<SheetKey, string>> {
  const present = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
  const byId = new Map([...(ids.present ?? new Map<string, string>())].map(([name, id]) => [id, present.get(name)]));
  const ours = new Set<string>();
  const existing: Partial<Record<SheetKey, string>> = {};
  for (const sheet of previous?.sheets ?? []) {
    const savedId = ids.saved?.[sheet.key];
    const found = savedId !== undefined ? byId.get(savedId) : present.get(sheet.name.toLowerCase());
    if (found === undefined) continue;
    existing[sheet.key] = found;
    ours.add(found.toLowerCase());
  }
  for (const sheet of spec.sheets) {
    const clash = present.get(sheet.name.toLowerCase());
    if (clash !== undefined && clash !== existing[sheet.key] && !ours.has(clash.toLowerCase())) throw plannerErrors.sheetTaken(clash);
  }
  return Object.fromEntries(spec.sheets.filter((s) => existing[s.key] !== undefined).map((s) => [s.key, existing[s.key]!]));
}
