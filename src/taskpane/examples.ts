/**
 * Example formulas for the pane, with the results the function contract promises (docs/ARCHITECTURE.md#the-function-contract).
 * An example is shown only when its function is registered (see catalog.ts).
 */
export interface FormulaExample {
  /** Full function name, `SALES.SPLIT`. */
  functionName: string;
  formula: string;
  result: string;
}

export const FORMULA_EXAMPLES: readonly FormulaExample[] = [
  // Largest remainder: 78.26, 17.39, 4.35 floor to 78+17+4 = 99; the largest remainder (.39) gets the last 1.
  { functionName: 'SALES.SPLIT', formula: '=SALES.SPLIT(100,{78.26;17.39;4.35})', result: '{78;18;4}' },
  // Marginal tiers: 100000×4% + 50000×6% + 10000×8% = 4000 + 3000 + 800.
  { functionName: 'SALES.PAYOUT', formula: '=SALES.PAYOUT(160000,100000,{0,0.04;1,0.06;1.5,0.08})', result: '7800' },
  // Mean 91.25; only 40 is under 0.8 × 91.25 = 73.
  { functionName: 'SALES.LAGGING', formula: '=SALES.LAGGING({120;95;40;110},"mean")', result: '{FALSE;FALSE;TRUE;FALSE}' },
];

export function examplesFor(registered: readonly string[]): FormulaExample[] {
  const names = new Set(registered);
  return FORMULA_EXAMPLES.filter((e) => names.has(e.functionName));
}
