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
import type { ProfessionScoreEntry, TieBreakingDetails } from './scores-data.js';
import type { UnrankedScore } from './aggregate.js';
import { TIEBREAK_CRITERIA } from './weights.js';
export interface Ranking {
  readonly ranked: ProfessionScoreEntry[];
  readonly tieBreakingApplied: boolean;
  readonly tieBreakingDetails: TieBreakingDetails | null;
}

/**
 * Tie detection happens on the 4-dp totals *before* sorting (decisions §4 (27)): every profession whose total
 * equals the top total exactly is tied, listed in candidate order. Rounded values compare exactly, so no
 * tolerance is needed and float noise of the raw sums cannot create or hide a tie.
 */
const detectTopTie = (scores: readonly UnrankedScore[]): TieBreakingDetails | null => {
  if (stryMutAct_9fa48("1041")) {
    {}
  } else {
    stryCov_9fa48("1041");
    let top = stryMutAct_9fa48("1042") ? +Infinity : (stryCov_9fa48("1042"), -Infinity);
    for (const score of scores) if (stryMutAct_9fa48("1046") ? score.total_score <= top : stryMutAct_9fa48("1045") ? score.total_score >= top : stryMutAct_9fa48("1044") ? false : stryMutAct_9fa48("1043") ? true : (stryCov_9fa48("1043", "1044", "1045", "1046"), score.total_score > top)) top = score.total_score;
    const tied = stryMutAct_9fa48("1047") ? scores.map(score => score.profession_id) : (stryCov_9fa48("1047"), scores.filter(stryMutAct_9fa48("1048") ? () => undefined : (stryCov_9fa48("1048"), score => stryMutAct_9fa48("1051") ? score.total_score !== top : stryMutAct_9fa48("1050") ? false : stryMutAct_9fa48("1049") ? true : (stryCov_9fa48("1049", "1050", "1051"), score.total_score === top))).map(stryMutAct_9fa48("1052") ? () => undefined : (stryCov_9fa48("1052"), score => score.profession_id)));
    if (stryMutAct_9fa48("1056") ? tied.length >= 2 : stryMutAct_9fa48("1055") ? tied.length <= 2 : stryMutAct_9fa48("1054") ? false : stryMutAct_9fa48("1053") ? true : (stryCov_9fa48("1053", "1054", "1055", "1056"), tied.length < 2)) return null;
    return stryMutAct_9fa48("1057") ? {} : (stryCov_9fa48("1057"), {
      tied_profession_ids: tied,
      tied_total_score: top,
      tiebreak_criteria_used: stryMutAct_9fa48("1058") ? [] : (stryCov_9fa48("1058"), [...TIEBREAK_CRITERIA])
    });
  }
};

/** Descending on (total, intrinsic, congruence, avg r_norm); equal keys compare 0 so candidate order stays. */
const byRankingKey = stryMutAct_9fa48("1059") ? () => undefined : (stryCov_9fa48("1059"), (() => {
  const byRankingKey = (a: UnrankedScore, b: UnrankedScore): number => stryMutAct_9fa48("1062") ? (b.total_score - a.total_score || b.intrinsic_score - a.intrinsic_score || b.congruence_score - a.congruence_score) && b.avg_r_normalized - a.avg_r_normalized : stryMutAct_9fa48("1061") ? false : stryMutAct_9fa48("1060") ? true : (stryCov_9fa48("1060", "1061", "1062"), (stryMutAct_9fa48("1064") ? (b.total_score - a.total_score || b.intrinsic_score - a.intrinsic_score) && b.congruence_score - a.congruence_score : stryMutAct_9fa48("1063") ? false : (stryCov_9fa48("1063", "1064"), (stryMutAct_9fa48("1066") ? b.total_score - a.total_score && b.intrinsic_score - a.intrinsic_score : stryMutAct_9fa48("1065") ? false : (stryCov_9fa48("1065", "1066"), (stryMutAct_9fa48("1067") ? b.total_score + a.total_score : (stryCov_9fa48("1067"), b.total_score - a.total_score)) || (stryMutAct_9fa48("1068") ? b.intrinsic_score + a.intrinsic_score : (stryCov_9fa48("1068"), b.intrinsic_score - a.intrinsic_score)))) || (stryMutAct_9fa48("1069") ? b.congruence_score + a.congruence_score : (stryCov_9fa48("1069"), b.congruence_score - a.congruence_score)))) || (stryMutAct_9fa48("1070") ? b.avg_r_normalized + a.avg_r_normalized : (stryCov_9fa48("1070"), b.avg_r_normalized - a.avg_r_normalized)));
  return byRankingKey;
})());

// An explicit literal (not a spread) keeps the stored key order and one object shape for every entry.
const withRank = stryMutAct_9fa48("1071") ? () => undefined : (stryCov_9fa48("1071"), (() => {
  const withRank = (score: UnrankedScore, rank: number): ProfessionScoreEntry => stryMutAct_9fa48("1072") ? {} : (stryCov_9fa48("1072"), {
    rank,
    profession_id: score.profession_id,
    profession_name: score.profession_name,
    total_score: score.total_score,
    intrinsic_score: score.intrinsic_score,
    extrinsic_score: score.extrinsic_score,
    congruence_score: score.congruence_score,
    avg_r_normalized: score.avg_r_normalized,
    score_what_you_love: score.score_what_you_love,
    score_what_you_are_good_at: score.score_what_you_are_good_at,
    score_what_the_world_needs: score.score_what_the_world_needs,
    score_what_you_can_be_paid_for: score.score_what_you_can_be_paid_for
  });
  return withRank;
})());

/** Upstream §4.8 steps 8–9: detect the top tie, stable-sort (Array#sort is stable), write rank 1..N. */
export const rankScores = (scores: readonly UnrankedScore[]): Ranking => {
  if (stryMutAct_9fa48("1073")) {
    {}
  } else {
    stryCov_9fa48("1073");
    const tieBreakingDetails = detectTopTie(scores);
    const ranked = stryMutAct_9fa48("1074") ? [...scores].map((score, index) => withRank(score, index + 1)) : (stryCov_9fa48("1074"), (stryMutAct_9fa48("1075") ? [] : (stryCov_9fa48("1075"), [...scores])).sort(byRankingKey).map(stryMutAct_9fa48("1076") ? () => undefined : (stryCov_9fa48("1076"), (score, index) => withRank(score, stryMutAct_9fa48("1077") ? index - 1 : (stryCov_9fa48("1077"), index + 1)))));
    return stryMutAct_9fa48("1078") ? {} : (stryCov_9fa48("1078"), {
      ranked,
      tieBreakingApplied: stryMutAct_9fa48("1081") ? tieBreakingDetails === null : stryMutAct_9fa48("1080") ? false : stryMutAct_9fa48("1079") ? true : (stryCov_9fa48("1079", "1080", "1081"), tieBreakingDetails !== null),
      tieBreakingDetails
    });
  }
};