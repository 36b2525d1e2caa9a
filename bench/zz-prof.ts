import { installCustomFunctionsGlobal } from './custom-functions-global';
installCustomFunctionsGlobal();
(async () => {
  const { isBlankRange } = await import('../src/functions/support/args');
  const { median, time } = await import('./timing');
  const n = 100000;
  const tiers = Array.from({ length: n }, (_, i) => [i * 0.01, (i % 100) / 100]);
  const t = (name: string, f: () => unknown) => console.log(name, median(time(f, 20)).toFixed(2));
  t('isBlank', () => {
    let k = 0;
    for (const r of tiers) if (isBlankRange(r[0])) k++;
    return k;
  });
})();
