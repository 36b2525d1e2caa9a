/**
 * Domain errors raised by the planning math.
 *
 * `kind` names the Excel error a user would recognise for the failure, so the
 * function adapters can map it one-to-one and the task pane can still show the
 * readable `message`:
 * - `value`: wrong type or shape of an argument (`#VALUE!`)
 * - `num`: a number outside its domain, e.g. a negative total (`#NUM!`)
 * - `div0`: a division by zero (`#DIV/0!`)
 * - `na`: not enough data to answer (`#N/A`)
 */
export type DomainErrorKind = 'value' | 'num' | 'div0' | 'na';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** True when `e` is a {@link DomainError} (also across bundle boundaries). */
export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError || (e instanceof Error && e.name === 'DomainError' && 'kind' in e);
}
