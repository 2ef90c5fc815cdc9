// @ts-nocheck
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
export const presentProfessionScore = (entry: ScoredFields): ProfessionPresentation => ({
  match_percentage: round2(entry.total_score),
  score_breakdown: {
    total_score: round2(entry.total_score),
    intrinsic_score: round2(entry.intrinsic_score),
    extrinsic_score: round2(entry.extrinsic_score),
    score_what_you_love: round2(entry.score_what_you_love),
    score_what_you_are_good_at: round2(entry.score_what_you_are_good_at),
    score_what_the_world_needs: round2(entry.score_what_the_world_needs),
    score_what_you_can_be_paid_for: round2(entry.score_what_you_can_be_paid_for),
  },
});
