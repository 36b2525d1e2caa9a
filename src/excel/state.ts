/**
 * The plan saved in the workbook, so that anyone with the add-in — a co-author on another
 * machine, the same manager next month — can refresh, snapshot or re-plan it: the locale,
 * setup, reps (a leaver with their `leaveDate`; plans saved before leave dates existed have
 * none, and load as teams without leavers) and the quotas decided by a re-plan or a team
 * change, as JSON inside a custom XML part
 * (namespace {@link STATE_NAMESPACE}). It is rewritten with every build. From it the
 * renderer rebuilds the earlier spec (buildPlan is pure), which says where every input cell is.
 */
import type { PlanSetup, QuotaTable, Rep } from '../workbook/plan';
import type { SheetKey } from '../workbook/spec';
import { isLocale, type Locale } from '../core/locale';
import { plannerErrors } from './errors';

export const STATE_NAMESPACE = 'urn:sales-planner:plan:1';
const STATE_VERSION = 1;

export interface PlanState {
  version: typeof STATE_VERSION;
  locale: Locale;
  setup: PlanSetup;
  reps: Rep[];
  /** Quotas decided by a re-plan or a team change; absent while they follow from the setup. */
  quotas?: QuotaTable;
  /**
   * How many times the plan has been saved before: each save writes the previous revision + 1.
   * Plans saved before revisions existed have none (read as 0).
   */
  revision?: number;
  /** The id of each plan sheet (stable across renames), so a user's sheet that takes a deleted plan sheet's name is never taken for it. */
  sheetIds?: Partial<Record<SheetKey, string>>;
  /** The build that saved it (staging.ts `newBuildId`): recovery reads whether a cut-off build's commit landed. */
  buildId?: string;
  /** When it was saved (ISO 8601), by the saving client's clock: shown to the user, and a tie-break only. */
  savedAt: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Excel hands the part back as it stores it, which may spell characters as other entities or
// character references: read them all, in one pass (so "&amp;lt;" stays "&lt;").
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, name: string) =>
    name[0] !== '#' ? ENTITIES[name] : String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)),
  );

// JSON.stringify escapes U+0000–U+001F and lone surrogates but not U+FFFE/U+FFFF, which XML
// cannot hold either: as JSON escapes they survive the part and parse back to the same text.
const xmlSafeJson = (json: string) => json.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

/**
 * The plan as the content of its custom XML part. An XML fragment with no `<?xml …?>`
 * declaration: `CustomXmlPartCollection.add` takes "a valid XML fragment" (ExcelApi 1.5).
 */
export function stateToXml(state: PlanState): string {
  const json = xmlSafeJson(JSON.stringify(state));
  return `<salesPlan xmlns="${STATE_NAMESPACE}" version="${STATE_VERSION}"><state>${escapeXml(json)}</state></salesPlan>`;
}

/** @throws {PlannerError} `unreadablePlan` for a part that is not a plan this version can read */
export function stateFromXml(xml: string): PlanState {
  const match = /<state>([\s\S]*)<\/state>/.exec(xml);
  if (!match) throw plannerErrors.unreadablePlan('no plan data in it');
  let state: PlanState;
  try {
    state = JSON.parse(unescapeXml(match[1])) as PlanState;
  } catch {
    throw plannerErrors.unreadablePlan('the plan data is damaged');
  }
  if (state?.version !== STATE_VERSION) throw plannerErrors.unreadablePlan(`saved by another version (${String(state?.version)})`);
  if (!state.setup || !Array.isArray(state.reps) || !isLocale(state.locale)) {
    throw plannerErrors.unreadablePlan('setup, reps or language missing');
  }
  return state;
}

/** A plan's revision; plans saved before revisions existed count as 0. */
export const revisionOf = (state: PlanState): number => (Number.isSafeInteger(state.revision) ? state.revision! : 0);

/**
 * Orders two saved plans, newest last: by revision, which each save raises by one whatever the
 * clients' clocks say; then, for two co-authors who saved the same revision at once, by
 * `savedAt`, then by content, so every client picks the same one.
 */
function compareStates(a: { state: PlanState; xml: string }, b: { state: PlanState; xml: string }): number {
  const byRevision = revisionOf(a.state) - revisionOf(b.state);
  if (byRevision !== 0) return byRevision;
  if (a.state.savedAt !== b.state.savedAt) return a.state.savedAt < b.state.savedAt ? -1 : 1;
  return a.xml === b.xml ? 0 : a.xml < b.xml ? -1 : 1;
}

/**
 * Of several saved plans (two co-authors saved at once), the newest: the highest revision.
 * The same for any order of `xmls`. @throws {PlannerError} `unreadablePlan` if any part is not a plan
 */
export function newestState(xmls: string[]): PlanState {
  const states = xmls.map((xml) => ({ state: stateFromXml(xml), xml }));
  return states.reduce((a, b) => (compareStates(b, a) > 0 ? b : a)).state;
}
