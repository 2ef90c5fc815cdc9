/**
 * Rounding exactly like Python's `round(x, digits)` on a float, which upstream used for every stored score
 * (decisions §4 (28)). Python rounds the *exact binary value* of `x` to `digits` decimals and breaks exact
 * ties to the even neighbour, so `round(2.675, 2) = 2.67` (2.675 is really 2.67499…) while
 * `round(0.125, 2) = 0.12` and `round(0.375, 2) = 0.38` (both exactly representable halves).
 *
 * Choice: exact-binary reasoning, no decimal strings in the common case.
 * - An exact tie at `d` decimals means x·10^d = k + ½ exactly. Since x is a dyadic rational this holds iff
 *   x·2^(d+1) is an odd integer, and scaling by a power of two is exact in IEEE 754 — a cheap, exact test.
 *   Ties are resolved with BigInt arithmetic (rare path).
 * - Away from a tie, `Number.prototype.toFixed` is specified on the exact mathematical value and is correctly
 *   rounded, so `Number(x.toFixed(d))` equals Python's result (a correctly rounded parse of the same digits).
 * - Fast path (hot loop of the pipeline): if fl(x·10^d) is clearly away from a half, its rounding error
 *   (≤ |x·10^d|·2⁻⁵³) cannot move it across the half, so `Math.round` then one correctly rounded division
 *   gives the same double as parsing the decimal digits.
 */
// @ts-nocheck


const FAST_PATH_LIMIT = 2 ** 31; // |x·10^d| below this: the product's error is < 2.4e-7, far under the margin
const HALF_MARGIN = 1e-6;

const exactTie = (x: number, digits: number): number => {
  // x·2^(d+1) = j (odd integer) ⇒ |x|·10^d = (|j|·5^d)/2 = k + ½ with k = (|j|·5^d − 1)/2.
  const j = BigInt(Math.abs(x * 2 ** (digits + 1)));
  const k = (j * 5n ** BigInt(digits) - 1n) / 2n;
  const even = k % 2n === 0n ? k : k + 1n;
  const magnitude = Number(`${even}e-${digits}`);
  return x < 0 ? -magnitude : magnitude;
};

const isExactTie = (x: number, digits: number): boolean => {
  const scaled = x * 2 ** (digits + 1);
  return Number.isInteger(scaled) && Math.abs(scaled % 2) === 1;
};

const slowPath = (x: number, digits: number): number => {
  if (isExactTie(x, digits)) return exactTie(x, digits);
  // Beyond toFixed's range (|x| ≥ 1e21) every double is an integer already.
  return Math.abs(x) >= 1e21 ? x : Number(x.toFixed(digits));
};

/** A rounder for a fixed number of digits (0–20); the factor is computed once, off the hot path. */
const rounderFor = (digits: number): ((x: number) => number) => {
  const factor = 10 ** digits;
  return (x: number): number => {
    const scaled = x * factor;
    if (scaled < FAST_PATH_LIMIT && scaled > -FAST_PATH_LIMIT) {
      const floor = Math.floor(scaled);
      const frac = scaled - floor; // in [0, 1), exact or off by one ulp: far below the margin
      if (frac < 0.5 - HALF_MARGIN || frac > 0.5 + HALF_MARGIN) {
        const n = frac < 0.5 ? floor : floor + 1;
        // `x * 0` keeps the sign of zero as Python does (round(-1e-7, 4) is -0.0).
        return n === 0 ? x * 0 : n / factor;
      }
    }
    return Number.isFinite(x) ? slowPath(x, digits) : x;
  };
};

const ROUNDERS = Array.from({ length: 21 }, (_, digits) => rounderFor(digits));

/** Python-compatible `round(x, digits)` for 0 ≤ digits ≤ 20; non-finite values are returned unchanged. */
export const roundHalfEven = (x: number, digits: number): number => {
  const rounder = ROUNDERS[digits];
  if (rounder === undefined)
    throw new RangeError(`roundHalfEven: digits must be an integer in 0..20, got ${digits}`);
  return rounder(x);
};

/** Storage precision of every score (4 dp, decisions §4 (28)). */
export const round4: (x: number) => number = rounderFor(4);

/** Presentation precision of `match_percentage` and `score_breakdown` (2 dp, upstream §5.2). */
export const round2: (x: number) => number = rounderFor(2);
