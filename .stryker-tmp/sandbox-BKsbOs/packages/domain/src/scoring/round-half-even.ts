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
  if (stryMutAct_9fa48("1082")) {
    {}
  } else {
    stryCov_9fa48("1082");
    // x·2^(d+1) = j (odd integer) ⇒ |x|·10^d = (|j|·5^d)/2 = k + ½ with k = (|j|·5^d − 1)/2.
    const j = BigInt(Math.abs(stryMutAct_9fa48("1083") ? x / 2 ** (digits + 1) : (stryCov_9fa48("1083"), x * 2 ** (stryMutAct_9fa48("1084") ? digits - 1 : (stryCov_9fa48("1084"), digits + 1)))));
    const k = stryMutAct_9fa48("1085") ? (j * 5n ** BigInt(digits) - 1n) * 2n : (stryCov_9fa48("1085"), (stryMutAct_9fa48("1086") ? j * 5n ** BigInt(digits) + 1n : (stryCov_9fa48("1086"), (stryMutAct_9fa48("1087") ? j / 5n ** BigInt(digits) : (stryCov_9fa48("1087"), j * 5n ** BigInt(digits))) - 1n)) / 2n);
    const even = (stryMutAct_9fa48("1090") ? k % 2n !== 0n : stryMutAct_9fa48("1089") ? false : stryMutAct_9fa48("1088") ? true : (stryCov_9fa48("1088", "1089", "1090"), (stryMutAct_9fa48("1091") ? k * 2n : (stryCov_9fa48("1091"), k % 2n)) === 0n)) ? k : stryMutAct_9fa48("1092") ? k - 1n : (stryCov_9fa48("1092"), k + 1n);
    const magnitude = Number(stryMutAct_9fa48("1093") ? `` : (stryCov_9fa48("1093"), `${even}e-${digits}`));
    return (stryMutAct_9fa48("1097") ? x >= 0 : stryMutAct_9fa48("1096") ? x <= 0 : stryMutAct_9fa48("1095") ? false : stryMutAct_9fa48("1094") ? true : (stryCov_9fa48("1094", "1095", "1096", "1097"), x < 0)) ? stryMutAct_9fa48("1098") ? +magnitude : (stryCov_9fa48("1098"), -magnitude) : magnitude;
  }
};
const isExactTie = (x: number, digits: number): boolean => {
  if (stryMutAct_9fa48("1099")) {
    {}
  } else {
    stryCov_9fa48("1099");
    const scaled = stryMutAct_9fa48("1100") ? x / 2 ** (digits + 1) : (stryCov_9fa48("1100"), x * 2 ** (stryMutAct_9fa48("1101") ? digits - 1 : (stryCov_9fa48("1101"), digits + 1)));
    return stryMutAct_9fa48("1104") ? Number.isInteger(scaled) || Math.abs(scaled % 2) === 1 : stryMutAct_9fa48("1103") ? false : stryMutAct_9fa48("1102") ? true : (stryCov_9fa48("1102", "1103", "1104"), Number.isInteger(scaled) && (stryMutAct_9fa48("1106") ? Math.abs(scaled % 2) !== 1 : stryMutAct_9fa48("1105") ? true : (stryCov_9fa48("1105", "1106"), Math.abs(stryMutAct_9fa48("1107") ? scaled * 2 : (stryCov_9fa48("1107"), scaled % 2)) === 1)));
  }
};
const slowPath = (x: number, digits: number): number => {
  if (stryMutAct_9fa48("1108")) {
    {}
  } else {
    stryCov_9fa48("1108");
    if (stryMutAct_9fa48("1110") ? false : stryMutAct_9fa48("1109") ? true : (stryCov_9fa48("1109", "1110"), isExactTie(x, digits))) return exactTie(x, digits);
    // Beyond toFixed's range (|x| ≥ 1e21) every double is an integer already.
    return (stryMutAct_9fa48("1114") ? Math.abs(x) < 1e21 : stryMutAct_9fa48("1113") ? Math.abs(x) > 1e21 : stryMutAct_9fa48("1112") ? false : stryMutAct_9fa48("1111") ? true : (stryCov_9fa48("1111", "1112", "1113", "1114"), Math.abs(x) >= 1e21)) ? x : Number(x.toFixed(digits));
  }
};

