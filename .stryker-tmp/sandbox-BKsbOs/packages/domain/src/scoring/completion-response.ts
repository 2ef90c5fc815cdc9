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
import type { SessionToken } from '../model/ids.js';
import type { DimensionScoreFields, IkigaiTotalScoresData, ProfessionScoreEntry } from './scores-data.js';
import { round4 } from './round-half-even.js';

/** One of the top two professions in the completion / result response (upstream §4.11); 4 dp. */
export type ProfessionScoreBreakdown = {
  readonly rank: number;
  readonly profession_id: ProfessionScoreEntry['profession_id'];
  readonly total_score: number;
} & DimensionScoreFields & {
  readonly intrinsic_score: number;
  readonly extrinsic_score: number;
};

/** Body of the fourth `submit-dimension` and of `GET /ikigai/result/{token}` (upstream §4.11). */
export type IkigaiCompletionResponse = {
  readonly session_token: SessionToken;
  readonly status: 'completed';
  readonly top_2_professions: ProfessionScoreBreakdown[];
  readonly total_professions_evaluated: number;
  readonly tie_breaking_applied: boolean;
  readonly calculated_at: string;
  readonly message: string;
};
export const IKIGAI_COMPLETION_MESSAGE = stryMutAct_9fa48("957") ? "" : (stryCov_9fa48("957"), 'Penilaian Ikigai selesai. Berikut profesi yang paling selaras dengan jawaban dan minatmu.');

/** Stored rows written by older services may lack `rank`; then the list position is the rank (upstream §4.11). */
type StoredEntry = Omit<ProfessionScoreEntry, 'rank'> & {
  readonly rank?: number;
};
const toBreakdown = stryMutAct_9fa48("958") ? () => undefined : (stryCov_9fa48("958"), (() => {
  const toBreakdown = (entry: StoredEntry, index: number): ProfessionScoreBreakdown => stryMutAct_9fa48("959") ? {} : (stryCov_9fa48("959"), {
    rank: stryMutAct_9fa48("960") ? entry.rank && index + 1 : (stryCov_9fa48("960"), entry.rank ?? (stryMutAct_9fa48("961") ? index - 1 : (stryCov_9fa48("961"), index + 1))),
    profession_id: entry.profession_id,
    total_score: round4(entry.total_score),
    score_what_you_love: round4(entry.score_what_you_love),
    score_what_you_are_good_at: round4(entry.score_what_you_are_good_at),
    score_what_the_world_needs: round4(entry.score_what_the_world_needs),
    score_what_you_can_be_paid_for: round4(entry.score_what_you_can_be_paid_for),
    intrinsic_score: round4(entry.intrinsic_score),
    extrinsic_score: round4(entry.extrinsic_score)
  });
  return toBreakdown;
})());

/**
 * Builds the completion response from `ikigai_total_scores.scores_data`, so the submit path and the result
 * endpoint (which rebuilds from the stored row) produce the same body.
 */
export const buildIkigaiCompletionResponse = stryMutAct_9fa48("962") ? () => undefined : (stryCov_9fa48("962"), (() => {
  const buildIkigaiCompletionResponse = (sessionToken: SessionToken, totals: {
    readonly profession_scores: readonly StoredEntry[];
    readonly metadata: Pick<IkigaiTotalScoresData['metadata'], 'tie_breaking_applied' | 'calculated_at'>;
  }): IkigaiCompletionResponse => stryMutAct_9fa48("963") ? {} : (stryCov_9fa48("963"), {
    session_token: sessionToken,
    status: stryMutAct_9fa48("964") ? "" : (stryCov_9fa48("964"), 'completed'),
    top_2_professions: stryMutAct_9fa48("965") ? totals.profession_scores.map(toBreakdown) : (stryCov_9fa48("965"), totals.profession_scores.slice(0, 2).map(toBreakdown)),
    total_professions_evaluated: totals.profession_scores.length,
    tie_breaking_applied: totals.metadata.tie_breaking_applied,
    calculated_at: totals.metadata.calculated_at,
    message: IKIGAI_COMPLETION_MESSAGE
  });
  return buildIkigaiCompletionResponse;
})());