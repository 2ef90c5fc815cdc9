// @ts-nocheck
import type { Knex } from 'knex';

/**
 * The large JSONB documents of kenali-owned tables are compressed with lz4 instead of PostgreSQL's default
 * pglz where the server can (ADR 0013): pglz took a fifth of the database's CPU in a rescore run, and lz4
 * compresses and decompresses several times faster. Only the storage changes: every reader, the Go backend
 * included, gets the same values; existing values keep their compression until they are rewritten.
 * A server without lz4 (PostgreSQL < 14, or a build without it, like the embedded one) keeps pglz.
 */
export const LZ4_DOCUMENT_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['ikigai_candidate_professions', 'candidates_data'],
  ['ikigai_dimension_scores', 'scores_data'],
  ['ikigai_total_scores', 'scores_data'],
  ['career_recommendations', 'recommendations_data'],
  ['score_revisions', 'old_dimension_scores'],
  ['score_revisions', 'old_total_scores'],
  ['score_revisions', 'old_recommendations_data'],
];

/** Whether `SET COMPRESSION lz4` is available: the server lists the values its build accepts. */
export const serverHasLz4 = async (knex: Knex): Promise<boolean> => {
  const { rows } = await knex.raw<{ rows: { lz4: boolean }[] }>(
    `SELECT coalesce(bool_or('lz4' = ANY (enumvals)), false) AS lz4
       FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  return rows[0]?.lz4 === true;
};

const setCompression = async (knex: Knex, method: 'lz4' | 'default'): Promise<void> => {
  if (!(await serverHasLz4(knex))) return;
  for (const [table, column] of LZ4_DOCUMENT_COLUMNS) {
    await knex.raw(`ALTER TABLE ?? ALTER COLUMN ?? SET COMPRESSION ${method}`, [table, column]);
  }
};

export const up = (knex: Knex): Promise<void> => setCompression(knex, 'lz4');

export const down = (knex: Knex): Promise<void> => setCompression(knex, 'default');
