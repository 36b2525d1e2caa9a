import fc from 'fast-check';
import {
  absLines,
  columnLetter,
  columnNumber,
  columnsAddress,
  parseCell,
  parseRange,
  pos,
  quoteSheet,
  rect,
  rectAddress,
  rectAt,
  rowsAddress,
  sheetOfAddress,
  sheetRef,
} from '../../src/workbook/a1';
import { MAX_COLUMNS, MAX_ROWS } from '../../src/workbook/excel-limits';

describe('column letters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [MAX_COLUMNS, 'XFD'],
  ])('column %i is %s, both ways', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });

  it('reads lower case and refuses what is not a column', () => {
    expect(columnNumber('xfd')).toBe(MAX_COLUMNS);
    for (const bad of ['', 'A1', 'ABCD', 'É']) expect(() => columnNumber(bad)).toThrow(/Not a column/);
  });

  it('property: every column of a sheet survives the round trip', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: MAX_COLUMNS }), (column) => expect(columnNumber(columnLetter(column))).toBe(column)));
  });
});

describe('spec positions as addresses', () => {
  it('pos and rect take (column, row) like cell and range; a rect is normalised', () => {
    expect(pos(3, 5)).toEqual({ row: 5, column: 3 });
    expect(rect(3, 5, 6, 9)).toEqual({ top: 5, left: 3, bottom: 9, right: 6 });
    expect(rect(6, 9, 3, 5)).toEqual(rect(3, 5, 6, 9));
    expect(rect(3, 5)).toEqual({ top: 5, left: 3, bottom: 5, right: 3 });
    expect(rectAt(pos(2, 4), 6, 3)).toEqual(rect(2, 4, 4, 9));
  });

  it('prints a rectangle as B4:D9, one cell as B4, whole columns as D:E', () => {
    expect(rectAddress(rect(2, 4, 4, 9))).toBe('B4:D9');
    expect(rectAddress(rect(2, 4))).toBe('B4');
    expect(columnsAddress(4)).toBe('D:D');
    expect(columnsAddress(4, 5)).toBe('D:E');
  });

  it('prints whole rows as 4:4 or 1:4, and print titles absolute: $1:$4, $A:$B', () => {
    expect(rowsAddress(4)).toBe('4:4');
    expect(rowsAddress(1, 4)).toBe('1:4');
    expect(parseRange(rowsAddress(1, 4))).toEqual({ top: 1, left: 1, bottom: 4, right: MAX_COLUMNS });
    expect(absLines('rows', 1, 4)).toBe('$1:$4');
    expect(absLines('columns', 1, 2)).toBe('$A:$B');
    expect(absLines('columns', 27)).toBe('$AA:$AA');
  });

  it('quotes every sheet name in a reference, doubling inner quotes', () => {
    expect(sheetRef('目标分解', 'B5')).toBe("'目标分解'!B5");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  });
});

describe('parsing addresses', () => {
  it('reads the sheet of an address as Range.address gives it, quoted or not', () => {
    expect(sheetOfAddress('Sheet1!B2:C9')).toBe('Sheet1');
    expect(sheetOfAddress("'Change log'!A1")).toBe('Change log');
    expect(sheetOfAddress("'O''Brien!'!A:A")).toBe("O'Brien!");
    expect(() => sheetOfAddress('B2')).toThrow('No sheet');
  });

  it('reads back the sheet of every reference sheetRef writes (property)', () => {
    const name = fc.string({ minLength: 1, maxLength: 31 }).filter((n) => !/[\\/?*[\]:]/.test(n));
    fc.assert(fc.property(name, (n) => expect(sheetOfAddress(sheetRef(n, 'A1:B2'))).toBe(n)));
  });

  it('reads a cell, with or without $', () => {
    expect(parseCell('B4')).toEqual(pos(2, 4));
    expect(parseCell('$AA$10')).toEqual(pos(27, 10));
    for (const bad of ['B0', '4B', 'B4:C5', 'B']) expect(() => parseCell(bad)).toThrow(/Not a cell address/);
  });

  it('reads what getRange takes: cells, ranges either way round, whole columns and rows, a sheet prefix', () => {
    expect(parseRange('B4')).toEqual(rect(2, 4));
    expect(parseRange('$D$9:B4')).toEqual(rect(2, 4, 4, 9));
    expect(parseRange("'Plan ''A'''!D:E")).toEqual({ top: 1, left: 4, bottom: MAX_ROWS, right: 5 });
    expect(parseRange('5:9')).toEqual({ top: 5, left: 1, bottom: 9, right: MAX_COLUMNS });
    expect(parseRange('A:XFD')).toEqual({ top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS });
  });

  it('refuses nonsense and addresses outside the sheet', () => {
    for (const bad of ['', ':', 'B4:C5:D6', 'B-4', 'ABCD1']) expect(() => parseRange(bad)).toThrow(/not valid/);
    for (const outside of ['XFE1', 'A1048577', 'A0']) expect(() => parseRange(outside)).toThrow(/outside the sheet/);
  });

  it('property: a rectangle survives printing and parsing', () => {
    const coordinate = (max: number) => fc.integer({ min: 1, max });
    fc.assert(
      fc.property(coordinate(MAX_COLUMNS), coordinate(MAX_ROWS), coordinate(MAX_COLUMNS), coordinate(MAX_ROWS), (c1, r1, c2, r2) => {
        const area = rect(c1, r1, c2, r2);
        expect(parseRange(rectAddress(area))).toEqual(area);
      }),
    );
  });
});
