/**
 * How far an operation is, for the pane's progress bar: the step (read the workbook, plan,
 * write, put things back after a failure) and, while writing, the request being sent of
 * how many. Reported by the operations (operations.ts) from the syncs of round-trips.ts.
 */

export type ProgressStep = 'read' | 'plan' | 'write' | 'recover';

export interface Progress {
  step: ProgressStep;
  /** Requests sent so far while writing (1-based: the one on its way); 0 otherwise. */
  request: number;
  /** Requests the write is expected to take (an estimate from the plan's cells; never below `request`). */
  requests: number;
  /** 0 … 1 over the whole operation. */
  fraction: number;
}

export type ProgressListener = (progress: Progress) => void;

/** Where each step starts on the bar: reading and planning are quick next to writing. */
const STEP_START: Record<ProgressStep, number> = { read: 0, plan: 0.1, write: 0.2, recover: 0.95 };

/**
 * The progress of `step`; while writing, `request` of `requests`.
 *
 * @example
 *   progressAt('write', 3, 4); // { step: 'write', request: 3, requests: 4, fraction: 0.575 }
 */
export function progressAt(step: ProgressStep, request = 0, requests = 0): Progress {
  const start = STEP_START[step];
  if (step !== 'write' || requests <= 0) return { step, request, requests, fraction: start };
  const share = Math.min(1, (request - 1) / requests);
  return { step, request, requests, fraction: start + (STEP_START.recover - start) * share };
}

/** Gives the browser a turn (paint the progress, take input) before the next long piece of work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
