/** Runs `fn` `times` times after a warm-up and returns each run's duration in ms. */
export function time(fn: () => unknown, times: number): number[] {
  for (let i = 0; i < Math.min(5, times); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
