import { DomainError, DomainErrorKind, isDomainError } from '../../core/errors';

/**
 * Which Excel error each domain error is, and whether Excel shows a message with it. Per the
 * `CustomFunctions.ErrorCode` reference, a custom message "can be used" with `#VALUE!` and
 * `#N/A` only; `#NUM!` and `#DIV/0!` (like `#NULL!`, `#NAME?`, `#REF!`) "can't" take one, so
 * none is sent with them rather than one Excel drops. The one place that decides it.
 * Codes are looked up when an error is raised, not when the bundle loads: office.js defines
 * `CustomFunctions.associate` at once but `ErrorCode` and `Error` only after its host script
 * has loaded, so touching them at load time would stop every function from registering.
 */
const EXCEL_ERRORS: Record<DomainErrorKind, { code: () => CustomFunctions.ErrorCode; showsMessage: boolean }> = {
  value: { code: () => CustomFunctions.ErrorCode.invalidValue, showsMessage: true },
  na: { code: () => CustomFunctions.ErrorCode.notAvailable, showsMessage: true },
  num: { code: () => CustomFunctions.ErrorCode.invalidNumber, showsMessage: false },
  div0: { code: () => CustomFunctions.ErrorCode.divisionByZero, showsMessage: false },
};

/** The Excel error a user sees for a domain error; with #VALUE! and #N/A its message shows in Excel's error tooltip. */
export function toExcelError(error: DomainError): CustomFunctions.Error {
  const excel = EXCEL_ERRORS[error.kind];
  return excel.showsMessage ? new CustomFunctions.Error(excel.code(), error.message) : new CustomFunctions.Error(excel.code());
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
