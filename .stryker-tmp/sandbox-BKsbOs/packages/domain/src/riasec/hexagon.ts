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
import { RIASEC_LETTERS, type RiasecLetter } from '../model/riasec-letter.js';

/*
 * Holland's hexagon R–I–A–S–E–C (upstream §3.6, §3.9): distance 0 same letter, 1 adjacent,
 * 2 alternate, 3 opposite (R–S, I–E, A–C).
 */
export type HexagonDistance = 0 | 1 | 2 | 3;
const position = stryMutAct_9fa48("632") ? () => undefined : (stryCov_9fa48("632"), (() => {
  const position = (letter: RiasecLetter): number => RIASEC_LETTERS.indexOf(letter);
  return position;
})());
const ringDistance = (a: number, b: number): HexagonDistance => {
  if (stryMutAct_9fa48("633")) {
    {}
  } else {
    stryCov_9fa48("633");
    const d = Math.abs(stryMutAct_9fa48("634") ? a + b : (stryCov_9fa48("634"), a - b));
    return Math.min(d, 6 - d) as HexagonDistance;
  }
};

/** 6×6 distance matrix indexed by position in R,I,A,S,E,C order. */
export const HEXAGON_DISTANCE_MATRIX: readonly (readonly HexagonDistance[])[] = RIASEC_LETTERS.map(stryMutAct_9fa48("635") ? () => undefined : (stryCov_9fa48("635"), (_, i) => RIASEC_LETTERS.map(stryMutAct_9fa48("636") ? () => undefined : (stryCov_9fa48("636"), (__, j) => ringDistance(i, j)))));
export const hexagonDistance = stryMutAct_9fa48("637") ? () => undefined : (stryCov_9fa48("637"), (() => {
  const hexagonDistance = (a: RiasecLetter, b: RiasecLetter): HexagonDistance => ringDistance(position(a), position(b));
  return hexagonDistance;
})());
export const areAdjacent = stryMutAct_9fa48("638") ? () => undefined : (stryCov_9fa48("638"), (() => {
  const areAdjacent = (a: RiasecLetter, b: RiasecLetter): boolean => stryMutAct_9fa48("641") ? hexagonDistance(a, b) !== 1 : stryMutAct_9fa48("640") ? false : stryMutAct_9fa48("639") ? true : (stryCov_9fa48("639", "640", "641"), hexagonDistance(a, b) === 1);
  return areAdjacent;
})());
export const areOpposite = stryMutAct_9fa48("642") ? () => undefined : (stryCov_9fa48("642"), (() => {
  const areOpposite = (a: RiasecLetter, b: RiasecLetter): boolean => stryMutAct_9fa48("645") ? hexagonDistance(a, b) !== 3 : stryMutAct_9fa48("644") ? false : stryMutAct_9fa48("643") ? true : (stryCov_9fa48("643", "644", "645"), hexagonDistance(a, b) === 3);
  return areOpposite;
})());

/** Neighbours in the order upstream iterates them for the split path (note R lists I before C). */
export const HEXAGON_NEIGHBOURS: Readonly<Record<RiasecLetter, readonly [RiasecLetter, RiasecLetter]>> = stryMutAct_9fa48("646") ? {} : (stryCov_9fa48("646"), {
  R: stryMutAct_9fa48("647") ? [] : (stryCov_9fa48("647"), [stryMutAct_9fa48("648") ? "" : (stryCov_9fa48("648"), 'I'), stryMutAct_9fa48("649") ? "" : (stryCov_9fa48("649"), 'C')]),
  I: stryMutAct_9fa48("650") ? [] : (stryCov_9fa48("650"), [stryMutAct_9fa48("651") ? "" : (stryCov_9fa48("651"), 'R'), stryMutAct_9fa48("652") ? "" : (stryCov_9fa48("652"), 'A')]),
  A: stryMutAct_9fa48("653") ? [] : (stryCov_9fa48("653"), [stryMutAct_9fa48("654") ? "" : (stryCov_9fa48("654"), 'I'), stryMutAct_9fa48("655") ? "" : (stryCov_9fa48("655"), 'S')]),
  S: stryMutAct_9fa48("656") ? [] : (stryCov_9fa48("656"), [stryMutAct_9fa48("657") ? "" : (stryCov_9fa48("657"), 'A'), stryMutAct_9fa48("658") ? "" : (stryCov_9fa48("658"), 'E')]),
  E: stryMutAct_9fa48("659") ? [] : (stryCov_9fa48("659"), [stryMutAct_9fa48("660") ? "" : (stryCov_9fa48("660"), 'S'), stryMutAct_9fa48("661") ? "" : (stryCov_9fa48("661"), 'C')]),
  C: stryMutAct_9fa48("662") ? [] : (stryCov_9fa48("662"), [stryMutAct_9fa48("663") ? "" : (stryCov_9fa48("663"), 'E'), stryMutAct_9fa48("664") ? "" : (stryCov_9fa48("664"), 'R')])
});

/** Inconsistent = the first two letters of a dual or triple code are opposite; single codes never are. */
export const isInconsistentCode = stryMutAct_9fa48("665") ? () => undefined : (stryCov_9fa48("665"), (() => {
  const isInconsistentCode = (code: readonly RiasecLetter[]): boolean => stryMutAct_9fa48("668") ? code.length >= 2 || areOpposite(code[0], code[1]) : stryMutAct_9fa48("667") ? false : stryMutAct_9fa48("666") ? true : (stryCov_9fa48("666", "667", "668"), (stryMutAct_9fa48("671") ? code.length < 2 : stryMutAct_9fa48("670") ? code.length > 2 : stryMutAct_9fa48("669") ? true : (stryCov_9fa48("669", "670", "671"), code.length >= 2)) && areOpposite(code[0], code[1]));
  return isInconsistentCode;
})());