import { useCallback, useEffect, useRef, useState } from 'react';
import { refreshPlan, savedPlan, workbookChangeAfter, type OperationSummary, type PlanState, type Progress } from '../../excel';
import type { Locale } from '../../core/locale';
import type { UiStrings } from '../i18n';
import { failureOutcome, successOutcome, workingOutcome, type Outcome, type PlanAction, type Working } from '../outcome';
import { errorText } from '../problem-text';

/** The plan saved in the workbook, as far as the pane knows. */
export type PlanLoad = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; plan: PlanState | null };

/** What perform hands the operation: pass it on to src/excel's operation (its progress feeds the bar). */
export interface PerformOptions {
  onProgress: (progress: Progress) => void;
}

/**
 * Runs an operation; resolves true when it succeeded. The operation may return null to stop
 * before touching Excel (its form shows why); nothing is reported then.
 */
export type Perform = (
  action: PlanAction,
  operation: (options: PerformOptions) => Promise<OperationSummary | null>,
  /** What the success did, in words (from the preview the manager confirmed); the message's body. */
  words?: (summary: OperationSummary) => string,
) => Promise<boolean>;

/** What the panel's parts need to run an action and show how it went. */
export interface Operations {
  busy: PlanAction | null;
  /** What the last action did, or (while one runs) how far it is. */
  outcome: Outcome | Working | null;
  perform: Perform;
  /** Retry of a failed action shown under the plan's actions (a form's Retry submits its form again). */
  retry: () => void;
  refresh: () => void;
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
  const [progress, setProgress] = useState<Progress | null>(null);
  const last = useRef<Parameters<Perform> | null>(null);

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
    last.current = [action, operation, words];
    setBusy(action);
    setOutcome(null);
    setProgress(null);
    try {
      const summary = await operation({ onProgress: setProgress });
      if (summary === null) return false;
      // Re-read before showing anything, so the summary card and the message change together.
      const after = await read();
      setLoad(after);
      const success = successOutcome(action, summary, t, locale);
      setOutcome(words ? { ...success, body: words(summary) } : success);
      return true;
    } catch (error) {
      const change = workbookChangeAfter(error);
      if (change !== 'nothing') {
        // The failure may have left a change: the summary shows what the workbook holds now
        // (a failed re-read keeps what the pane knew, never turning a plan into "no plan").
        const after = await read();
        if (after.status === 'ready') setLoad(after);
      }
      setOutcome(failureOutcome(action, error, change, t));
      return false;
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };
  const refresh = () => void perform('refresh', (options) => refreshPlan(options));
  const retry = () => {
    if (outcome?.retry === 'refresh') refresh();
    else if (last.current) void perform(...last.current);
  };
  const shown = busy ? workingOutcome(busy, progress, t, locale) : outcome;

  return { load, ops: { busy, outcome: shown, perform, retry, refresh }, reload };
}
