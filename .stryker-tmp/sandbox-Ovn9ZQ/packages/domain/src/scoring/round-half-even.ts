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
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
const FAST_PATH_LIMIT = 2 ** 31; // |x·10^d| below this: the product's error is < 2.4e-7, far under the margin
const HALF_MARGIN = 1e-6;
const exactTie = (x: number, digits: number): number => {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    // x·2^(d+1) = j (odd integer) ⇒ |x|·10^d = (|j|·5^d)/2 = k + ½ with k = (|j|·5^d − 1)/2.
    const j = BigInt(Math.abs(stryMutAct_9fa48("1") ? x / 2 ** (digits + 1) : (stryCov_9fa48("1"), x * 2 ** (stryMutAct_9fa48("2") ? digits - 1 : (stryCov_9fa48("2"), digits + 1)))));
    const k = stryMutAct_9fa48("3") ? (j * 5n ** BigInt(digits) - 1n) * 2n : (stryCov_9fa48("3"), (stryMutAct_9fa48("4") ? j * 5n ** BigInt(digits) + 1n : (stryCov_9fa48("4"), (stryMutAct_9fa48("5") ? j / 5n ** BigInt(digits) : (stryCov_9fa48("5"), j * 5n ** BigInt(digits))) - 1n)) / 2n);
    const even = (stryMutAct_9fa48("8") ? k % 2n !== 0n : stryMutAct_9fa48("7") ? false : stryMutAct_9fa48("6") ? true : (stryCov_9fa48("6", "7", "8"), (stryMutAct_9fa48("9") ? k * 2n : (stryCov_9fa48("9"), k % 2n)) === 0n)) ? k : stryMutAct_9fa48("10") ? k - 1n : (stryCov_9fa48("10"), k + 1n);
    const magnitude = Number(stryMutAct_9fa48("11") ? `` : (stryCov_9fa48("11"), `${even}e-${digits}`));
    return (stryMutAct_9fa48("15") ? x >= 0 : stryMutAct_9fa48("14") ? x <= 0 : stryMutAct_9fa48("13") ? false : stryMutAct_9fa48("12") ? true : (stryCov_9fa48("12", "13", "14", "15"), x < 0)) ? stryMutAct_9fa48("16") ? +magnitude : (stryCov_9fa48("16"), -magnitude) : magnitude;
  }
};
const isExactTie = (x: number, digits: number): boolean => {
  if (stryMutAct_9fa48("17")) {
    {}
  } else {
    stryCov_9fa48("17");
    const scaled = stryMutAct_9fa48("18") ? x / 2 ** (digits + 1) : (stryCov_9fa48("18"), x * 2 ** (stryMutAct_9fa48("19") ? digits - 1 : (stryCov_9fa48("19"), digits + 1)));
    return stryMutAct_9fa48("22") ? Number.isInteger(scaled) || Math.abs(scaled % 2) === 1 : stryMutAct_9fa48("21") ? false : stryMutAct_9fa48("20") ? true : (stryCov_9fa48("20", "21", "22"), Number.isInteger(scaled) && (stryMutAct_9fa48("24") ? Math.abs(scaled % 2) !== 1 : stryMutAct_9fa48("23") ? true : (stryCov_9fa48("23", "24"), Math.abs(stryMutAct_9fa48("25") ? scaled * 2 : (stryCov_9fa48("25"), scaled % 2)) === 1)));
  }
};
const slowPath = (x: number, digits: number): number => {
  if (stryMutAct_9fa48("26")) {
    {}
  } else {
    stryCov_9fa48("26");
    if (stryMutAct_9fa48("28") ? false : stryMutAct_9fa48("27") ? true : (stryCov_9fa48("27", "28"), isExactTie(x, digits))) return exactTie(x, digits);
    // Beyond toFixed's range (|x| ≥ 1e21) every double is an integer already.
    return (stryMutAct_9fa48("32") ? Math.abs(x) < 1e21 : stryMutAct_9fa48("31") ? Math.abs(x) > 1e21 : stryMutAct_9fa48("30") ? false : stryMutAct_9fa48("29") ? true : (stryCov_9fa48("29", "30", "31", "32"), Math.abs(x) >= 1e21)) ? x : Number(x.toFixed(digits));
  }
};

