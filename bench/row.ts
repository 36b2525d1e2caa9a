/** One figure of `npm run bench`: a line of the table, and its numbers for `--json`. */
export interface BenchRow {
  name: string;
  /** As printed in the table. */
  figure: string;
  /** The figure's numbers (bytes, counts, milliseconds), for `npm run bench -- --json`. */
  data?: Record<string, number | string>;
}

/** A row from the older `[name, figure]` pairs. */
export const row = ([name, figure]: [string, string]): BenchRow => ({ name, figure });
