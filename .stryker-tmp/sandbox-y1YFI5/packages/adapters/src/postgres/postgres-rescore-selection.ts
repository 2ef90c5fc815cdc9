// @ts-nocheck
import {
  type PortError,
  type RescoreFilter,
  type RescoreSelection,
  type ScoredSnapshot,
  type SelectedSession,
  SessionId,
  SessionToken,
  UserId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeRow } from './attempt.js';
import { filtered } from './rescore-filter-sql.js';
import { SnapshotRow, toSnapshot } from './rescore-snapshot.codec.js';

const PORT = 'rescore_selection';

const SelectedRow = t.type({
  id: t.number,
  user_id: t.string,
  session_token: t.string,
  kind: t.keyof({ scored: null, stuck: null }),
});

const toSelected = (row: t.TypeOf<typeof SelectedRow>): SelectedSession => ({
  id: SessionId(row.id),
  kind: row.kind,
  userId: UserId(row.user_id),
  token: SessionToken(row.session_token),
});

const decodeAll =
  <A, B>(codec: t.Decoder<unknown, A>, map: (a: A) => B) =>
  (rows: readonly unknown[]): E.Either<PortError, readonly B[]> => {
    const out: B[] = [];
    for (const row of rows) {
      const decoded = decodeRow(PORT, codec)(row);
      if (E.isLeft(decoded)) return decoded;
      out.push(map(decoded.right));
    }
    return E.right(out);
  };

/** Keyset-paginated selection and batch snapshot reads for `kenali rescore` and its queue workers. */
export class PostgresRescoreSelection implements RescoreSelection {
  constructor(private readonly db: Knex) {}

  count(filter: RescoreFilter, after: SessionId | null): TE.TaskEither<PortError, number> {
    return attempt(PORT, async () => {
      const row = (await filtered(this.db, filter, after).count({ n: '*' }).first()) as {
        n: number | string;
      };
      return Number(row.n);
    });
  }

  nextBatch(
    filter: RescoreFilter,
    after: SessionId | null,
    limit: number,
  ): TE.TaskEither<PortError, readonly SelectedSession[]> {
    return pipe(
      attempt(PORT, () =>
        filtered(this.db, filter, after)
          .select('s.id', 's.user_id', 's.session_token', kindColumn(this.db))
          .orderBy('s.id')
          .limit(limit),
      ),
      TE.chainEitherK(decodeAll(SelectedRow, toSelected)),
    );
  }

  describe(ids: readonly SessionId[]): TE.TaskEither<PortError, readonly SelectedSession[]> {
    const everything: RescoreFilter = {
      tokens: null,
      since: null,
      until: null,
      scored: true,
      fallbackOnly: false,
      stuck: true,
    };
    return pipe(
      attempt(PORT, () =>
        filtered(this.db, everything, null)
          .whereIn('s.id', [...ids])
          .select('s.id', 's.user_id', 's.session_token', kindColumn(this.db))
          .orderBy('s.id'),
      ),
      TE.chainEitherK(decodeAll(SelectedRow, toSelected)),
    );
  }

  loadScored(ids: readonly SessionId[]): TE.TaskEither<PortError, readonly ScoredSnapshot[]> {
    if (ids.length === 0) return TE.right([]);
    return pipe(
      attempt(PORT, async () => {
        const { rows } = await this.db.raw<{ rows: unknown[] }>(SNAPSHOT_SQL, [[...ids]]);
        return rows;
      }),
      TE.chainEitherK(decodeAll(SnapshotRow, toSnapshot)),
    );
  }
}

const kindColumn = (db: Knex) =>
  db.raw(`CASE WHEN t.test_session_id IS NULL THEN 'stuck' ELSE 'scored' END AS kind`);

/**
 * One round trip per batch: everything a reuse-mode rescore reads, for every session of the batch. The
 * candidates come as two parallel arrays from jsonpath (less than half the cost of aggregating pairs from
 * the elements); an entry missing a field would shorten its array, which the row codec refuses.
 */
const SNAPSHOT_SQL = `
  SELECT s.id, s.user_id, s.session_token,
         t.calculated_at::text AS version, t.calculated_at,
         t.scores_data AS total_scores, t.top_profession1_id, t.top_profession2_id,
         d.scores_data AS dimension_scores, d.ai_model_used, d.total_api_calls,
         jsonb_path_query_array(c.candidates_data, '$.candidates[*].profession_id') AS candidate_ids,
         jsonb_path_query_array(c.candidates_data, '$.candidates[*].congruence_score') AS candidate_congruence,
         r.dimension1_love -> 'selected_profession_id' AS selected_1,
         r.dimension2_good_at -> 'selected_profession_id' AS selected_2,
         r.dimension3_world_needs -> 'selected_profession_id' AS selected_3,
         r.dimension4_paid_for -> 'selected_profession_id' AS selected_4,
         cr.recommendations_data
    FROM careerprofile_test_sessions s
    JOIN ikigai_total_scores t ON t.test_session_id = s.id
    JOIN ikigai_dimension_scores d ON d.test_session_id = s.id
    JOIN ikigai_candidate_professions c ON c.test_session_id = s.id
    LEFT JOIN ikigai_responses r ON r.test_session_id = s.id
    LEFT JOIN career_recommendations cr ON cr.test_session_id = s.id
   WHERE s.id = ANY(?::bigint[])
   ORDER BY s.id`;
