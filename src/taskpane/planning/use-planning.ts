import { useCallback, useEffect, useState } from 'react';
import { savedPlan, type OperationSummary, type PlanState } from '../../excel';
import type { Locale } from '../../core/locale';
import type { UiStrings } from '../i18n';
import { failureOutcome, successOutcome, type Outcome, type PlanAction } from '../outcome';
import { errorText } from '../problem-text';

/** The plan saved in the workbook, as far as the pane knows. */
export type PlanLoad = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; plan: PlanState | null };

/**
 * Runs an operation; resolves true when it succeeded. The operation may return null to stop
 * before touching Excel (its form shows why); nothing is reported then.
 */
export type Perform = (
  action: PlanAction,
  operation: () => Promise<OperationSummary | null>,
  /** What the success did, in words (from the preview the manager confirmed); the message's body. */
  words?: (summary: OperationSummary) => string,
) => Promise<boolean>;

/** What the panel's parts need to run an action and show how it went. */
export interface Operations {
  busy: PlanAction | null;
  outcome: Outcome | null;
  perform: Perform;
}

export interface Planning {
  load: PlanLoad;
  ops: Operations;
  reload: () => void;
}

/** The panel's state: the saved plan, the running action, and what the last one did. */
export function usePlanning(locale: Locale, t: UiStrings): Planning {
  const [load, setLoad] = useState<PlanLoad>({ status: 'loading' });
  const [busy, setBusy] = useState<PlanAction | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const read = useCallback(async (): Promise<PlanLoad> => {
    try {
      return { status: 'ready', plan: await savedPlan() };
    } catch (error) {
      return { status: 'failed', message: errorText(error, t) };
    }
  }, [t]);

  const reload = useCallback(() => {
    setLoad({ status: 'loading' });
    void read().then(setLoad);
  }, [read]);

  useEffect(reload, [reload]);

  const perform: Perform = async (action, operation, words) => {
    setBusy(action);
    setOutcome(null);
    try {
      const summary = await operation();
      if (summary === null) return false;
      // Re-read before showing anything, so the summary card and the message change together.
      const after = await read();
      setLoad(after);
      const success = successOutcome(action, summary, t, locale);
      setOutcome(words ? { ...success, body: words(summary) } : success);
      return true;
    } catch (error) {
      setOutcome(failureOutcome(action, errorText(error, t), t));
      return false;
    } finally {
      setBusy(null);
    }
  };

  return { load, ops: { busy, outcome, perform }, reload };
}
