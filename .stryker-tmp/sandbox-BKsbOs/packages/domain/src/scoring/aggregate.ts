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
import type { DimensionKey } from '../model/dimension.js';
import type { DimensionScoreEntry, ProfessionScoreEntry } from './scores-data.js';
import type { ScoringCandidate } from './scoring-input.js';
import { round4 } from './round-half-even.js';
import { DEFAULT_CONGRUENCE_SCORE, UNKNOWN_PROFESSION_NAME } from './weights.js';
export type UnrankedScore = Omit<ProfessionScoreEntry, 'rank'>;

/** Per dimension, the entries indexed by candidate position (`undefined` = no entry in that dimension). */
export type EntriesByPosition = { readonly [K in DimensionKey]: readonly (DimensionScoreEntry | undefined)[] };

/**
 * Upstream §4.8 step 7 for every candidate, in candidate order: a dimension where the profession has no
 * entry contributes 0, and avg_r_normalized averages only the dimensions where it has one (0 if none).
 * Sums use the stored 4-dp dimension totals, in canonical dimension order, then round again.
 */
export const aggregateScores = stryMutAct_9fa48("933") ? () => undefined : (stryCov_9fa48("933"), (() => {
  const aggregateScores = (candidates: readonly ScoringCandidate[], byPosition: EntriesByPosition): UnrankedScore[] => candidates.map((candidate, i) => {
    if (stryMutAct_9fa48("934")) {
      {}
    } else {
      stryCov_9fa48("934");
      const found = stryMutAct_9fa48("935") ? [] : (stryCov_9fa48("935"), [byPosition.what_you_love[i], byPosition.what_you_are_good_at[i], byPosition.what_the_world_needs[i], byPosition.what_you_can_be_paid_for[i]]);
      let normSum = 0;
      let present = 0;
      for (const entry of found) {
        if (stryMutAct_9fa48("936")) {
          {}
        } else {
          stryCov_9fa48("936");
          if (stryMutAct_9fa48("939") ? entry !== undefined : stryMutAct_9fa48("938") ? false : stryMutAct_9fa48("937") ? true : (stryCov_9fa48("937", "938", "939"), entry === undefined)) continue;
          stryMutAct_9fa48("940") ? normSum -= entry.r_normalized : (stryCov_9fa48("940"), normSum += entry.r_normalized);
          stryMutAct_9fa48("941") ? present -= 1 : (stryCov_9fa48("941"), present += 1);
        }
      }
      const [love, goodAt, world, paid] = found.map(stryMutAct_9fa48("942") ? () => undefined : (stryCov_9fa48("942"), entry => stryMutAct_9fa48("943") ? entry?.dimension_total && 0 : (stryCov_9fa48("943"), (stryMutAct_9fa48("944") ? entry.dimension_total : (stryCov_9fa48("944"), entry?.dimension_total)) ?? 0)));
      return stryMutAct_9fa48("945") ? {} : (stryCov_9fa48("945"), {
        profession_id: candidate.profession_id,
        profession_name: stryMutAct_9fa48("946") ? candidate.profession_name && UNKNOWN_PROFESSION_NAME : (stryCov_9fa48("946"), candidate.profession_name ?? UNKNOWN_PROFESSION_NAME),
        total_score: round4(stryMutAct_9fa48("947") ? love + goodAt + world - paid : (stryCov_9fa48("947"), (stryMutAct_9fa48("948") ? love + goodAt - world : (stryCov_9fa48("948"), (stryMutAct_9fa48("949") ? love - goodAt : (stryCov_9fa48("949"), love + goodAt)) + world)) + paid)),
        intrinsic_score: round4(stryMutAct_9fa48("950") ? love - goodAt : (stryCov_9fa48("950"), love + goodAt)),
        extrinsic_score: round4(stryMutAct_9fa48("951") ? world - paid : (stryCov_9fa48("951"), world + paid)),
        congruence_score: round4(stryMutAct_9fa48("952") ? candidate.congruence_score && DEFAULT_CONGRUENCE_SCORE : (stryCov_9fa48("952"), candidate.congruence_score ?? DEFAULT_CONGRUENCE_SCORE)),
        avg_r_normalized: (stryMutAct_9fa48("955") ? present !== 0 : stryMutAct_9fa48("954") ? false : stryMutAct_9fa48("953") ? true : (stryCov_9fa48("953", "954", "955"), present === 0)) ? 0 : round4(stryMutAct_9fa48("956") ? normSum * present : (stryCov_9fa48("956"), normSum / present)),
        score_what_you_love: love,
        score_what_you_are_good_at: goodAt,
        score_what_the_world_needs: world,
        score_what_you_can_be_paid_for: paid
      });
    }
  });
  return aggregateScores;
})());