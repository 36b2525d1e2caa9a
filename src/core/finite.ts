import { DomainError } from './errors';
import { Messages } from './messages';

/**
 * Guards a computed result: finite inputs can still overflow (a tiny target, a huge
 * actual), and a function must never hand Excel `Infinity` or `NaN`. Such a result is
 * a number out of range, `#NUM!`, naming the argument that drove it.
 */
export function finiteResult(value: number, arg: string): number {
  if (!Number.isFinite(value)) throw new DomainError('num', Messages.resultTooLarge(arg));
  return value;
}

/** Checks a finite input number (`#VALUE!` otherwise) and returns it. */
export function finiteInput(value: number, arg: string): number {
  if (!Number.isFinite(value)) throw new DomainError('value', Messages.notFinite(arg));
  return value;
}
