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
  /** Counts the saves: of two plans saved at once by co-authors, the higher wins (clocks differ between machines). */
  revision?: number;
  /** The build that saved it (staging.ts `newBuildId`): recovery reads whether a cut-off build's commit landed. */
  buildId?: string;
  /** When it was saved (ISO 8601), to pick the newest if two co-authors saved at once. */
  savedAt: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

export function stateToXml(state: PlanState): string {
  return `<?xml version="1.0" encoding="UTF-8"?><salesPlan xmlns="${STATE_NAMESPACE}" version="${STATE_VERSION}"><state>${escapeXml(JSON.stringify(state))}</state></salesPlan>`;
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

/** Of several saved plans (two co-authors saved at once), the newest. */
export function newestState(xmls: string[]): PlanState {
  const states = xmls.map(stateFromXml);
  return states.reduce((a, b) => (b.savedAt > a.savedAt ? b : a));
}
