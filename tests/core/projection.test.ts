import fc from 'fast-check';
import { projection } from '../../src/core/projection';
import { expectDomainError } from './support/domain-error';

describe('projection', () => {
  it('320,000 in 20 of 30 days is 16,000 a day → 480,000', () => {
    expect(projection(320000, 45292, 45321, 45311)).toBeCloseTo(480000, 6);
  });

  it('on the first day: 1 day’s result × 31 days of January', () => {
    expect(projection(1000, 45292, 45322, 45292)).toBeCloseTo(31000, 6);
  });

  it('at or after the end the projection is the actual', () => {
    expect(projection(777, 45292, 45321, 45321)).toBeCloseTo(777, 9);
    expect(projection(777, 45292, 45321, 46000)).toBeCloseTo(777, 9);
  });

  it('property: the projection is never below the actual and is linear in it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        (actual, length, offset) => {
          const p = projection(actual, 45292, 45292 + length, 45292 + offset);
          expect(p).toBeGreaterThanOrEqual(actual * (1 - 1e-12));
          expect(projection(2 * actual, 45292, 45292 + length, 45292 + offset)).toBeCloseTo(2 * p, 3);
        },
      ),
    );
  });

  it('errors: negative actual #NUM!, as_of before start #N/A, end before start #NUM!, NaN #VALUE!', () => {
    expectDomainError(() => projection(-1, 45292, 45321, 45311), 'num');
    expectDomainError(() => projection(1, 45292, 45321, 45000), 'na');
    expectDomainError(() => projection(1, 45321, 45292, 45321), 'num');
    expectDomainError(() => projection(Number.NaN, 45292, 45321, 45311), 'value');
    expectDomainError(() => projection(1e308, 0, 2958465, 0), 'num');
  });
});
