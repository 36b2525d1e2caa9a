/**
 * `npm run demo`: builds the bundled sample plan and writes it as an .xlsx file, offline,
 * so anyone can see the planning workbook without Excel or the add-in.
 *
 *   npm run demo                                  # 25 reps, en-US → demo/sales-plan.xlsx
 *   npm run demo -- --reps 5000 --locale zh-CN --out /tmp/big.xlsx
 *
 * Exit codes: 0 written, 1 failed while building or writing, 2 bad command line.
 */
import { mkdirSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { parseArgs } from 'util';
import { buildPlan, computeQuotas, planPeriods, reviewSnapshot, workbookText } from '../src/workbook';
import type { PlanSetup, Rep } from '../src/workbook/plan';
import { sampleInputs } from '../src/workbook/sample-actuals';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../src/core/locale';
import type { CellValue, InputValues } from '../src/workbook/spec';
import { writeXlsxFile } from '../src/xlsx';

const MAX_REPS = 20_000;
const DEFAULT_OUT = join(__dirname, '..', 'demo', 'sales-plan.xlsx');

const USAGE = `Usage: npm run demo -- [options]

Builds the sample sales plan and writes it as an Excel workbook.

Options:
  --reps N          team size, 1 to ${MAX_REPS} (default 25)
  --locale L        ${LOCALES.join(' or ')}: sheet names, headers, people (default ${DEFAULT_LOCALE})
  --seed N          sample generator seed (default 2026)
  --out FILE        where to write (default demo/sales-plan.xlsx)
  --help            show this help`;

interface DemoOptions {
  reps: number;
  locale: Locale;
  seed: number;
  out: string;
}

class UsageError extends Error {}

function wholeNumber(text: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/** The options, or `undefined` after printing help. Throws UsageError on a bad command line. */
function parseOptions(argv: string[]): DemoOptions | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        reps: { type: 'string' },
        locale: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return undefined;
  const locale = values.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) throw new UsageError(`--locale must be ${LOCALES.join(' or ')}, not "${values.locale}"`);
  return {
    reps: wholeNumber(values.reps, '--reps', 25, 1, MAX_REPS),
    seed: wholeNumber(values.seed, '--seed', 2026, 0, 2 ** 32 - 1),
    locale,
    out: values.out ? resolve(values.out) : DEFAULT_OUT,
  };
}

/**
 * The Review sheet as a team would have filled it: a snapshot at the end of each completed
 * month up to the as-of date, each seeing only the actuals entered by then.
 */
function monthlyReviews(setup: PlanSetup, reps: Rep[], inputs: InputValues, locale: Locale): CellValue[][] {
  const periods = planPeriods(setup, workbookText(locale));
  const quotas = computeQuotas(setup, reps, periods).table;
  return periods
    .filter((period) => period.end <= setup.asOf)
    .flatMap((period, k, done) => {
      const entered = new Set(done.slice(0, k + 1).map((p) => p.id));
      // Actuals keys are `actuals!<rep id>|<period id>!<metric>`.
      const seen = Object.fromEntries(Object.entries(inputs).filter(([key]) => entered.has(key.split('!')[1].split('|')[1])));
      return reviewSnapshot({ ...setup, asOf: period.end }, reps, quotas, seen, period.end, locale);
    });
}

async function main(argv: string[]): Promise<number> {
  let options: DemoOptions | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`demo: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const { setup, reps, inputs } = sampleInputs({ reps: options.reps, seed: options.seed, locale: options.locale });
  const review = monthlyReviews(setup, reps, inputs, options.locale);
  const spec = buildPlan(setup, reps, inputs, options.locale, { review });
  mkdirSync(dirname(options.out), { recursive: true });
  await writeXlsxFile(spec, options.out);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const shown = relative(process.cwd(), options.out) || options.out;
  console.log(shown.startsWith('..') ? options.out : shown);
  console.log(
    `${reps.length} reps × ${setup.periodCount} periods, ${spec.sheets.length} sheets ` +
      `(${spec.sheets.map((sheet) => sheet.name).join(', ')}), ${options.locale}, in ${seconds} s`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
