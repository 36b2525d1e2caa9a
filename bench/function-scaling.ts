/**
 * Every SALES function at 100,000 elements against a plain loop doing the same arithmetic on
 * the same Excel-shaped input (a column of 1-cell rows in, the same shape out): the ratio shows
 * what the function adds — argument checks, shaping, and any algorithm worse than linear. The
 * target is at most 3× (issue 13). Each baseline's result is compared with the function's, so
 * a baseline that skips work shows as a mismatch instead of a flattering ratio.
 */
import { endOfMonth, monthIndex, ymdToSerial } from '../src/core/dates';
import { normalCdf } from '../src/core/normal-cdf';
import { achievable } from '../src/functions/achievable';
import { attainment } from '../src/functions/attainment';
import { conversion } from '../src/functions/conversion';
import { forecast } from '../src/functions/forecast';
import { lagging } from '../src/functions/lagging';
import { leadsNeeded } from '../src/functions/leads-needed';
import { pace } from '../src/functions/pace';
import { payout } from '../src/functions/payout';
import { projection } from '../src/functions/projection';
import { ramp } from '../src/functions/ramp';
import { seasonality } from '../src/functions/seasonality';
import { smart } from '../src/functions/smart';
import { split } from '../src/functions/split';
import { errorFunction } from 'simple-statistics';

export const SCALE = 100_000;

export interface ScalingCase {
  name: string;
  run: () => unknown;
  baseline: () => unknown;
}

/** Deterministic pseudo-random numbers, so every run measures the same input. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const column = (xs: readonly unknown[]) => xs.map((x) => [x]);

/** What every baseline does first, as the function must: read the numbers out of the column Excel hands over. */
function cells(col: readonly unknown[][]): number[] {
  const out = new Array<number>(col.length);
  for (let i = 0; i < col.length; i++) out[i] = col[i][0] as number;
  return out;
}

function meanAndSd(xs: readonly number[], sample: boolean): [number, number] {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i++) sq += (xs[i] - mean) ** 2;
  return [mean, Math.sqrt(sq / (xs.length - (sample ? 1 : 0)))];
}