/** A rounder for a fixed number of digits (0–20); the factor is computed once, off the hot path. */
const rounderFor = (digits: number): ((x: number) => number) => {
  if (stryMutAct_9fa48("1115")) {
    {}
  } else {
    stryCov_9fa48("1115");
    const factor = 10 ** digits;
    return (x: number): number => {
      if (stryMutAct_9fa48("1116")) {
        {}
      } else {
        stryCov_9fa48("1116");
        const scaled = stryMutAct_9fa48("1117") ? x / factor : (stryCov_9fa48("1117"), x * factor);
        if (stryMutAct_9fa48("1120") ? scaled < FAST_PATH_LIMIT || scaled > -FAST_PATH_LIMIT : stryMutAct_9fa48("1119") ? false : stryMutAct_9fa48("1118") ? true : (stryCov_9fa48("1118", "1119", "1120"), (stryMutAct_9fa48("1123") ? scaled >= FAST_PATH_LIMIT : stryMutAct_9fa48("1122") ? scaled <= FAST_PATH_LIMIT : stryMutAct_9fa48("1121") ? true : (stryCov_9fa48("1121", "1122", "1123"), scaled < FAST_PATH_LIMIT)) && (stryMutAct_9fa48("1126") ? scaled <= -FAST_PATH_LIMIT : stryMutAct_9fa48("1125") ? scaled >= -FAST_PATH_LIMIT : stryMutAct_9fa48("1124") ? true : (stryCov_9fa48("1124", "1125", "1126"), scaled > (stryMutAct_9fa48("1127") ? +FAST_PATH_LIMIT : (stryCov_9fa48("1127"), -FAST_PATH_LIMIT)))))) {
          if (stryMutAct_9fa48("1128")) {
            {}
          } else {
            stryCov_9fa48("1128");
            const floor = Math.floor(scaled);
            const frac = stryMutAct_9fa48("1129") ? scaled + floor : (stryCov_9fa48("1129"), scaled - floor); // in [0, 1), exact or off by one ulp: far below the margin
            if (stryMutAct_9fa48("1132") ? frac < 0.5 - HALF_MARGIN && frac > 0.5 + HALF_MARGIN : stryMutAct_9fa48("1131") ? false : stryMutAct_9fa48("1130") ? true : (stryCov_9fa48("1130", "1131", "1132"), (stryMutAct_9fa48("1135") ? frac >= 0.5 - HALF_MARGIN : stryMutAct_9fa48("1134") ? frac <= 0.5 - HALF_MARGIN : stryMutAct_9fa48("1133") ? false : (stryCov_9fa48("1133", "1134", "1135"), frac < (stryMutAct_9fa48("1136") ? 0.5 + HALF_MARGIN : (stryCov_9fa48("1136"), 0.5 - HALF_MARGIN)))) || (stryMutAct_9fa48("1139") ? frac <= 0.5 + HALF_MARGIN : stryMutAct_9fa48("1138") ? frac >= 0.5 + HALF_MARGIN : stryMutAct_9fa48("1137") ? false : (stryCov_9fa48("1137", "1138", "1139"), frac > (stryMutAct_9fa48("1140") ? 0.5 - HALF_MARGIN : (stryCov_9fa48("1140"), 0.5 + HALF_MARGIN)))))) {
              if (stryMutAct_9fa48("1141")) {
                {}
              } else {
                stryCov_9fa48("1141");
                const n = (stryMutAct_9fa48("1145") ? frac >= 0.5 : stryMutAct_9fa48("1144") ? frac <= 0.5 : stryMutAct_9fa48("1143") ? false : stryMutAct_9fa48("1142") ? true : (stryCov_9fa48("1142", "1143", "1144", "1145"), frac < 0.5)) ? floor : stryMutAct_9fa48("1146") ? floor - 1 : (stryCov_9fa48("1146"), floor + 1);
                // `x * 0` keeps the sign of zero as Python does (round(-1e-7, 4) is -0.0).
                return (stryMutAct_9fa48("1149") ? n !== 0 : stryMutAct_9fa48("1148") ? false : stryMutAct_9fa48("1147") ? true : (stryCov_9fa48("1147", "1148", "1149"), n === 0)) ? stryMutAct_9fa48("1150") ? x / 0 : (stryCov_9fa48("1150"), x * 0) : stryMutAct_9fa48("1151") ? n * factor : (stryCov_9fa48("1151"), n / factor);
              }
            }
          }
        }
        return Number.isFinite(x) ? slowPath(x, digits) : x;
      }
    };
  }
};
const ROUNDERS = Array.from(stryMutAct_9fa48("1152") ? {} : (stryCov_9fa48("1152"), {
  length: 21
}), stryMutAct_9fa48("1153") ? () => undefined : (stryCov_9fa48("1153"), (_, digits) => rounderFor(digits)));

/** Python-compatible `round(x, digits)` for 0 ≤ digits ≤ 20; non-finite values are returned unchanged. */
export const roundHalfEven = (x: number, digits: number): number => {
  if (stryMutAct_9fa48("1154")) {
    {}
  } else {
    stryCov_9fa48("1154");
    const rounder = ROUNDERS[digits];
    if (stryMutAct_9fa48("1157") ? rounder !== undefined : stryMutAct_9fa48("1156") ? false : stryMutAct_9fa48("1155") ? true : (stryCov_9fa48("1155", "1156", "1157"), rounder === undefined)) throw new RangeError(stryMutAct_9fa48("1158") ? `` : (stryCov_9fa48("1158"), `roundHalfEven: digits must be an integer in 0..20, got ${digits}`));
    return rounder(x);
  }
};

/** Storage precision of every score (4 dp, decisions §4 (28)). */
export const round4: (x: number) => number = rounderFor(4);

/** Presentation precision of `match_percentage` and `score_breakdown` (2 dp, upstream §5.2). */
export const round2: (x: number) => number = rounderFor(2);