/** The slice of Excel's `CustomFunctions` global the adapters use, for running them in node. */
export function installCustomFunctionsGlobal(): void {
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? '');
    }
  }
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
    },
    associate: () => undefined,
  };
}
