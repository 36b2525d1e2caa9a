/**
 * Errors the double throws, with the `code` Office.js puts on `OfficeExtension.Error`
 * (`PropertyNotLoaded`, `ItemNotFound`, `InvalidArgument`, …), so callers that branch on
 * the code behave the same against the double and against Excel.
 */
export class OfficeErrorDouble extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const fail = (code: string, message: string): never => {
  throw new OfficeErrorDouble(code, message);
};
