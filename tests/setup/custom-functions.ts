/**
 * The `CustomFunctions` global that Excel provides to the functions runtime, faithful to the
 * parts the adapters use: the error codes Excel knows and an `Error` that carries one.
 * `associate` records registrations, so bundle tests can see what a file registered.
 */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? '');
    this.name = 'CustomFunctions.Error';
  }
}

export const associated = new Map<string, unknown>();

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(idOrMap: string | Record<string, unknown>, fn?: unknown) {
    if (typeof idOrMap === 'string') associated.set(idOrMap.toUpperCase(), fn);
    else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
  },
};
