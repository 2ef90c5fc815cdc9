// @ts-nocheck
import { expect } from 'chai';
import fc from 'fast-check';
import { round2, round4, roundHalfEven } from '@kenali/domain';

// [x, round(x, 4), round(x, 2), round(x, 0)] as printed by CPython 3 for the same doubles.
const PYTHON: readonly (readonly [number, number, number, number])[] = [
  [2.675, 2.675, 2.67, 3],
  [0.125, 0.125, 0.12, 0],
  [0.375, 0.375, 0.38, 0],
  [1.005, 1.005, 1.0, 1],
  [2.5, 2.5, 2.5, 2],
  [3.5, 3.5, 3.5, 4],
  [0.00005, 0.0001, 0, 0],
  [0.00015, 0.0001, 0, 0],
  [0.00025, 0.0003, 0, 0],
  [1.00005, 1.0001, 1, 1],
  [0.03125, 0.0312, 0.03, 0],
  [0.09375, 0.0938, 0.09, 0],
  [-0.03125, -0.0312, -0.03, -0],
  [-0.09375, -0.0938, -0.09, -0],
  [4.0005, 4.0005, 4.0, 4],
  [12.125, 12.125, 12.12, 12],
  [12.375, 12.375, 12.38, 12],
  [9.665, 9.665, 9.66, 10],
  [0.1 + 0.2, 0.3, 0.3, 0],
  [0.29 / 0.45, 0.6444, 0.64, 1],
  [2 / 3, 0.6667, 0.67, 1],
  [99.99995, 99.9999, 100, 100],
  [24.99995, 24.9999, 25, 25],
  [0.15625, 0.1562, 0.16, 0],
  [7.46875, 7.4688, 7.47, 7],
  [1e-20, 0, 0, 0],
  [-1e-7, -0, -0, -0],
  [123456.78125, 123456.7812, 123456.78, 123457],
];

describe('roundHalfEven (Python round)', () => {
  for (const [x, r4, r2, r0] of PYTHON) {
    it(`rounds ${x} like CPython: ${r4} / ${r2} / ${r0}`, () => {
      expect(Object.is(round4(x), r4), `round4 → ${round4(x)}`).to.equal(true);
      expect(Object.is(round2(x), r2), `round2 → ${round2(x)}`).to.equal(true);
      expect(Object.is(roundHalfEven(x, 0), r0), `round0 → ${roundHalfEven(x, 0)}`).to.equal(true);
    });
  }

  it('resolves every exact binary tie to the even neighbour', () => {
    // (2k+1)/32 are exactly representable halves at 4 dp: k·0.0001 + 0.00005 scaled by 625.
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000, max: 2_000_000 }), (k) => {
        const x = (2 * k + 1) / 32;
        const scaled = round4(x) * 10_000;
        const lower = Math.floor(x * 10_000);
        expect([lower, lower + 1]).to.include(Math.round(scaled));
        expect(Math.abs(Math.round(scaled)) % 2).to.equal(0);
      }),
    );
  });

  it('agrees with the exact toFixed rounding away from ties, and is idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const tie = Number.isInteger(x * 32) && Math.abs((x * 32) % 2) === 1;
        const r = round4(x);
        if (!tie) expect(Object.is(r, Number(x.toFixed(4))) || r === Number(x.toFixed(4))).to.equal(true);
        expect(round4(r)).to.equal(r);
        expect(Math.abs(r - x)).to.be.at.most(0.00005 + Math.abs(x) * 1e-15);
      }),
    );
  });

  it('returns non-finite values unchanged', () => {
    expect(round4(Number.POSITIVE_INFINITY)).to.equal(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(round4(Number.NaN))).to.equal(true);
  });
});
