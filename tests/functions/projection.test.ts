import { projection } from '../../src/functions/projection';
import { excelErrorOf } from './support/excel-error';

describe('SALES.PROJECTION', () => {
  it('=SALES.PROJECTION(320000, 2024-01-01, 2024-01-30, 2024-01-20) = 480000 (16,000 a day × 30)', () => {
    expect(projection(320000, 45292, 45321, 45311)).toBeCloseTo(480000, 6);
  });

  it('time stamps count as their day: 2024-01-20 18:00 is still day 20', () => {
    expect(projection(320000, 45292, 45321, 45311.75)).toBeCloseTo(480000, 6);
  });

  it.each([
    ['actual', () => projection('320000' as unknown as number, 45292, 45321, 45311)],
    ['start_date', () => projection(1, false as unknown as number, 45321, 45311)],
    ['end_date', () => projection(1, 45292, null as unknown as number, 45311)],
    ['as_of', () => projection(1, 45292, 45321, '' as unknown as number)],
  ])('#VALUE! naming %s for text, booleans and blanks', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it('#NUM! for a negative actual or a period ending before it starts; #N/A before the start', () => {
    expect(excelErrorOf(() => projection(-1, 45292, 45321, 45311))).toMatchObject({
      code: '#NUM!',
      message: '', // Excel shows no message with #NUM!
    });
    expect(excelErrorOf(() => projection(1, 45321, 45292, 45321))).toMatchObject({
      code: '#NUM!',
      message: '', // Excel shows no message with #NUM!
    });
    expect(excelErrorOf(() => projection(1, 45292, 45321, 45291))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('as_of'),
    });
  });
});
