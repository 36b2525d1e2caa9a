/**
 * Functions newer than Excel 2007 are stored in .xlsx files under a prefix (`_xlfn.STDEV.P`);
 * written bare, Excel and LibreOffice read them as unknown names and show `#NAME?`. Office.js
 * `range.formulas` takes the bare names, so the spec keeps them bare and this file adds the prefix.
 *
 * The list follows the "future functions" of the Office Open XML writers (XlsxWriter's table,
 * checked against LibreOffice's OOXML import): Excel 2010–2021 and dynamic-array functions.
 * Deliberately absent because Excel stores them bare: ISO.CEILING, NETWORKDAYS.INTL,
 * WORKDAY.INTL and every pre-2007 function.
 */

const XLFN = '_xlfn.';
/** FILTER and SORT live in a second namespace as well. */
const XLWS = '_xlfn._xlws.';

const FUTURE_FUNCTIONS: readonly string[] = [
  // Excel 2010: statistics with precise names, math
  'AGGREGATE',
  'BETA.DIST',
  'BETA.INV',
  'BINOM.DIST',
  'BINOM.INV',
  'CEILING.PRECISE',
  'CHISQ.DIST',
  'CHISQ.DIST.RT',
  'CHISQ.INV',
  'CHISQ.INV.RT',
  'CHISQ.TEST',
  'CONFIDENCE.NORM',
  'CONFIDENCE.T',
  'COVARIANCE.P',
  'COVARIANCE.S',
  'ERF.PRECISE',
  'ERFC.PRECISE',
  'EXPON.DIST',
  'F.DIST',
  'F.DIST.RT',
  'F.INV',
  'F.INV.RT',
  'F.TEST',
  'FLOOR.PRECISE',
  'GAMMA.DIST',
  'GAMMA.INV',
  'GAMMALN.PRECISE',
  'HYPGEOM.DIST',
  'LOGNORM.DIST',
  'LOGNORM.INV',
  'MODE.MULT',
  'MODE.SNGL',
  'NEGBINOM.DIST',
  'NORM.DIST',
  'NORM.INV',
  'NORM.S.DIST',
  'NORM.S.INV',
  'PERCENTILE.EXC',
  'PERCENTILE.INC',
  'PERCENTRANK.EXC',
  'PERCENTRANK.INC',
  'POISSON.DIST',
  'QUARTILE.EXC',
  'QUARTILE.INC',
  'RANK.AVG',
  'RANK.EQ',
  'STDEV.P',
  'STDEV.S',
  'T.DIST',
  'T.DIST.2T',
  'T.DIST.RT',
  'T.INV',
  'T.INV.2T',
  'T.TEST',
  'VAR.P',
  'VAR.S',
  'WEIBULL.DIST',
  'Z.TEST',
  // Excel 2013
  'ACOT',
  'ACOTH',
  'ARABIC',
  'BASE',
  'BINOM.DIST.RANGE',
  'BITAND',
  'BITLSHIFT',
  'BITOR',
  'BITRSHIFT',
  'BITXOR',
  'CEILING.MATH',
  'COMBINA',
  'COT',
  'COTH',
  'CSC',
  'CSCH',
  'DAYS',
  'DECIMAL',
  'ENCODEURL',
  'FILTERXML',
  'FLOOR.MATH',
  'FORMULATEXT',
  'GAMMA',
  'GAUSS',
  'IFNA',
  'IMCOSH',
  'IMCOT',
  'IMCSC',
  'IMCSCH',
  'IMSEC',
  'IMSECH',
  'IMSINH',
  'IMTAN',
  'ISFORMULA',
  'ISOWEEKNUM',
  'MUNIT',
  'NUMBERVALUE',
  'PDURATION',
  'PERMUTATIONA',
  'PHI',
  'RRI',
  'SEC',
  'SECH',
  'SHEET',
  'SHEETS',
  'SKEW.P',
  'UNICHAR',
  'UNICODE',
  'WEBSERVICE',
  'XOR',
  // Excel 2016 / 2019
  'CONCAT',
  'FORECAST.ETS',
  'FORECAST.ETS.CONFINT',
  'FORECAST.ETS.SEASONALITY',
  'FORECAST.ETS.STAT',
  'FORECAST.LINEAR',
  'IFS',
  'MAXIFS',
  'MINIFS',
  'SWITCH',
  'TEXTJOIN',
  // Excel 2021 / 365: dynamic arrays and lambdas (not used in generated sheets, but users' own)
  'ANCHORARRAY',
  'ARRAYTOTEXT',
  'BYCOL',
  'BYROW',
  'CHOOSECOLS',
  'CHOOSEROWS',
  'DROP',
  'EXPAND',
  'HSTACK',
  'IMAGE',
  'ISOMITTED',
  'LAMBDA',
  'LET',
  'MAKEARRAY',
  'MAP',
  'RANDARRAY',
  'REDUCE',
  'SCAN',
  'SEQUENCE',
  'SINGLE',
  'SORTBY',
  'TAKE',
  'TEXTAFTER',
  'TEXTBEFORE',
  'TEXTSPLIT',
  'TOCOL',
  'TOROW',
  'UNIQUE',
  'VALUETOTEXT',
  'VSTACK',
  'WRAPCOLS',
  'WRAPROWS',
  'XLOOKUP',
  'XMATCH',
];

