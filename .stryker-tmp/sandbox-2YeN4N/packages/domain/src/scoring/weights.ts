/**
 * Constants of the Ikigai formula (upstream §4.8 step 6, scales fixed by decisions §4 (28)):
 * text 0–15, click 0–10, dimension 0–25, total 0–100.
 */
// @ts-nocheck


/** Text score T = 15 × r_normalized (15 % of a dimension's 100-point share, on the 0–100 scale). */function stryNS_9fa48() {
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
export const TEXT_WEIGHT = 15;
/** Click score A = 10 × r_raw, only for the profession the user picked in that dimension. */
export const CLICK_WEIGHT = 10;
/** r_raw every profession gets when a dimension's AI call failed (upstream §4.8 step 5). */
export const FALLBACK_R_RAW = 0.5;
/** r_normalized of every profession when a dimension's r_raw values have zero range. */
export const ZERO_RANGE_R_NORMALIZED = 0.5;
/** Congruence used for ranking when a candidate entry carries none (upstream §4.8 step 7). */
export const DEFAULT_CONGRUENCE_SCORE = 0.5;
/** Name used when a candidate carries none (upstream §4.8 step 7). */
export const UNKNOWN_PROFESSION_NAME = stryMutAct_9fa48("1407") ? "" : (stryCov_9fa48("1407"), 'Unknown');
/** Stored in `metadata.scoring_strategy` (upstream §4.9; "scoring_method" is the wrong old name). */
export const SCORING_STRATEGY = stryMutAct_9fa48("1408") ? "" : (stryCov_9fa48("1408"), 'batch_semantic_matching');
/** The secondary sort keys after total_score, in order (decisions §4 (27)). */
export const TIEBREAK_CRITERIA = ['intrinsic_score', 'congruence_score', 'avg_r_normalized'] as const;
export type TiebreakCriterion = (typeof TIEBREAK_CRITERIA)[number];