/** The cases, inputs made once. */
export function scalingCases(): ScalingCase[] {
  const next = lcg(13);
  const n = SCALE;
  const history = Array.from({ length: n }, () => 1000 + Math.round(next() * 1000));
  const historyCol = column(history);
  const funnel = Array.from({ length: n }, (_, i) => n - i);
  const funnelCol = column(funnel);
  const weights = Array.from({ length: n }, () => Math.round(next() * 1000));
  const weightsCol = column(weights);
  // Rates near 1, so 100,000 steps stay under the 1e12-deal cap.
  const rates = Array.from({ length: n }, () => 1 - next() * 1e-5);
  const ratesCol = column(rates);
  const tiers = Array.from({ length: n }, (_, i) => [i * 0.01, (i % 100) / 100]);
  const start = ymdToSerial(2026, 1, 1);
  const end = ymdToSerial(2026, 12, 31);
  const starts = Array.from({ length: n }, () => start - 400 + Math.floor(next() * 700));
  const startsCol = column(starts);
  const years = Array.from({ length: n / 100 }, () => Array.from({ length: 100 }, () => 100 + Math.round(next() * 100)));
  // Pace: one weight per month of the period; Excel's dates (1900–9999) hold 97,200 months at most.
  const paceStart = ymdToSerial(1901, 1, 1);
  const paceEnd = ymdToSerial(9999, 12, 31);
  const paceAsOf = ymdToSerial(5000, 6, 15);
  const months = (9999 - 1901 + 1) * 12;
  const monthWeights = Array.from({ length: months }, () => [1 + next()]);
  const actuals = Array.from({ length: n }, () => next() * 100_000);

  return [
    {
      name: 'SALES.LEADSNEEDED 100,000 steps',
      run: () => leadsNeeded(1e6, 1000, ratesCol),
      baseline: () => {
        const out = new Array<number[]>(n + 1);
        let need = Math.ceil(1e6 / 1000);
        out[n] = [need];
        for (let k = n - 1; k >= 0; k--) out[k] = [(need = Math.ceil(need / (ratesCol[k][0] as number)))];
        return out;
      },
    },
    {
      name: 'SALES.CONVERSION 100,000 stages',
      run: () => conversion(funnelCol),
      baseline: () => {
        const out = new Array<number[]>(n);
        out[0] = [1];
        for (let k = 1; k < n; k++) out[k] = [(funnelCol[k][0] as number) / (funnelCol[k - 1][0] as number)];
        return out;
      },
    },
    {
      name: 'SALES.SPLIT 100,000 weights',
      run: () => split(12_000_000, weightsCol, 0),
      baseline: () => {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += weightsCol[i][0] as number;
        const out = new Array<number[]>(n);
        for (let i = 0; i < n; i++) out[i] = [((weightsCol[i][0] as number) / sum) * 12_000_000];
        return out;
      },
    },
    {
      name: 'SALES.SPLIT 100,000 weights, whole units',
      run: () => split(12_000_000, weightsCol, 1),
      // Largest remainder: floors, then one unit each to the largest remainders (a sort).
      baseline: () => {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += weightsCol[i][0] as number;
        const whole = new Array<number>(n);
        const rest = new Float64Array(n);
        let left = 12_000_000;
        for (let i = 0; i < n; i++) {
          const exact = ((weightsCol[i][0] as number) / sum) * 12_000_000;
          whole[i] = Math.floor(exact + 1e-9);
          rest[i] = exact - whole[i];
          left -= whole[i];
        }
        const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rest[b] - rest[a] || a - b);
        for (let k = 0; k < left; k++) whole[order[k]] += 1;
        return whole.map((u) => [u]);
      },
    },
    {
      name: 'SALES.LAGGING 100,000 values, zscore',
      run: () => lagging(historyCol),
      baseline: () => {
        const h = cells(historyCol);
        const [mean, sd] = meanAndSd(h, false);
        return h.map((v) => [v < mean - sd]);
      },
    },
    {
      name: 'SALES.LAGGING 100,000 values, quartile',
      run: () => lagging(historyCol, 'quartile'),
      // A full sort is the plain way to a quartile (the function selects in linear time).
      baseline: () => {
        const h = cells(historyCol);
        const sorted = Float64Array.from(h).sort();
        const q = sorted[Math.ceil(n * 0.25) - 1];
        return h.map((v) => [v <= q]);
      },
    },
    {
      name: 'SALES.ACHIEVABLE 100,000 history',
      run: () => achievable(1.1e6, 1e6, historyCol),
      baseline: () => achievableLoop(cells(historyCol), 0.1),
    },
    {
      name: 'SALES.SMART 100,000 history',
      run: () => (smart(1.1e6, 1e6, start, end, historyCol) as unknown[][])[0][2],
      baseline: () => achievableLoop(cells(historyCol), 0.1),
    },
    {
      name: 'SALES.ATTAINMENT 100,000 history, normal',
      run: () => attainment(historyCol, 500_000, 1_000_000, 300),
      baseline: () => {
        const [mean, sd] = meanAndSd(cells(historyCol), true);
        return normalCdf((500_000 + 300 * mean - 1_000_000) / (sd * Math.sqrt(300)));
      },
    },
    {
      name: 'SALES.FORECAST 100,000 history, 12 ahead',
      run: () => forecast(historyCol, 12),
      baseline: () => {
        const history = cells(historyCol);
        let sx = 0;
        let sy = 0;
        for (let i = 0; i < n; i++) {
          sx += i + 1;
          sy += history[i];
        }
        const mx = sx / n;
        const my = sy / n;
        let sxy = 0;
        let sxx = 0;
        for (let i = 0; i < n; i++) {
          sxy += (i + 1 - mx) * (history[i] - my);
          sxx += (i + 1 - mx) ** 2;
        }
        const m = sxy / sxx;
        return Array.from({ length: 12 }, (_, k) => [my + m * (n + k + 1 - mx)]);
      },
    },
    {
      name: 'SALES.FORECAST 100,000 history, seasons of 12',
      run: () => forecast(historyCol, 12, 12),
      baseline: () => seasonalLoop(cells(historyCol), 12),
    },
    {
      name: 'SALES.SEASONALITY 1,000 years x 100 periods',
      run: () => seasonality(years),
      // Complete years: the index is the mean over years of each year's shares.
      baseline: () => {
        const periods = years[0].length;
        const index = new Array<number>(periods).fill(0);
        for (const year of years) {
          let total = 0;
          for (let p = 0; p < periods; p++) total += year[p];
          for (let p = 0; p < periods; p++) index[p] += year[p] / total;
        }
        return [index.map((x) => x / years.length)];
      },
    },
    {
      name: 'SALES.PAYOUT 100,000 tiers, marginal',
      run: () => payout(12_345_678, 10_000, tiers),
      baseline: () => {
        let pay = 0;
        for (let i = 0; i < n; i++) {
          const top = i + 1 < n ? Math.min(12_345_678, tiers[i + 1][0] * 10_000) : 12_345_678;
          pay += tiers[i][1] * Math.max(0, top - tiers[i][0] * 10_000);
        }
        return pay;
      },
    },
    {
      name: 'SALES.PAYOUT 100,000 tiers, flat',
      run: () => payout(12_345_678, 10_000, tiers, 'flat'),
      baseline: () => {
        let rate = 0;
        for (let i = 0; i < n; i++) if (tiers[i][0] <= 12_345_678 / 10_000) rate = tiers[i][1];
        return 12_345_678 * rate;
      },
    },
    {
      name: 'SALES.RAMP 100,000 start dates',
      run: () => ramp(startsCol, start, end),
      baseline: () => {
        const first = monthIndex(start);
        const shares = [0.25, 0.5, 0.75];
        return starts.map((s) => {
          const m = monthIndex(s);
          let sum = 0;
          for (let month = first; month < first + 12; month++) {
            const tenure = month - m + 1;
            sum += tenure < 1 ? 0 : tenure > 3 ? 1 : shares[tenure - 1];
          }
          return [sum / 12];
        });
      },
    },
    {
      name: `SALES.PACE ${months.toLocaleString('en-US')} monthly weights (every month Excel has)`,
      run: () => pace(1e9, 4e8, paceStart, paceEnd, paceAsOf, monthWeights),
      baseline: () => {
        let total = 0;
        for (let i = 0; i < months; i++) total += monthWeights[i][0];
        let share = 0;
        for (let s = paceStart, i = 0; s <= paceAsOf; s = endOfMonth(s) + 1, i++) {
          const e = endOfMonth(s);
          share += (monthWeights[i][0] / total) * ((Math.min(paceAsOf, e) - s + 1) / (e - s + 1));
        }
        return 4e8 / (1e9 * share);
      },
    },
    {
      name: 'SALES.PROJECTION 100,000 calls',
      run: () => actuals.map((a) => projection(a, start, end, start + 100)),
      baseline: () => actuals.map((a) => a * ((end - start + 1) / 101)),
    },
  ];
}

