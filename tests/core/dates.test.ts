import fc from 'fast-check';
import {
  DAY_MS,
  dateToSerial,
  endOfMonth,
  isoToSerial,
  localSerial,
  MAX_EXCEL_DATE,
  serialToDate,
  serialToIso,
  serialToYmd,
  UNIX_EPOCH_SERIAL,
  ymdToSerial,
} from '../../src/core/dates';

// Expected serials are Excel's, computed independently: for dates from 1900-03-01 on,
// serial = days since 1899-12-30 (Python's date arithmetic); before that Excel counts
// from 1899-12-31 and has a fictitious 1900-02-29 at serial 60.
describe('Excel serial dates', () => {
  it.each([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [60, 1900, 2, 29],
    [61, 1900, 3, 1],
    [45292, 2024, 1, 1],
    [45351, 2024, 2, 29],
    [45382, 2024, 3, 31],
    [MAX_EXCEL_DATE, 9999, 12, 31],
  ])('serial %i is %i-%i-%i, both ways', (serial, year, month, day) => {
    expect(serialToYmd(serial)).toEqual({ year, month, day });
    expect(ymdToSerial(year, month, day)).toBe(serial);
  });

  it('drops the time of day', () => {
    expect(serialToYmd(45292.9)).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('rolls months and days over like DATE: month 13 and day 0', () => {
    expect(ymdToSerial(2023, 13, 1)).toBe(45292);
    expect(ymdToSerial(2024, 3, 0)).toBe(45351);
  });

  it('endOfMonth is EOMONTH(serial, 0), including 2024 and Excel 1900 leap days', () => {
    expect(endOfMonth(45292)).toBe(45322); // 2024-01-31
    expect(endOfMonth(45337)).toBe(45351); // 2024-02-15 → 2024-02-29
    expect(endOfMonth(40)).toBe(60); // 1900-02-09 → Excel's 1900-02-29
    expect(endOfMonth(MAX_EXCEL_DATE)).toBe(MAX_EXCEL_DATE);
  });

  it('property: every serial survives the round trip, and the next day is day 1 or day + 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_EXCEL_DATE - 1 }), (serial) => {
        const today = serialToYmd(serial);
        expect(ymdToSerial(today.year, today.month, today.day)).toBe(serial);
        const tomorrow = serialToYmd(serial + 1);
        if (tomorrow.day !== 1) expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
        else expect(endOfMonth(serial)).toBe(serial);
      }),
    );
  });
});

describe('serials as ISO text and as Dates', () => {
  it('the epoch: serial 25569 is 1970-01-01, where JavaScript time starts', () => {
    expect(serialToIso(UNIX_EPOCH_SERIAL)).toBe('1970-01-01');
    expect(serialToDate(UNIX_EPOCH_SERIAL).getTime()).toBe(0);
    expect(dateToSerial(new Date(Date.UTC(2026, 0, 1)))).toBe(46023);
  });

  it.each([
    [1, '1900-01-01'],
    [60, '1900-02-29'],
    [45351, '2024-02-29'],
    [46023, '2026-01-01'],
    [MAX_EXCEL_DATE, '9999-12-31'],
  ])('serial %i is %s, both ways', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('ISO text: the time of day is dropped; only real days in yyyy-mm-dd are read', () => {
    expect(serialToIso(46023.99)).toBe('2026-01-01');
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-1', '01/01/2026', ' 2026-01-01']) expect(isoToSerial(bad)).toBeNull();
  });

  it('a Date is the UTC instant of the serial, time of day included, from 1900-03-01 on', () => {
    expect(serialToDate(46023.5).toISOString()).toBe('2026-01-01T12:00:00.000Z');
    expect(dateToSerial(new Date('2026-01-01T18:00:00Z'))).toBe(46023.75);
    expect(serialToDate(61).toISOString().slice(0, 10)).toBe(serialToIso(61));
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('property: Date and ISO text agree with the calendar helpers for every serial from 61 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_DATE }), (serial) => {
        expect(dateToSerial(serialToDate(serial))).toBe(serial);
        expect(serialToDate(serial).toISOString().slice(0, 10)).toBe(serialToIso(serial));
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
      }),
    );
  });

  it('local serial: what the clock shows where the Date is read, whatever the time zone', () => {
    const sixPm = new Date(2026, 0, 1, 18, 0, 0); // local time
    expect(localSerial(sixPm)).toBe(46023.75);
    expect(serialToIso(localSerial(new Date(2026, 6, 1, 0, 30)))).toBe('2026-07-01');
  });
});
