/**
 * The "Re-plan…" form as plain data: new target, reason and who, checked before anything is
 * sent to Excel (a re-plan without a reason would leave a Change-log entry nobody can explain).
 */
import type { ReplanRequest } from '../workbook/replan';
import { parseNumberText, type FormProblem } from './plan-form';

export interface ReplanForm {
  newTarget: string;
  why: string;
  who: string;
}

export type ReplanErrors = Partial<Record<keyof ReplanForm, FormProblem>>;

/** The request for `replanInWorkbook`, made at `at` (serial date-time), or the problems per field. */
export function toReplanRequest(form: ReplanForm, at: number): { request: ReplanRequest } | { errors: ReplanErrors } {
  const errors: ReplanErrors = {};
  const target = parseNumberText(form.newTarget);
  if (typeof target === 'string') errors.newTarget = target;
  else if (target <= 0) errors.newTarget = 'notPositive';
  const why = form.why.trim();
  const who = form.who.trim();
  if (why === '') errors.why = 'required';
  if (who === '') errors.who = 'required';
  if (Object.keys(errors).length > 0 || typeof target === 'string') return { errors };
  return { request: { newTarget: target, at, who, why } };
}
