/** ln √(2π): the normal density is φ(z) = exp(−z²/2 − LN_SQRT_2PI). */
const LN_SQRT_2PI = 0.91893853320467274178;
/** Beyond ±2.5 the tail's continued fraction takes over from the series (which would cancel there). */
const SERIES_UP_TO = 2.5;
/** Terms of the continued fraction: from |z| = 2.5 on, 100 reach double precision. */
const FRACTION_TERMS = 100;

/**
 * **Φ**, the standard normal cumulative distribution, to double precision: what Excel's
 * `NORM.S.DIST(z, TRUE)` gives, and what `NORM.DIST(x, mean, sd, TRUE)` gives at
 * z = (x − mean) / sd. simple-statistics' `errorFunction` is good to 1.2e-7 only, too coarse
 * to agree with a spreadsheet's `NORM.DIST` to 1e-9.
 *
 * Method: for |z| ≤ 2.5 Marsaglia's Taylor series (J. Stat. Software 11(4), 2004),
 * Φ(z) = ½ + φ(z) · (z + z³/3 + z⁵/(3·5) + …), summed until a term no longer changes the sum;
 * beyond, the tail Q(x) = 1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))) (Laplace's continued
 * fraction, 100 terms), so that a far lower tail keeps its relative precision (about 1e-14)
 * instead of cancelling to noise, and Φ never falls as z grows.
 *
 * @example
 * normalCdf(0);  // => 0.5
 * normalCdf(1);  // => 0.8413447460685429…
 * normalCdf(-2); // => 0.0227501319481792…
 *
 * @param z any number; ±Infinity give 1 and 0
 * @returns Φ(z) in 0..1 (`NaN` for `NaN`)
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  if (z < -SERIES_UP_TO) return upperTail(-z);
  if (z > SERIES_UP_TO) return 1 - upperTail(z);
  const q = z * z;
  let [sum, term, previous] = [z, z, 0];
  for (let i = 3; sum !== previous; i += 2) {
    previous = sum;
    term *= q / i;
    sum += term;
  }
  return 0.5 + sum * density(z);
}

/** Q(x) = 1 − Φ(x) for x > 2.5, by the continued fraction evaluated from its 100th term back. */
function upperTail(x: number): number {
  if (x === Infinity) return 0;
  let fraction = x;
  for (let k = FRACTION_TERMS; k >= 1; k--) fraction = x + k / fraction;
  return density(x) / fraction;
}

function density(z: number): number {
  return Math.exp(-0.5 * z * z - LN_SQRT_2PI);
}
