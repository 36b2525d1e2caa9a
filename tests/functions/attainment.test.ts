import { attainment } from '../../src/functions/attainment';
import { excelErrorOf } from './support/excel-error';

describe('SALES.ATTAINMENT', () => {
  it('the worked example of docs/functions.md: {100;120;80;100}, 400 to date, quota 750, 3 left → 0.0385 (normal)', () => {
    expect(attainment([[100], [120], [80], [100]], 400, 750, 3)).toBeCloseTo(0.03854993587177092, 12);
    expect(attainment([[100, 120, 80, 100]], 400, 750, 3, 'Normal')).toBeCloseTo(0.03854993587177092, 12);
  });

  it('"bootstrap" (any case) is deterministic and differs from the normal figure on 4 lumpy months', () => {
    const b = attainment([[100], [120], [80], [100]], 400, 750, 3, 'BOOTSTRAP');
    expect(attainment([[100], [120], [80], [100]], 400, 750, 3, 'bootstrap')).toBe(b);
    expect(b).toBeCloseTo(0.0158, 4); // docs/functions.md: 158 of 10,000 resamples
    expect(attainment([[100], [120], [80], [100]], 400, 650, 3)).toBeCloseTo(0.9615, 4);
  });

  it('1 once quota is met, 0 with no period left; blanks in history are skipped', () => {
    expect(attainment([[null]], 800, 750, 3)).toBe(1);
    expect(attainment([[100], [120]], 700, 750, 0)).toBe(0);
    expect(attainment([[100], [null], [120], [80], [100]], 400, 750, 3)).toBeCloseTo(0.03854993587177092, 12);
  });

  it.each([
    [
      'history',
      () =>
        attainment(
          [
            [1, 2],
            [3, 4],
          ],
          0,
          1,
          1,
        ),
    ],
    ['history', () => attainment([[1], ['x']], 0, 1, 1)],
    ['actual', () => attainment([[1], [2]], null as unknown as number, 1, 1)],
    ['quota', () => attainment([[1], [2]], 0, 'q' as unknown as number, 1)],
    ['remaining', () => attainment([[1], [2]], 0, 1, true as unknown as number)],
    ['method', () => attainment([[1], [2]], 0, 1, 1, 'monte carlo')],
  ])('#VALUE! naming %s for wrong type or shape', (arg, call) => {
    const error = excelErrorOf(call);
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain(arg);
  });

  it('#NUM! (no message) for remaining outside 0..1000; #N/A naming history with fewer than 2 numbers', () => {
    expect(excelErrorOf(() => attainment([[1], [2]], 0, 1, -1))).toMatchObject({ code: '#NUM!', message: '' });
    expect(excelErrorOf(() => attainment([[1], [2]], 0, 1, 1001))).toMatchObject({ code: '#NUM!', message: '' });
    expect(excelErrorOf(() => attainment([[5], [null]], 0, 1, 2))).toMatchObject({
      code: '#N/A',
      message: expect.stringContaining('history'),
    });
  });
});
