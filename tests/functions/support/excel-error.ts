/**
 * Runs a custom function call that must fail and returns the `CustomFunctions.Error` it threw,
 * failing the test when it returned instead or threw anything else (the one thing a function
 * may let escape is an Excel error).
 */
export function excelErrorOf(call: () => unknown): { code: string; message: string } {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw new Error(`threw a non-Excel error: ${String(e)}`);
    return e as unknown as { code: string; message: string };
  }
  throw new Error(`returned ${JSON.stringify(result)} instead of an Excel error`);
}

/** True for an Excel error value placed in a result element (e.g. #DIV/0! in CONVERSION). */
export function isExcelError(value: unknown): value is { code: string; message: string } {
  return value instanceof CustomFunctions.Error;
}

/**
 * The codes Excel shows a custom message with, from the `CustomFunctions.ErrorCode` reference:
 * "A custom error message can be used" for #VALUE! and #N/A; "can't be used" for the others.
 */
const SHOWS_MESSAGE = new Set(['#VALUE!', '#N/A']);

/** The message an error with `code` must carry: `message` where Excel shows one, none elsewhere. */
export function messageExcelShows(code: string, message: string): string {
  return SHOWS_MESSAGE.has(code) ? message : '';
}
