// @ts-nocheck
import {
  ProfessionId,
  type RecommendationsData,
  type ScoredSnapshot,
  type StoredScores,
  SessionId,
  SessionToken,
  UserId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import { Nullable, PgDate } from './row-codecs.js';

/**
 * The columns of one row of the batch snapshot query. The score documents are checked one level deep, as the
 * ikigai repository does; the rescore itself validates every r_raw entry it reuses (StoredScoresCorrupt).
 */
const SnapshotColumns = t.type({
  id: t.number,
  user_id: t.string,
  session_token: t.string,
  version: t.string,
  calculated_at: PgDate,
  total_scores: t.type({ profession_scores: t.array(t.UnknownRecord), metadata: t.UnknownRecord }),
  top_profession1_id: Nullable(t.number),
  top_profession2_id: Nullable(t.number),
  dimension_scores: t.type({
    dimension_scores: t.UnknownRecord,
    normalization_params: t.UnknownRecord,
    metadata: t.UnknownRecord,
  }),
  ai_model_used: t.string,
  total_api_calls: Nullable(t.number),
  /** The stored candidates' ids and congruence scores, in stored order (a fraction of the entries' size). */
  candidate_ids: t.readonlyArray(t.number),
  candidate_congruence: t.readonlyArray(t.number),
  selected_1: Nullable(t.number),
  selected_2: Nullable(t.number),
  selected_3: Nullable(t.number),
  selected_4: Nullable(t.number),
  recommendations_data: Nullable(
    t.type({
      ikigai_profile_summary: t.UnknownRecord,
      recommended_professions: t.array(t.UnknownRecord),
      generation_context: t.UnknownRecord,
    }),
  ),
});

/** The columns above, with the two candidate arrays of one length (one entry per stored candidate). */
export const SnapshotRow = new t.Type<t.TypeOf<typeof SnapshotColumns>, unknown, unknown>(
  'SnapshotRow',
  (u): u is t.TypeOf<typeof SnapshotColumns> =>
    SnapshotColumns.is(u) && u.candidate_ids.length === u.candidate_congruence.length,
  (u, c) =>
    pipe(
      SnapshotColumns.validate(u, c),
      E.chain((row) =>
        row.candidate_ids.length === row.candidate_congruence.length
          ? t.success(row)
          : t.failure(u, c, 'every stored candidate needs a profession_id and a congruence_score'),
      ),
    ),
  (row) => row,
);

export const toSnapshot = (r: t.TypeOf<typeof SnapshotRow>): ScoredSnapshot => ({
  id: SessionId(r.id),
  userId: UserId(r.user_id),
  token: SessionToken(r.session_token),
  version: r.version,
  scores: {
    // Shapes checked above; the documents are the ones this service (or an earlier rescore) wrote.
    dimensionScores: r.dimension_scores as unknown as StoredScores['dimensionScores'],
    totalScores: r.total_scores as unknown as StoredScores['totalScores'],
    topProfession1: r.top_profession1_id,
    topProfession2: r.top_profession2_id,
    aiModelUsed: r.ai_model_used,
    totalApiCalls: r.total_api_calls ?? 4,
    calculatedAt: r.calculated_at,
  },
  candidates: r.candidate_ids.map((id, i) => ({
    profession_id: ProfessionId(id),
    congruence_score: r.candidate_congruence[i],
  })),
  selected: {
    what_you_love: r.selected_1,
    what_you_are_good_at: r.selected_2,
    what_the_world_needs: r.selected_3,
    what_you_can_be_paid_for: r.selected_4,
  },
  recommendation: r.recommendations_data as unknown as RecommendationsData | null,
});
