import fc from 'fast-check';
import { addFunctionPrefixes, filePrefixOf, toFileFormula } from '../../src/xlsx/future-functions';

describe('toFileFormula', () => {
  it('strips the leading = and prefixes post-2007 functions', () => {
    expect(toFileFormula('=STDEV.P(A1:A9)')).toBe('_xlfn.STDEV.P(A1:A9)');
    expect(toFileFormula('=SUM(A1:A9)')).toBe('SUM(A1:A9)');
  });

  it('prefixes nested calls and every occurrence', () => {
    expect(addFunctionPrefixes('IFNA(RANK.EQ(B2,B$2:B$9),0)+RANK.EQ(B3,B$2:B$9)')).toBe(
      '_xlfn.IFNA(_xlfn.RANK.EQ(B2,B$2:B$9),0)+_xlfn.RANK.EQ(B3,B$2:B$9)',
    );
    expect(addFunctionPrefixes('IF(XOR(A1,B1),MAXIFS(C:C,D:D,">0"),MINIFS(C:C,D:D,"<0"))')).toBe(
      'IF(_xlfn.XOR(A1,B1),_xlfn.MAXIFS(C:C,D:D,">0"),_xlfn.MINIFS(C:C,D:D,"<0"))',
    );
  });

  it('uses the canonical upper-case name, whatever case the spec used', () => {
    expect(addFunctionPrefixes('forecast.linear(6,B2:B6,A2:A6)')).toBe('_xlfn.FORECAST.LINEAR(6,B2:B6,A2:A6)');
  });

  it('gives FILTER and SORT their second namespace', () => {
    expect(addFunctionPrefixes('SORT(FILTER(A1:A9,B1:B9>0))')).toBe('_xlfn._xlws.SORT(_xlfn._xlws.FILTER(A1:A9,B1:B9>0))');
  });

  it('leaves string literals, quoted sheet names and prefixed names alone', () => {
    expect(addFunctionPrefixes('CONCAT("STDEV.P(""x"")",A1)')).toBe('_xlfn.CONCAT("STDEV.P(""x"")",A1)');
    expect(addFunctionPrefixes("SUM('IFS(x'!A1,'It''s IFS('!B2)")).toBe("SUM('IFS(x'!A1,'It''s IFS('!B2)");
    expect(addFunctionPrefixes('_xlfn.STDEV.P(A1:A2)+_XLFN.RANK.EQ(A1,A1:A2)')).toBe('_xlfn.STDEV.P(A1:A2)+_XLFN.RANK.EQ(A1,A1:A2)');
  });

  it('does not touch names that are not calls, sheet-qualified names or pre-2007 functions', () => {
    expect(addFunctionPrefixes('STDEV.P+IFS')).toBe('STDEV.P+IFS'); // defined names, no "("
    expect(addFunctionPrefixes('Book!IFS(1)')).toBe('Book!IFS(1)');
    expect(addFunctionPrefixes('ISO.CEILING(A1)+WORKDAY.INTL(A1,5)+STDEV(A1:A3)+RANK(A1,A1:A3)')).toBe(
      'ISO.CEILING(A1)+WORKDAY.INTL(A1,5)+STDEV(A1:A3)+RANK(A1,A1:A3)',
    );
  });

  it('knows which names need which prefix', () => {
    expect(filePrefixOf('rank.eq')).toBe('_xlfn.');
    expect(filePrefixOf('FILTER')).toBe('_xlfn._xlws.');
    expect(filePrefixOf('SUM')).toBe('');
  });
});

describe('addFunctionPrefixes properties', () => {
  const future = ['STDEV.P', 'RANK.EQ', 'FORECAST.LINEAR', 'IFNA', 'CONCAT', 'QUARTILE.INC', 'NORM.S.DIST', 'SORT'];
  const classic = ['SUM', 'IF', 'INDEX', 'MATCH', 'STDEV', 'ROUND'];
  const literalText = fc.string({ unit: 'grapheme' }).map((s) => `"${s.replace(/"/g, '""')}"`);
  const token = fc.oneof(
    fc.constantFrom(...future, ...classic).map((name) => `${name}(`),
    fc.constantFrom(')', ',', '+', '*', 'A1', '$B$2:$B$9', '3.5E+2', 'Target', "'Q1 ''25'!C3"),
    literalText,
  );
  const formula = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(''));
  const strip = (text: string) => text.replace(/_xlfn\.(_xlws\.)?/g, '');

  it('is idempotent', () => {
    fc.assert(fc.property(formula, (f) => addFunctionPrefixes(addFunctionPrefixes(f)) === addFunctionPrefixes(f)));
  });

  it('only ever inserts prefixes (removing them gives the input back)', () => {
    // The generated formulas hold no "_xlfn." text of their own, so stripping is exact.
    fc.assert(fc.property(formula, (f) => strip(addFunctionPrefixes(f)) === f));
  });

  it('prefixes every call of a future function outside literals, and nothing inside them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...future), literalText), { minLength: 1, maxLength: 8 }), (pairs) => {
        const input = pairs.map(([name, text]) => `${name}(${text})`).join('+');
        const expected = pairs.map(([name, text]) => `${filePrefixOf(name)}${name}(${text})`).join('+');
        return addFunctionPrefixes(input) === expected;
      }),
    );
  });
});
