import { DomainError, DomainErrorKind, isDomainError } from '../../core/errors';

// Looked up when an error is raised, not when the bundle loads: office.js defines
// `CustomFunctions.associate` at once but `ErrorCode` and `Error` only after its host script
// has loaded, so touching them at load time would stop every function from registering.
const errorCodeOf = (kind: DomainErrorKind): CustomFunctions.ErrorCode =>
  ({
    value: CustomFunctions.ErrorCode.invalidValue,
    num: CustomFunctions.ErrorCode.invalidNumber,
    div0: CustomFunctions.ErrorCode.divisionByZero,
    na: CustomFunctions.ErrorCode.notAvailable,
  })[kind];

/** The Excel error a user sees for a domain error; its message shows in Excel's error tooltip. */
export function toExcelError(error: DomainError): CustomFunctions.Error {
  // #DIV/0! takes no message in Excel's API; the others do.
  return error.kind === 'div0'
    ? new CustomFunctions.Error(errorCodeOf('div0'))
    : new CustomFunctions.Error(errorCodeOf(error.kind), error.message);
}

/**
 * Runs an adapter body and turns anything it throws into a `CustomFunctions.Error`,
 * so that the only thing that ever leaves a custom function is a value or an Excel error.
 * Unknown failures become `#VALUE!` rather than an exception Excel would show as `#VALUE!`
 * anyway but without a message.
 */
export function excelCall<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    if (isDomainError(e)) throw toExcelError(e);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e instanceof Error ? e.message : String(e));
  }
}