/** Upper-case name → the prefix the file format wants in front of it. */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ...FUTURE_FUNCTIONS.map((name) => [name, XLFN] as const),
  ['FILTER', XLWS],
  ['SORT', XLWS],
]);

/** The prefix `name` needs in a file (`_xlfn.`, `_xlfn._xlws.`), or '' if it is stored bare. */
export function filePrefixOf(name: string): string {
  return PREFIXES.get(name.toUpperCase()) ?? '';
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_PART = /[A-Za-z0-9_.\\]/;

/** End (exclusive) of a quoted run starting at `start`: "…" strings or '…' sheet names, doubled quote = escape. */
function endOfQuoted(formula: string, start: number): number {
  const quote = formula[start];
  let index = start + 1;
  while (index < formula.length) {
    if (formula[index] === quote) {
      if (formula[index + 1] !== quote) return index + 1;
      index += 2;
    } else {
      index++;
    }
  }
  return formula.length; // unterminated: leave the rest alone
}

/**
 * Adds the file-format prefix to every call of a post-2007 function in `formula` (no leading `=`).
 * Text inside string literals and quoted sheet names is untouched; names already carrying a
 * `_xl…` prefix, sheet-qualified names (`Sheet1!X(`) and plain names without `(` are left as is.
 *
 * @example addFunctionPrefixes('IFERROR(RANK.EQ(B2,B$2:B$9),"RANK.EQ(")')
 *   // 'IFERROR(_xlfn.RANK.EQ(B2,B$2:B$9),"RANK.EQ(")'
 */
export function addFunctionPrefixes(formula: string): string {
  let out = '';
  let index = 0;
  while (index < formula.length) {
    const char = formula[index];
    if (char === '"' || char === "'") {
      const end = endOfQuoted(formula, index);
      out += formula.slice(index, end);
      index = end;
    } else if (NAME_START.test(char)) {
      let end = index + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end++;
      const name = formula.slice(index, end);
      const isCall = formula[end] === '(';
      const qualified = out.endsWith('!');
      const prefix = isCall && !qualified && !/^_xl/i.test(name) ? filePrefixOf(name) : '';
      out += prefix ? prefix + name.toUpperCase() : name;
      index = end;
    } else {
      out += char;
      index++;
    }
  }
  return out;
}

/** A spec formula (`=STDEV.P(A1:A9)`) as the file stores it (`_xlfn.STDEV.P(A1:A9)`). */
export function toFileFormula(formula: string): string {
  return addFunctionPrefixes(formula.startsWith('=') ? formula.slice(1) : formula);
}
