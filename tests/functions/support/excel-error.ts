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
