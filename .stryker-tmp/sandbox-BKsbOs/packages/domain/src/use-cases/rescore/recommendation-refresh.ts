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
import { presentProfessionScore } from '../../scoring/presentation.js';
import type { ProfessionScoreEntry } from '../../scoring/scores-data.js';
import type { RecommendationsData } from '../ikigai/recommendations-data.js';
import { jsonEqual } from './json-equal.js';

/**
 * The stored recommendation with the new scores of its (unchanged) top two professions: match_percentage and
 * score_breakdown are presentation values of the ranking, while the narrative texts stay those the AI wrote
 * for the same two professions. `null` when nothing in the document changes.
 */
export const refreshRecommendation = (data: RecommendationsData, ranked: readonly ProfessionScoreEntry[]): RecommendationsData | null => {
  if (stryMutAct_9fa48("1888")) {
    {}
  } else {
    stryCov_9fa48("1888");
    const entryOf = new Map(ranked.map(stryMutAct_9fa48("1889") ? () => undefined : (stryCov_9fa48("1889"), e => stryMutAct_9fa48("1890") ? [] : (stryCov_9fa48("1890"), [Number(e.profession_id), e]))));
    const refreshed: RecommendationsData = stryMutAct_9fa48("1891") ? {} : (stryCov_9fa48("1891"), {
      ...data,
      recommended_professions: data.recommended_professions.map(p => {
        if (stryMutAct_9fa48("1892")) {
          {}
        } else {
          stryCov_9fa48("1892");
          const entry = entryOf.get(Number(p.profession_id));
          if (stryMutAct_9fa48("1895") ? false : stryMutAct_9fa48("1894") ? true : stryMutAct_9fa48("1893") ? entry : (stryCov_9fa48("1893", "1894", "1895"), !entry)) return p;
          const presented = presentProfessionScore(entry);
          return stryMutAct_9fa48("1896") ? {} : (stryCov_9fa48("1896"), {
            ...p,
            rank: entry.rank,
            match_percentage: presented.match_percentage,
            score_breakdown: presented.score_breakdown
          });
        }
      })
    });
    return jsonEqual(refreshed, data) ? null : refreshed;
  }
};