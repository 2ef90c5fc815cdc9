// @ts-nocheck
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
  let top = -Infinity;
  for (const score of scores) if (score.total_score > top) top = score.total_score;
  const tied = scores.filter((score) => score.total_score === top).map((score) => score.profession_id);
  if (tied.length < 2) return null;
  return { tied_profession_ids: tied, tied_total_score: top, tiebreak_criteria_used: [...TIEBREAK_CRITERIA] };
};

/** Descending on (total, intrinsic, congruence, avg r_norm); equal keys compare 0 so candidate order stays. */
const byRankingKey = (a: UnrankedScore, b: UnrankedScore): number =>
  b.total_score - a.total_score ||
  b.intrinsic_score - a.intrinsic_score ||
  b.congruence_score - a.congruence_score ||
  b.avg_r_normalized - a.avg_r_normalized;

// An explicit literal (not a spread) keeps the stored key order and one object shape for every entry.
const withRank = (score: UnrankedScore, rank: number): ProfessionScoreEntry => ({
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
  score_what_you_can_be_paid_for: score.score_what_you_can_be_paid_for,
});

/** Upstream §4.8 steps 8–9: detect the top tie, stable-sort (Array#sort is stable), write rank 1..N. */
export const rankScores = (scores: readonly UnrankedScore[]): Ranking => {
  const tieBreakingDetails = detectTopTie(scores);
  const ranked = [...scores].sort(byRankingKey).map((score, index) => withRank(score, index + 1));
  return { ranked, tieBreakingApplied: tieBreakingDetails !== null, tieBreakingDetails };
};
