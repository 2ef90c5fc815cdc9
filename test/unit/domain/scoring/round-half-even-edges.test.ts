/**
 * roundHalfEven's edges that the mutation run found unpinned: the digits range and its message, and the
 * exact-tie test on values past the fast path (|x·10^d| ≥ 2^31), where an even multiple must not be
 * mistaken for a tie.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { roundHalfEven } from '@kenali/domain';

describe('roundHalfEven edges', () => {
  it('refuses digits outside 0..20 with a RangeError that names the value', () => {
    expect(() => roundHalfEven(1, 21)).to.throw(
      RangeError,
      'roundHalfEven: digits must be an integer in 0..20, got 21',
    );
    expect(() => roundHalfEven(1, -1)).to.throw(RangeError, 'got -1');
    expect(() => roundHalfEven(1, 1.5)).to.throw(RangeError, 'got 1.5');
    expect(roundHalfEven(1.25, 20)).to.equal(1.25);
  });

  it('returns integers past the fast path unchanged, odd ones included (no false tie)', () => {
    expect(roundHalfEven(2 ** 31 + 1, 0)).to.equal(2 ** 31 + 1);
    expect(roundHalfEven(-(2 ** 31) - 1, 0)).to.equal(-(2 ** 31) - 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 2 ** 31, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 4 }),
        (n, d) => {
          expect(roundHalfEven(n, d)).to.equal(n);
          expect(roundHalfEven(-n, d)).to.equal(-n);
        },
      ),
    );
  });

  it('breaks exact ties past the fast path to the even neighbour', () => {
    expect(roundHalfEven(2 ** 31 + 0.5, 0)).to.equal(2 ** 31);
    expect(roundHalfEven(2 ** 31 + 1.5, 0)).to.equal(2 ** 31 + 2);
    expect(roundHalfEven(-(2 ** 31) - 1.5, 0)).to.equal(-(2 ** 31) - 2);
  });
});
