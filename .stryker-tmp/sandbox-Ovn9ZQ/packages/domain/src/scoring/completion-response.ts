// @ts-nocheck
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

export const IKIGAI_COMPLETION_MESSAGE =
  'Penilaian Ikigai selesai. Berikut profesi yang paling selaras dengan jawaban dan minatmu.';

/** Stored rows written by older services may lack `rank`; then the list position is the rank (upstream §4.11). */
type StoredEntry = Omit<ProfessionScoreEntry, 'rank'> & { readonly rank?: number };

const toBreakdown = (entry: StoredEntry, index: number): ProfessionScoreBreakdown => ({
  rank: entry.rank ?? index + 1,
  profession_id: entry.profession_id,
  total_score: round4(entry.total_score),
  score_what_you_love: round4(entry.score_what_you_love),
  score_what_you_are_good_at: round4(entry.score_what_you_are_good_at),
  score_what_the_world_needs: round4(entry.score_what_the_world_needs),
  score_what_you_can_be_paid_for: round4(entry.score_what_you_can_be_paid_for),
  intrinsic_score: round4(entry.intrinsic_score),
  extrinsic_score: round4(entry.extrinsic_score),
});

/**
 * Builds the completion response from `ikigai_total_scores.scores_data`, so the submit path and the result
 * endpoint (which rebuilds from the stored row) produce the same body.
 */
export const buildIkigaiCompletionResponse = (
  sessionToken: SessionToken,
  totals: {
    readonly profession_scores: readonly StoredEntry[];
    readonly metadata: Pick<IkigaiTotalScoresData['metadata'], 'tie_breaking_applied' | 'calculated_at'>;
  },
): IkigaiCompletionResponse => ({
  session_token: sessionToken,
  status: 'completed',
  top_2_professions: totals.profession_scores.slice(0, 2).map(toBreakdown),
  total_professions_evaluated: totals.profession_scores.length,
  tie_breaking_applied: totals.metadata.tie_breaking_applied,
  calculated_at: totals.metadata.calculated_at,
  message: IKIGAI_COMPLETION_MESSAGE,
});
