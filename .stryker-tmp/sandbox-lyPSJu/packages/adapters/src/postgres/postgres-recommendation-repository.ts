// @ts-nocheck
import type {
  PortError,
  RecommendationRepository,
  RecommendationsData,
  SessionId,
  StoredRecommendation,
} from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { Nullable, PgDate, jsonb } from './row-codecs.js';

const PORT = 'career_recommendations';
const Row = t.type({
  recommendations_data: t.type({
    ikigai_profile_summary: t.UnknownRecord,
    recommended_professions: t.array(t.UnknownRecord),
    generation_context: t.UnknownRecord,
  }),
  top_profession1_id: Nullable(t.number),
  top_profession2_id: Nullable(t.number),
  ai_model_used: t.string,
  generated_at: PgDate,
});

/** A `career_recommendations` row as the domain's record (or none); also used by the reads. */
export const decodeRecommendation = decodeOptionalRow(PORT, Row, (r): StoredRecommendation => ({
  // The shape was checked above; the document is the one this service wrote.
  data: r.recommendations_data as unknown as RecommendationsData,
  topProfession1: r.top_profession1_id,
  topProfession2: r.top_profession2_id,
  aiModelUsed: r.ai_model_used,
  generatedAt: r.generated_at,
}));

export class PostgresRecommendationRepository implements RecommendationRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  saveOnce(session: SessionId, r: StoredRecommendation): TE.TaskEither<PortError, boolean> {
    return attempt(PORT, async () => {
      const rows: unknown[] = await this.db(PORT)
        .insert({
          test_session_id: session,
          recommendations_data: jsonb(r.data),
          top_profession1_id: r.topProfession1,
          top_profession2_id: r.topProfession2,
          ai_model_used: r.aiModelUsed,
          generated_at: r.generatedAt,
        })
        .onConflict('test_session_id')
        .ignore()
        .returning('id');
      return rows.length === 1;
    });
  }

  find(session: SessionId): TE.TaskEither<PortError, O.Option<StoredRecommendation>> {
    return pipe(
      attempt(PORT, () => this.db(PORT).where({ test_session_id: session }).first()),
      TE.chainEitherK(decodeRecommendation),
    );
  }
}