/** A rounder for a fixed number of digits (0–20); the factor is computed once, off the hot path. */
const rounderFor = (digits: number): ((x: number) => number) => {
  if (stryMutAct_9fa48("33")) {
    {}
  } else {
    stryCov_9fa48("33");
    const factor = 10 ** digits;
    return (x: number): number => {
      if (stryMutAct_9fa48("34")) {
        {}
      } else {
        stryCov_9fa48("34");
        const scaled = stryMutAct_9fa48("35") ? x / factor : (stryCov_9fa48("35"), x * factor);
        if (stryMutAct_9fa48("38") ? scaled < FAST_PATH_LIMIT || scaled > -FAST_PATH_LIMIT : stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37", "38"), (stryMutAct_9fa48("41") ? scaled >= FAST_PATH_LIMIT : stryMutAct_9fa48("40") ? scaled <= FAST_PATH_LIMIT : stryMutAct_9fa48("39") ? true : (stryCov_9fa48("39", "40", "41"), scaled < FAST_PATH_LIMIT)) && (stryMutAct_9fa48("44") ? scaled <= -FAST_PATH_LIMIT : stryMutAct_9fa48("43") ? scaled >= -FAST_PATH_LIMIT : stryMutAct_9fa48("42") ? true : (stryCov_9fa48("42", "43", "44"), scaled > (stryMutAct_9fa48("45") ? +FAST_PATH_LIMIT : (stryCov_9fa48("45"), -FAST_PATH_LIMIT)))))) {
          if (stryMutAct_9fa48("46")) {
            {}
          } else {
            stryCov_9fa48("46");
            const floor = Math.floor(scaled);
            const frac = stryMutAct_9fa48("47") ? scaled + floor : (stryCov_9fa48("47"), scaled - floor); // in [0, 1), exact or off by one ulp: far below the margin
            if (stryMutAct_9fa48("50") ? frac < 0.5 - HALF_MARGIN && frac > 0.5 + HALF_MARGIN : stryMutAct_9fa48("49") ? false : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49", "50"), (stryMutAct_9fa48("53") ? frac >= 0.5 - HALF_MARGIN : stryMutAct_9fa48("52") ? frac <= 0.5 - HALF_MARGIN : stryMutAct_9fa48("51") ? false : (stryCov_9fa48("51", "52", "53"), frac < (stryMutAct_9fa48("54") ? 0.5 + HALF_MARGIN : (stryCov_9fa48("54"), 0.5 - HALF_MARGIN)))) || (stryMutAct_9fa48("57") ? frac <= 0.5 + HALF_MARGIN : stryMutAct_9fa48("56") ? frac >= 0.5 + HALF_MARGIN : stryMutAct_9fa48("55") ? false : (stryCov_9fa48("55", "56", "57"), frac > (stryMutAct_9fa48("58") ? 0.5 - HALF_MARGIN : (stryCov_9fa48("58"), 0.5 + HALF_MARGIN)))))) {
              if (stryMutAct_9fa48("59")) {
                {}
              } else {
                stryCov_9fa48("59");
                const n = (stryMutAct_9fa48("63") ? frac >= 0.5 : stryMutAct_9fa48("62") ? frac <= 0.5 : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62", "63"), frac < 0.5)) ? floor : stryMutAct_9fa48("64") ? floor - 1 : (stryCov_9fa48("64"), floor + 1);
                // `x * 0` keeps the sign of zero as Python does (round(-1e-7, 4) is -0.0).
                return (stryMutAct_9fa48("67") ? n !== 0 : stryMutAct_9fa48("66") ? false : stryMutAct_9fa48("65") ? true : (stryCov_9fa48("65", "66", "67"), n === 0)) ? stryMutAct_9fa48("68") ? x / 0 : (stryCov_9fa48("68"), x * 0) : stryMutAct_9fa48("69") ? n * factor : (stryCov_9fa48("69"), n / factor);
              }
            }
          }
        }
        return Number.isFinite(x) ? slowPath(x, digits) : x;
      }
    };
  }
};
const ROUNDERS = Array.from(stryMutAct_9fa48("70") ? {} : (stryCov_9fa48("70"), {
  length: 21
}), stryMutAct_9fa48("71") ? () => undefined : (stryCov_9fa48("71"), (_, digits) => rounderFor(digits)));

/** Python-compatible `round(x, digits)` for 0 ≤ digits ≤ 20; non-finite values are returned unchanged. */
export const roundHalfEven = (x: number, digits: number): number => {
  if (stryMutAct_9fa48("72")) {
    {}
  } else {
    stryCov_9fa48("72");
    const rounder = ROUNDERS[digits];
    if (stryMutAct_9fa48("75") ? rounder !== undefined : stryMutAct_9fa48("74") ? false : stryMutAct_9fa48("73") ? true : (stryCov_9fa48("73", "74", "75"), rounder === undefined)) throw new RangeError(stryMutAct_9fa48("76") ? `` : (stryCov_9fa48("76"), `roundHalfEven: digits must be an integer in 0..20, got ${digits}`));
    return rounder(x);
  }
};

/** Storage precision of every score (4 dp, decisions §4 (28)). */
export const round4: (x: number) => number = rounderFor(4);

/** Presentation precision of `match_percentage` and `score_breakdown` (2 dp, upstream §5.2). */
export const round2: (x: number) => number = rounderFor(2);