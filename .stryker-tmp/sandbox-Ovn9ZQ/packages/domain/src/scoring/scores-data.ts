// @ts-nocheck
import type { DimensionKey } from '../model/dimension.js';
import type { ProfessionId } from '../model/ids.js';
import type { SCORING_STRATEGY, TiebreakCriterion } from './weights.js';

// Object type aliases with mutable arrays (not interfaces / readonly arrays) so every document is assignable
// to `JsonObject` and can be written to JSONB unchanged. Key order of the builders is the stored key order.

/** One profession in one dimension (upstream §4.9); all numbers 4 dp. */
export type DimensionScoreEntry = {
  readonly profession_id: ProfessionId;
  readonly r_raw: number;
  readonly r_normalized: number;
  readonly text_score: number;
  readonly click_score: number;
  readonly dimension_total: number;
};

export type NormalizationParams = {
  readonly r_min: number;
  readonly r_max: number;
  readonly professions_evaluated: number;
};

/** `ikigai_dimension_scores.scores_data`, exactly upstream §4.9. */
export type IkigaiDimensionScoresData = {
  readonly dimension_scores: { readonly [K in DimensionKey]: DimensionScoreEntry[] };
  readonly normalization_params: { readonly [K in DimensionKey]: NormalizationParams };
  readonly metadata: {
    readonly total_candidates_scored: number;
    readonly scoring_strategy: typeof SCORING_STRATEGY;
    readonly fallback_used: boolean;
    readonly failed_dimensions: DimensionKey[];
    readonly calculated_at: string;
  };
};

/** `score_what_you_love` … `score_what_you_can_be_paid_for`: the dimension_total per dimension (0 if absent). */
export type DimensionScoreFields = { readonly [K in DimensionKey as `score_${K}`]: number };

/** One ranked profession of `ikigai_total_scores.scores_data` (upstream §4.10); all numbers 4 dp. */
export type ProfessionScoreEntry = {
  readonly rank: number;
  readonly profession_id: ProfessionId;
  readonly profession_name: string;
  readonly total_score: number;
  readonly intrinsic_score: number;
  readonly extrinsic_score: number;
  readonly congruence_score: number;
  readonly avg_r_normalized: number;
} & DimensionScoreFields;

export type TieBreakingDetails = {
  readonly tied_profession_ids: ProfessionId[];
  readonly tied_total_score: number;
  readonly tiebreak_criteria_used: TiebreakCriterion[];
};

/** `ikigai_total_scores.scores_data`, exactly upstream §4.10. */
export type IkigaiTotalScoresData = {
  readonly profession_scores: ProfessionScoreEntry[];
  readonly metadata: {
    readonly total_professions_ranked: number;
    readonly tie_breaking_applied: boolean;
    readonly tie_breaking_details: TieBreakingDetails | null;
    /** `[top_1_id, top_2_id]`; the second is null when only one profession was scored. */
    readonly top_2_professions: [ProfessionId, ProfessionId | null];
    readonly calculated_at: string;
  };
};

/** Both stored documents plus the two top ids for the `top_profession1_id/2_id` columns. */
export type IkigaiScoringResult = {
  readonly dimension_scores: IkigaiDimensionScoresData;
  readonly total_scores: IkigaiTotalScoresData;
  readonly top_profession1_id: ProfessionId;
  readonly top_profession2_id: ProfessionId | null;
};