/** ACHIEVABLE's arithmetic: growth points, their mean and sample deviation, the normal percentile. */
function achievableLoop(history: readonly number[], growth: number): number {
  const points: number[] = [];
  for (let i = 1; i < history.length; i++) points.push(history[i] / history[i - 1] - 1);
  const [mean, sd] = meanAndSd(points, true);
  return (1 + errorFunction((growth - mean) / sd / Math.SQRT2)) / 2;
}

/** FORECAST with seasons: one slope within season positions, each position its own level. */
function seasonalLoop(history: readonly number[], season: number): number[][] {
  const n = history.length;
  const count = new Float64Array(season);
  const sx = new Float64Array(season);
  const sy = new Float64Array(season);
  for (let i = 0; i < n; i++) {
    count[i % season] += 1;
    sx[i % season] += i + 1;
    sy[i % season] += history[i];
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const p = i % season;
    const dx = i + 1 - sx[p] / count[p];
    sxy += dx * (history[i] - sy[p] / count[p]);
    sxx += dx * dx;
  }
  const m = sxy / sxx;
  return Array.from({ length: 12 }, (_, k) => {
    const x = n + k + 1;
    const p = (x - 1) % season;
    return [m * x + sy[p] / count[p] - (m * sx[p]) / count[p]];
  });
}

/** True when two results agree to 1e-6 (relative), number by number, whatever their nesting. */
export function sameResult(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameResult(x, b[i]));
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}
