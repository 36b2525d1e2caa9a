/**
 * Reading the plan back from the workbook in as few round trips as possible:
 * 1. the saved state (one request: `getOnlyItem().getXml()`, which fails when there is none);
 * 2. the earlier spec, rebuilt from it (pure), says where every input cell is: the input
 *    blocks are read together with the probe (sheets, names, append-only rows, saved parts).
 * A small plan is read in two syncs and written in one.
 */
import { buildPlan } from '../workbook/build-plan';
import type { InputFormulas } from '../workbook/input-placer';
import type { InputValues, WorkbookSpec } from '../workbook/spec';
import { PlannerError } from './errors';
import { readInputs, type InputReading } from './read-inputs';
import { queueProbe, type PlanSheet, type QueuedProbe, type WorkbookFacts } from './probe';
import type { RoundTrips } from './round-trips';
import { newestState, stateFromXml, STATE_NAMESPACE, type PlanState } from './state';

export interface PlanReading {
  state: PlanState | null;
  /** The spec the workbook was last built from (null without a saved plan). */
  previous: WorkbookSpec | null;
  /** What the input cells show (the models read these). */
  inputs: InputValues;
  /** Formulas typed into input cells, keyed like `inputs`: `buildPlan`'s `formulas` option writes them back. */
  formulas: InputFormulas;
  facts: Omit<WorkbookFacts, 'existing'>;
  /** The saved-plan parts, to replace when saving. */
  parts: Excel.CustomXmlPart[];
}

/** The spec a saved plan was built with: where its input cells and append-only sheets are. */
export function previousSpec(state: PlanState): WorkbookSpec {
  return buildPlan(state.setup, state.reps, {}, state.locale, state.quotas ? { quotas: state.quotas } : {});
}

const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

/**
 * @param tolerateUnreadable a new build may go on without a readable saved plan (it then
 *   refuses to overwrite sheets it cannot tell are its own); refresh, snapshot and re-plan may not.
 */
export async function readPlan(trips: RoundTrips, tolerateUnreadable: boolean): Promise<PlanReading> {
  let state: PlanState | null = null;
  const xml = trips.context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE).getOnlyItem().getXml();
  try {
    await trips.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read -- trips.sync() is the context.sync()
    state = stateFromXml(xml.value);
  } catch (error) {
    if (error instanceof PlannerError && !tolerateUnreadable) throw error;
    // None saved, several saved (co-authors saved at once), or the request was lost: the
    // probe's count of saved parts tells which, and they are read one by one below.
  }
  let reading = await readWorkbook(trips, state);
  if (state === null && reading.parts.length > 0) {
    const xmls = reading.parts.map((part) => part.getXml());
    await trips.sync();
    try {
      state = newestState(xmls.map((x) => x.value)); // of two complete plans, the newest wins
    } catch (error) {
      if (!tolerateUnreadable) throw error;
      return reading; // a new build may go on; it will not overwrite sheets it cannot tell are its own
    }
    reading = await readWorkbook(trips, state);
  }
  return reading;
}

async function readWorkbook(trips: RoundTrips, state: PlanState | null): Promise<PlanReading> {
  const previous = state ? previousSpec(state) : null;
  const ours: PlanSheet[] = (previous?.sheets ?? []).map((s) => ({ key: s.key, name: s.name, appendOnly: s.appendOnly === true }));
  let probe: QueuedProbe | undefined;
  let inputs: InputReading;
  const empty: WorkbookSpec = { locale: 'en-US', sheets: [], names: [] };
  try {
    inputs = await readInputs(trips, previous ?? empty, undefined, () => (probe = queueProbe(trips.context, ours)));
  } catch (error) {
    if (codeOf(error) !== 'ItemNotFound' || previous === null) throw error;
    // A sheet of the saved plan was deleted by hand: read what is still there.
    const sheets = trips.context.workbook.worksheets.load('items/name');
    await trips.sync();
    const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const stillThere = ours.filter((s) => present.has(s.name.toLowerCase()));
    inputs = await readInputs(trips, previous, present, () => (probe = queueProbe(trips.context, stillThere)));
  }
  return { state, previous, inputs: inputs.values, formulas: inputs.formulas, facts: probe!.facts(), parts: probe!.parts() };
}
