import type { PortError, ScoreRevision, ScoreRevisionRepository } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Knex } from 'knex';
import { attempt } from './attempt.js';
import { jsonb } from './row-codecs.js';

const PORT = 'score_revisions';

/**
 * The whole write of one rescored session as ONE statement, hence one transaction and one round trip:
 * lock the stored scores if they still carry the expected version, copy them (and a recommendation being
 * replaced) into a revision, store the new documents. Every CTE sees the same snapshot, so `old` and
 * `old_rec` read the previous version while the others overwrite it. Under READ COMMITTED a concurrent writer
 * that committed first makes `old` re-check its row, find a new calculated_at and return nothing: no write.
 */
const APPLY_SQL = `
WITH old AS (
  SELECT t.test_session_id, t.scores_data AS total_doc, t.top_profession1_id AS top1,
         t.top_profession2_id AS top2, t.calculated_at, d.scores_data AS dimension_doc,
         d.ai_model_used, d.total_api_calls
    FROM ikigai_total_scores t
    JOIN ikigai_dimension_scores d ON d.test_session_id = t.test_session_id
   WHERE t.test_session_id = :session AND t.calculated_at = CAST(:version AS timestamptz)
     FOR UPDATE OF t, d
), old_rec AS (
  SELECT r.recommendations_data
    FROM career_recommendations r JOIN old ON r.test_session_id = old.test_session_id
   WHERE CAST(:replaceRec AS boolean)
), upd_t AS (
  UPDATE ikigai_total_scores t
     SET scores_data = CAST(:totalDoc AS jsonb), top_profession1_id = :top1, top_profession2_id = :top2,
         calculated_at = :calculatedAt
    FROM old WHERE t.test_session_id = old.test_session_id
  RETURNING t.test_session_id
), upd_d AS (
  UPDATE ikigai_dimension_scores d
     SET scores_data = CAST(:dimensionDoc AS jsonb), calculated_at = :calculatedAt,
         ai_model_used = :model, total_api_calls = :apiCalls
    FROM old WHERE d.test_session_id = old.test_session_id
  RETURNING d.test_session_id
), upd_r AS (
  INSERT INTO career_recommendations AS cr
         (test_session_id, recommendations_data, top_profession1_id, top_profession2_id, ai_model_used, generated_at)
  SELECT old.test_session_id, CAST(:recDoc AS jsonb), :top1, :top2,
         COALESCE(CAST(:recModel AS text), 'none'), COALESCE(CAST(:recAt AS timestamptz), now())
    FROM old WHERE CAST(:replaceRec AS boolean)
  ON CONFLICT (test_session_id) DO UPDATE
     SET recommendations_data = EXCLUDED.recommendations_data,
         top_profession1_id = EXCLUDED.top_profession1_id, top_profession2_id = EXCLUDED.top_profession2_id,
         ai_model_used = COALESCE(CAST(:recModel AS text), cr.ai_model_used),
         generated_at = COALESCE(CAST(:recAt AS timestamptz), cr.generated_at)
  RETURNING cr.test_session_id
), rev AS (
  INSERT INTO score_revisions
         (test_session_id, revision, run_id, actor, reason, mode, narrative, diff, old_dimension_scores,
          old_total_scores, old_top_profession1_id, old_top_profession2_id, old_ai_model_used,
          old_total_api_calls, old_calculated_at, old_recommendations_data)
  SELECT old.test_session_id,
         COALESCE((SELECT max(revision) FROM score_revisions WHERE test_session_id = old.test_session_id), 0) + 1,
         :runId, :actor, :reason, :mode, :narrative, CAST(:diff AS jsonb), old.dimension_doc, old.total_doc,
         old.top1, old.top2, old.ai_model_used, old.total_api_calls, old.calculated_at,
         (SELECT recommendations_data FROM old_rec)
    FROM old
  RETURNING id
)
SELECT (SELECT count(*) FROM upd_t)::int AS updated, (SELECT count(*) FROM rev)::int AS revisions,
       (SELECT count(*) FROM upd_d)::int AS dimension_rows, (SELECT count(*) FROM upd_r)::int AS recommendation_rows`;

interface ApplyRow {
  readonly updated: number;
  readonly revisions: number;
}

export class PostgresScoreRevisions implements ScoreRevisionRepository {
  constructor(private readonly db: Knex) {}

  apply(r: ScoreRevision): TE.TaskEither<PortError, boolean> {
    const rec = r.recommendation;
    return attempt(PORT, async () => {
      const { rows } = await this.db.raw<{ rows: ApplyRow[] }>(APPLY_SQL, {
        session: r.session,
        version: r.expectedVersion,
        replaceRec: rec !== null,
        totalDoc: jsonb(r.scores.totalScores),
        dimensionDoc: jsonb(r.scores.dimensionScores),
        top1: r.scores.topProfession1,
        top2: r.scores.topProfession2,
        calculatedAt: r.scores.calculatedAt,
        model: r.scores.aiModelUsed,
        apiCalls: r.scores.totalApiCalls,
        recDoc: rec === null ? null : jsonb(rec.data),
        recModel: rec?.aiModelUsed ?? null,
        recAt: rec?.generatedAt ?? null,
        runId: r.author.runId,
        actor: r.author.actor,
        reason: r.author.reason,
        mode: r.author.mode,
        narrative: r.narrative,
        diff: jsonb(r.diff),
      });
      const [row] = rows;
      if (row.updated !== row.revisions) throw new Error(`revision write was partial: ${JSON.stringify(row)}`);
      return row.updated === 1;
    });
  }
}
