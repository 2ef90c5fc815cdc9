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
import type { ProfessionScoreEntry } from './scores-data.js';
import { round2 } from './round-half-even.js';

/** `score_breakdown` of a recommended profession (upstream §5.2), 2 dp, in the stored key order. */
export type ScoreBreakdown = {
  readonly total_score: number;
  readonly intrinsic_score: number;
  readonly extrinsic_score: number;
  readonly score_what_you_love: number;
  readonly score_what_you_are_good_at: number;
  readonly score_what_the_world_needs: number;
  readonly score_what_you_can_be_paid_for: number;
};
export type ProfessionPresentation = {
  /** total_score at 2 dp; the total is already on a 0–100 scale, so no further scaling. */
  readonly match_percentage: number;
  readonly score_breakdown: ScoreBreakdown;
};
type ScoredFields = Pick<ProfessionScoreEntry, keyof ScoreBreakdown>;

/**
 * Presentation values of `career_recommendations.recommendations_data` (upstream §5.2, decisions §4 (28)):
 * the stored 4-dp scores rounded half-to-even to 2 dp, as upstream's Python `round` did.
 */
export const presentProfessionScore = stryMutAct_9fa48("1038") ? () => undefined : (stryCov_9fa48("1038"), (() => {
  const presentProfessionScore = (entry: ScoredFields): ProfessionPresentation => stryMutAct_9fa48("1039") ? {} : (stryCov_9fa48("1039"), {
    match_percentage: round2(entry.total_score),
    score_breakdown: stryMutAct_9fa48("1040") ? {} : (stryCov_9fa48("1040"), {
      total_score: round2(entry.total_score),
      intrinsic_score: round2(entry.intrinsic_score),
      extrinsic_score: round2(entry.extrinsic_score),
      score_what_you_love: round2(entry.score_what_you_love),
      score_what_you_are_good_at: round2(entry.score_what_you_are_good_at),
      score_what_the_world_needs: round2(entry.score_what_the_world_needs),
      score_what_you_can_be_paid_for: round2(entry.score_what_you_can_be_paid_for)
    })
  });
  return presentProfessionScore;
})());