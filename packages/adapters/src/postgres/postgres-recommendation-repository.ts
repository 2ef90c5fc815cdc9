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
import { KENALI_SCHEMA, type PhysicalSchema } from './physical-schema.js';
import { firstRow, namedRun, oncePer, statement } from './named-query.js';
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
  // NULL where upstream's Alembic schema has no default and its writer set none.
  ai_model_used: Nullable(t.string),
  generated_at: PgDate,
});

/** What a recommendation upstream stored without naming its model is read as. */
export const UNKNOWN_MODEL = 'unknown';

/**
 * The rank-1/rank-2 profession of the stored document: upstream's writer (MD 3) left the top id columns
 * NULL, the document still names both professions with their rank.
 */
const rankedId = (professions: readonly Record<string, unknown>[], rank: number): number | null => {
  const entry = professions.find((p) => p.rank === rank) ?? professions[rank - 1];
  return typeof entry?.profession_id === 'number' ? entry.profession_id : null;
};

/** The columns the decoder reads, under kenali's names whatever the database calls them. */
export const recommendationColumns = (schema: PhysicalSchema, alias = '', prefix = ''): string[] => {
  const at = alias ? `${alias}.` : '';
  return [
    `${at}recommendations_data as ${prefix}recommendations_data`,
    `${at}${schema.recommendationTop[0]} as ${prefix}top_profession1_id`,
    `${at}${schema.recommendationTop[1]} as ${prefix}top_profession2_id`,
    `${at}ai_model_used as ${prefix}ai_model_used`,
    `${at}${schema.recommendationTime} as ${prefix}generated_at`,
  ];
};

/** A `career_recommendations` row as the domain's record (or none); also used by the reads. */
export const decodeRecommendation = decodeOptionalRow(PORT, Row, (r): StoredRecommendation => ({
  // The shape was checked above; the document is the one this service wrote.
  data: r.recommendations_data as unknown as RecommendationsData,
  topProfession1: r.top_profession1_id ?? rankedId(r.recommendations_data.recommended_professions, 1),
  topProfession2:
    r.top_profession2_id ??
    (r.top_profession1_id === null ? rankedId(r.recommendations_data.recommended_professions, 2) : null),
  aiModelUsed: r.ai_model_used ?? UNKNOWN_MODEL,
  generatedAt: r.generated_at,
}));

// Run as named statements (ADR 0036); the texts follow the database's column names.
const saveOnce = oncePer(
  ({ recommendationTop: top, recommendationTime: time, recommendationGoal }: PhysicalSchema) =>
    statement(
      `insert into ${PORT} (test_session_id, recommendations_data, "${top[0]}", "${top[1]}", ai_model_used, "${time}"` +
        // Alembic's schema has the goal here too; only RECOMMENDATION tests have a recommendation.
        `${recommendationGoal ? ', test_goal' : ''}) values (?, ?, ?, ?, ?, ?${recommendationGoal ? `, 'RECOMMENDATION'` : ''})
  on conflict (test_session_id) do nothing returning id`,
    ),
);
const find = oncePer((schema: PhysicalSchema) =>
  statement(
    `select ${recommendationColumns(schema).join(', ')} from ${PORT} where test_session_id = ? limit 1`,
  ),
);

export class PostgresRecommendationRepository implements RecommendationRepository {
  constructor(
    private readonly db: Knex | Knex.Transaction,
    private readonly schema: PhysicalSchema = KENALI_SCHEMA,
  ) {}

  saveOnce(session: SessionId, r: StoredRecommendation): TE.TaskEither<PortError, boolean> {
    return attempt(PORT, async () => {
      const { rows } = await namedRun(this.db, saveOnce(this.schema), [
        session,
        jsonb(r.data),
        r.topProfession1,
        r.topProfession2,
        r.aiModelUsed,
        r.generatedAt,
      ]);
      return rows.length === 1;
    });
  }

  find(session: SessionId): TE.TaskEither<PortError, O.Option<StoredRecommendation>> {
    return pipe(
      attempt(PORT, () => firstRow(this.db, find(this.schema), [session])),
      TE.chainEitherK(decodeRecommendation),
    );
  }
}
