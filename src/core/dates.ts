/**
 * Excel serial dates (1900 date system) ↔ calendar dates, ISO text and JavaScript `Date`s:
 * the one place that knows Excel's epoch.
 *
 * Excel counts serial 1 = 1900-01-01 and, to stay compatible with Lotus 1-2-3,
 * believes 1900 was a leap year: serial 60 is the fictitious 1900-02-29, and
 * from serial 61 (1900-03-01) on, serial = days since 1899-12-30. We follow
 * Excel exactly, so month arithmetic here agrees with EOMONTH/DATE in a sheet.
 * The fractional part of a serial is the time of day.
 */

/** A calendar date; `month` is 1..12, `day` 1..31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The largest serial Excel accepts as a date: 9999-12-31. */
export const MAX_EXCEL_DATE = 2958465;

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;
/** The serial of 1970-01-01, where JavaScript time starts: serial = 25569 + days since then. */
export const UNIX_EPOCH_SERIAL = 25569;
/** Serial 61 = 1900-03-01 = 1899-12-30 + 61 days (serial 0 of the linear count). */
const EPOCH_AFTER_LEAP_BUG = -UNIX_EPOCH_SERIAL * DAY_MS;
/** Serials 0..59 = 1899-12-31 + serial days. */
const EPOCH_BEFORE_LEAP_BUG = EPOCH_AFTER_LEAP_BUG + DAY_MS;

/**
 * **Serial to calendar date.** The fractional part (time of day) is ignored.
 *
 * @example
 * serialToYmd(45292); // => { year: 2024, month: 1, day: 1 }
 * serialToYmd(60);    // => { year: 1900, month: 2, day: 29 } (Excel's fictitious day)
 */
export function serialToYmd(serial: number): Ymd {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const epoch = whole < 60 ? EPOCH_BEFORE_LEAP_BUG : EPOCH_AFTER_LEAP_BUG;
  const date = new Date(epoch + whole * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * **Calendar date to serial**, like Excel's `DATE(year, month, day)`: months and
 * days out of range roll over (month 13 is January of the next year, day 0 is
 * the last day of the previous month).
 *
 * @example
 * ymdToSerial(2024, 1, 1);  // => 45292
 * ymdToSerial(2024, 3, 0);  // => 45351 (2024-02-29)
 */
export function ymdToSerial(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const utc = Date.UTC(year, month - 1, day);
  const afterLeapBug = utc >= Date.UTC(1900, 2, 1);
  return Math.round((utc - (afterLeapBug ? EPOCH_AFTER_LEAP_BUG : EPOCH_BEFORE_LEAP_BUG)) / DAY_MS);
}

/**
 * **Month index**: a running count of calendar months, `year · 12 + (month − 1)`,
 * so that the difference of two indexes is the number of whole months between
 * their months (what tenure and "months the period touches" need).
 *
 * @example
 * monthIndex(45658) - monthIndex(45292); // => 12 (2025-01 is 12 months after 2024-01)
 */
export function monthIndex(serial: number): number {
  const { year, month } = serialToYmd(serial);
  return year * 12 + (month - 1);
}

/** Serial of the last day of the month that `serial` falls in (Excel's `EOMONTH(serial, 0)`). */
export function endOfMonth(serial: number): number {
  const { year, month } = serialToYmd(serial);
  if (year === 1900 && month === 2) return 60;
  return ymdToSerial(year, month + 1, 0);
}

/**
 * **Serial to ISO date**, `yyyy-mm-dd` (what a date input shows and Office.js date rules
 * take). The time of day is dropped.
 *
 * @example
 * serialToIso(46023); // => '2026-01-01'
 */
export function serialToIso(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * **ISO date to serial**: `yyyy-mm-dd` of a real calendar day, else `null` (no roll-over:
 * `2026-02-30` is not March 2nd).
 *
 * @example
 * isoToSerial('2026-01-01'); // => 46023
 * isoToSerial('2026-02-30'); // => null
 */
export function isoToSerial(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const serial = ymdToSerial(+m[1], +m[2], +m[3]);
  const back = serialToYmd(serial);
  return back.month === +m[2] && back.day === +m[3] ? serial : null;
}

/**
 * **Serial to `Date`**: the instant whose UTC date and time the serial is (the form ExcelJS
 * takes dates in). Linear in the serial, so exact from serial 61 (1900-03-01) on; earlier
 * serials land a day early, as Excel's fictitious 1900-02-29 has no instant.
 *
 * @example
 * serialToDate(46023.5).toISOString(); // => '2026-01-01T12:00:00.000Z'
 */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
}

/**
 * **`Date` to serial**, the inverse of {@link serialToDate}: the serial of the instant's UTC
 * date and time.
 *
 * @example
 * dateToSerial(new Date('2026-01-01T12:00:00Z')); // => 46023.5
 */
export function dateToSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
}

/**
 * **Local serial**: the serial of the date and time a clock shows where `date` is read (the
 * local time zone), what a user expects in a cell for "now".
 *
 * @example
 * localSerial(new Date(2026, 0, 1, 18)); // => 46023.75 in any time zone
 */
export function localSerial(date: Date): number {
  return dateToSerial(new Date(date.getTime() - date.getTimezoneOffset() * 60_000));
}
