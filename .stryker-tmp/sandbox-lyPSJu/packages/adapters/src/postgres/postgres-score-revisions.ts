// @ts-nocheck
import { type PortError, type ScoreRevision, type ScoreRevisionRepository, SessionId } from '@kenali/domain';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { Knex } from 'knex';
import { attempt } from './attempt.js';
import { jsonb } from './row-codecs.js';

const PORT = 'score_revisions';

/**
 * The write of any number of rescored sessions as ONE statement (one round trip, one plan, one commit), with
 * everything per session: `old` locks a session's totals row only if they still carry the expected version
 * (in session order, so concurrent writers cannot deadlock), the revision copies the documents being replaced,
 * and the new ones are stored. Every CTE sees the statement's snapshot, so `old` and `old_rec` read the
 * previous version while the others overwrite it. Under READ COMMITTED a writer that committed first makes
 * `old` re-check the row, find a new calculated_at and drop that session: it gets no write at all.
 * A dimension document whose content stays is neither rewritten nor copied (see ScoreRevision).
 */
const APPLY_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset(CAST(? AS jsonb)) AS i(
    session bigint, version text, total_doc jsonb, top1 bigint, top2 bigint, calculated_at timestamptz,
    dimensions_changed boolean, dimension_doc jsonb, model text, api_calls int,
    replace_rec boolean, rec_doc jsonb, rec_model text, rec_at timestamptz,
    run_id bigint, actor text, reason text, mode text, narrative text, diff jsonb)
), old AS (
  SELECT i.*, t.scores_data AS old_total, t.top_profession1_id AS old_top1, t.top_profession2_id AS old_top2,
         t.calculated_at AS old_at, d.ai_model_used AS old_model, d.total_api_calls AS old_api_calls,
         CASE WHEN i.dimensions_changed THEN d.scores_data END AS old_dimension
    FROM input i
    JOIN ikigai_total_scores t
      ON t.test_session_id = i.session AND t.calculated_at = CAST(i.version AS timestamptz)
    JOIN ikigai_dimension_scores d ON d.test_session_id = i.session
   ORDER BY i.session
     FOR UPDATE OF t
), old_rec AS (
  SELECT r.test_session_id, r.recommendations_data
    FROM career_recommendations r JOIN old ON r.test_session_id = old.session
   WHERE old.replace_rec
), upd_t AS (
  UPDATE ikigai_total_scores t
     SET scores_data = old.total_doc, top_profession1_id = old.top1, top_profession2_id = old.top2,
         calculated_at = old.calculated_at
    FROM old WHERE t.test_session_id = old.session
  RETURNING t.test_session_id
), upd_d AS (
  UPDATE ikigai_dimension_scores d
     SET scores_data = old.dimension_doc, calculated_at = old.calculated_at, ai_model_used = old.model,
         total_api_calls = old.api_calls
    FROM old WHERE d.test_session_id = old.session AND old.dimensions_changed
  RETURNING d.test_session_id
), upd_r AS (
  UPDATE career_recommendations r
     SET recommendations_data = old.rec_doc, top_profession1_id = old.top1, top_profession2_id = old.top2,
         ai_model_used = COALESCE(old.rec_model, r.ai_model_used), generated_at = COALESCE(old.rec_at, r.generated_at)
    FROM old WHERE r.test_session_id = old.session AND old.replace_rec
  RETURNING r.test_session_id
), ins_r AS (
  INSERT INTO career_recommendations
         (test_session_id, recommendations_data, top_profession1_id, top_profession2_id, ai_model_used, generated_at)
  SELECT old.session, old.rec_doc, old.top1, old.top2, COALESCE(old.rec_model, 'none'), COALESCE(old.rec_at, now())
    FROM old
   WHERE old.replace_rec AND NOT EXISTS (SELECT 1 FROM old_rec WHERE old_rec.test_session_id = old.session)
  ON CONFLICT (test_session_id) DO NOTHING
  RETURNING test_session_id
), rev AS (
  INSERT INTO score_revisions
         (test_session_id, revision, run_id, actor, reason, mode, narrative, diff, old_dimension_scores,
          old_total_scores, old_top_profession1_id, old_top_profession2_id, old_ai_model_used,
          old_total_api_calls, old_calculated_at, old_recommendations_data)
  SELECT old.session,
         COALESCE((SELECT max(s.revision) FROM score_revisions s WHERE s.test_session_id = old.session), 0) + 1,
         old.run_id, old.actor, old.reason, old.mode, old.narrative, old.diff, old.old_dimension, old.old_total,
         old.old_top1, old.old_top2, old.old_model, old.old_api_calls, old.old_at,
         (SELECT old_rec.recommendations_data FROM old_rec WHERE old_rec.test_session_id = old.session)
    FROM old
  RETURNING test_session_id
)
SELECT (SELECT coalesce(array_agg(test_session_id), '{}') FROM upd_t) AS sessions,
       (SELECT count(*) FROM rev)::int AS revisions,
       (SELECT count(*) FROM upd_d)::int AS dimension_rows,
       (SELECT count(*) FROM old WHERE dimensions_changed)::int AS dimension_expected`;

interface ApplyRow {
  readonly sessions: number[];
  readonly revisions: number;
  readonly dimension_rows: number;
  readonly dimension_expected: number;
}

/** One input record per session, named as the recordset columns above. */
const record = (r: ScoreRevision) => {
  const rec = r.recommendation;
  return {
    session: r.session,
    version: r.expectedVersion,
    total_doc: r.scores.totalScores,
    top1: r.scores.topProfession1,
    top2: r.scores.topProfession2,
    calculated_at: r.scores.calculatedAt.toISOString(),
    dimensions_changed: r.dimensionsChanged,
    dimension_doc: r.dimensionsChanged ? r.scores.dimensionScores : null,
    model: r.scores.aiModelUsed,
    api_calls: r.scores.totalApiCalls,
    replace_rec: rec !== null,
    rec_doc: rec?.data ?? null,
    rec_model: rec?.aiModelUsed ?? null,
    rec_at: rec?.generatedAt?.toISOString() ?? null,
    run_id: r.author.runId,
    actor: r.author.actor,
    reason: r.author.reason,
    mode: r.author.mode,
    narrative: r.narrative,
    diff: r.diff,
  };
};

export class PostgresScoreRevisions implements ScoreRevisionRepository {
  constructor(private readonly db: Knex) {}

  applyAll(revisions: readonly ScoreRevision[]): TE.TaskEither<PortError, ReadonlySet<SessionId>> {
    if (revisions.length === 0) return TE.right(new Set());
    return pipe(
      attempt(PORT, async () => {
        const { rows } = await this.db.raw<{ rows: ApplyRow[] }>(APPLY_SQL, [jsonb(revisions.map(record))]);
        const [row] = rows;
        // A cheap guard against a statement that wrote a session only in part (it would be a bug above).
        if (row.revisions !== row.sessions.length || row.dimension_rows !== row.dimension_expected) {
          throw new Error(`revision write was partial: ${JSON.stringify(row)}`);
        }
        return row.sessions;
      }),
      TE.map((ids) => new Set(ids.map((id) => SessionId(Number(id))))),
    );
  }
}
