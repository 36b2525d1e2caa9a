/**
 * Every message the planning math can raise, in one table (HyperFormula's way):
 * wording is reviewed in one place and tests can refer to it instead of copying text.
 * Messages name the argument, because Excel shows them next to the formula's error.
 */
export const Messages = {
  notFinite: (arg: string) => `${arg} must be a finite number`,
  negative: (arg: string) => `${arg} must not be negative`,
  notPositive: (arg: string) => `${arg} must be greater than 0`,
  empty: (arg: string) => `${arg} must not be empty`,
  notInteger: (arg: string) => `${arg} must be a whole number`,
  notMultipleOf: (arg: string, unit: number) => `${arg} must be a multiple of unit ${unit}`,
  tooLarge: (arg: string, max: number) => `${arg} must be at most ${max}`,
  required: (arg: string) => `${arg} is required`,
  notNumber: (arg: string) => `${arg} must be a number`,
  notOneOf: (arg: string, choices: readonly string[]) =>
    `${arg} must be one of ${choices.map((c) => `"${c}"`).join(', ')}`,
  notVector: (arg: string) => `${arg} must be a single row or a single column`,
  notRectangular: (arg: string) => `${arg} must be a rectangular range`,
} as const;
