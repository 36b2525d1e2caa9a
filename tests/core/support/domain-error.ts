/**
 * Test helpers for the {@link DomainError}s the planning math throws.
 *
 * Both are strict on purpose: a call that returns, or that throws anything other than a
 * `DomainError` (a `TypeError`, a plain `Error`, a string …), fails the test.
 */
import { DomainError, DomainErrorKind } from '../../../src/core/errors';

const describeValue = (value: unknown): string => {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * Calls `fn` and returns the {@link DomainError} it throws, for assertions on its `kind` and
 * `message`. Throws (failing the test) when `fn` returns normally or throws something else.
 */
export function errorOf(fn: () => unknown): DomainError {
  let returned: unknown;
  try {
    returned = fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw new Error(`expected a DomainError, but the call threw ${describeValue(e)}`);
  }
  throw new Error(`expected a DomainError, but the call returned ${describeValue(returned)}`);
}

/**
 * Asserts that `call` throws a {@link DomainError} of this `kind` and, when `message` is given,
 * with exactly this message. Returns the error for any further checks.
 */
export function expectDomainError(call: () => unknown, kind: DomainErrorKind, message?: string): DomainError {
  const error = errorOf(call);
  expect(error.kind).toBe(kind);
  if (message !== undefined) expect(error.message).toBe(message);
  return error;
}
