/** A rep's (or the team's average) productivity to date: revenue = leads × win rate × average deal. */
export interface Productivity {
  /** New leads (the funnel's first stage). */
  leads: number;
  /** Deals won (the funnel's last stage). */
  won: number;
  /** Signed amount. */
  revenue: number;
}

/** The three causes a gap to the team is split into, in the order of the funnel. */
export type GapCause = 'activity' | 'conversion' | 'dealSize';

/** Each cause's part of the gap, in money; the three add up to `rep.revenue − team.revenue`. */
export type GapParts = Record<GapCause, number>;

/**
 * **Why the gap**: a rep's revenue gap to the team average, `G = R − R̄`, split into its
 * causes — activity (leads `L`), conversion (win rate `W = won / L`) and deal size (average won
 * deal `D = R / won`). With `R = L·W·D` and the team's `R̄ = L̄·W̄·D̄` (its `W̄ = won̄ / L̄`,
 * `D̄ = R̄ / won̄`: ratios of the means), `ln(R/R̄) = Σ ln(f/f̄)`, so each factor's share of the
 * gap is `ln(f/f̄) / ln(R/R̄)` and its part
 * `part_f = ln(f/f̄) · Λ`, `Λ = (R − R̄) / ln(R/R̄)` (the logarithmic mean of R and R̄; the
 * LMDI decomposition). The parts add up to the gap exactly, up to floating-point rounding.
 *
 * The rules at the edges, each the sheet formula's too:
 * - `R = R̄` (the log ratio is 0): `Λ` is its limit, `R̄`, so the parts still show the causes
 *   that offset each other (more leads, fewer won) and add up to 0.
 * - A factor that is 0 takes the whole gap and the others 0 (the limit of the formula as that
 *   factor goes to 0): the first, in funnel order, of leads ≤ 0 (activity), won ≤ 0
 *   (conversion), revenue ≤ 0 (deal size — refunds can make it negative).
 * - No team figure to compare with (a team mean of leads, won or revenue ≤ 0): `null`.
 *
 * @example
 * // 20 leads, 6 won, 240,000 against the team's 40, 8, 400,000: gap −160,000.
 * // Ratios: leads 0.5, win rate 0.3/0.2 = 1.5, deal 40,000/50,000 = 0.8; revenue 0.6.
 * // Λ = −160,000 / ln 0.6 = 313,218.43
 * attributeGap({ leads: 20, won: 6, revenue: 240000 }, { leads: 40, won: 8, revenue: 400000 });
 * // => { activity: −217,106.47 (ln 0.5 · Λ), conversion: 126,999.14, dealSize: −69,892.67 }
 *
 * @param rep the rep's figures to date
 * @param team the team's means over its active reps
 * @returns the parts, or `null` when the team has nothing to compare with
 */
export function attributeGap(rep: Productivity, team: Productivity): GapParts | null {
  const { leads: l, won: n, revenue: r } = rep;
  const { leads: lm, won: nm, revenue: rm } = team;
  if (!(lm > 0 && nm > 0 && rm > 0)) return null;
  const gap = r - rm;
  const zero = firstZeroFactor(rep);
  if (zero) return { activity: 0, conversion: 0, dealSize: 0, [zero]: gap };
  // The same operations, in the same order, as the sheet's formula (attributionFormula).
  const logMean = r / rm === 1 ? rm : (r - rm) / Math.log(r / rm);
  return {
    activity: Math.log(l / lm) * logMean,
    conversion: Math.log(n / l / (nm / lm)) * logMean,
    dealSize: Math.log(r / n / (rm / nm)) * logMean,
  };
}

/** The first factor, in funnel order, that is not positive: it takes the whole gap. */
function firstZeroFactor(rep: Productivity): GapCause | null {
  return rep.leads <= 0 ? 'activity' : rep.won <= 0 ? 'conversion' : rep.revenue <= 0 ? 'dealSize' : null;
}
