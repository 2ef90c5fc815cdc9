// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, timestampNow } from './schema-helpers.js';

/**
 * Offline rescoring (issue 7, ADR 0008), kenali-owned:
 * - `rescore_runs`: one row per `kenali rescore` run in write mode, with the selection it used and the last
 *   session id below which every selected session is committed, so `--resume` can continue after Ctrl-C.
 * - `score_revisions`: the previous documents of every rescored session (who, when, why), written in the
 *   same transaction as the new ones.
 */
const TABLES = ['rescore_runs', 'score_revisions'] as const;
const MODES = ['reuse', 'reask', 'reask-failed'];

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, TABLES);

  await knex.schema.createTable('rescore_runs', (t) => {
    t.bigIncrements('id');
    t.string('actor', 255).notNullable();
    t.text('reason').notNullable();
    t.string('mode', 20).notNullable().checkIn(MODES, 'chk_rescore_runs_mode');
    t.jsonb('selection').notNullable(); // the filter, so a resumed run selects exactly the same sessions
    t.string('status', 20)
      .notNullable()
      .defaultTo('running')
      .checkIn(['running', 'interrupted', 'completed', 'failed'], 'chk_rescore_runs_status');
    t.bigInteger('resumed_from')
      .references('id')
      .inTable('rescore_runs')
      .onDelete('SET NULL')
      .withKeyName('rescore_runs_resumed_from_fkey');
    // No FK: a checkpoint may name a session deleted since; it is only a keyset position.
    t.bigInteger('last_session_id');
    t.integer('total').notNullable().defaultTo(0);
    for (const counter of ['processed', 'changed', 'unchanged', 'finalized', 'failed']) {
      t.integer(counter).notNullable().defaultTo(0);
    }
    timestampNow(knex, t, 'started_at');
    timestampNow(knex, t, 'updated_at');
    t.timestamp('finished_at', { useTz: true });
    t.check(`(status IN ('running')) = (finished_at IS NULL)`, [], 'chk_rescore_runs_finished');
  });

  await knex.schema.createTable('score_revisions', (t) => {
    t.bigIncrements('id');
    t.bigInteger('test_session_id')
      .notNullable()
      .references('id')
      .inTable('careerprofile_test_sessions')
      .onDelete('CASCADE')
      .withKeyName('score_revisions_test_session_id_fkey');
    t.integer('revision').notNullable(); // 1, 2, … per session
    t.bigInteger('run_id')
      .references('id')
      .inTable('rescore_runs')
      .onDelete('SET NULL')
      .withKeyName('score_revisions_run_id_fkey');
    t.string('actor', 255).notNullable();
    t.text('reason').notNullable();
    t.string('mode', 20).notNullable().checkIn(MODES, 'chk_score_revisions_mode');
    t.string('narrative', 20)
      .notNullable()
      .checkIn(['unchanged', 'refreshed', 'regenerated'], 'chk_score_revisions_narrative');
    t.jsonb('diff').notNullable();
    // The replaced version, exactly as it was stored. An old_* document is NULL when this revision left that
    // document as it was (the dimension scores of a formula fix, an untouched recommendation).
    t.jsonb('old_dimension_scores');
    t.jsonb('old_total_scores').notNullable();
    t.bigInteger('old_top_profession1_id');
    t.bigInteger('old_top_profession2_id');
    t.string('old_ai_model_used', 50).notNullable();
    t.integer('old_total_api_calls');
    t.timestamp('old_calculated_at', { useTz: true }).notNullable();
    t.jsonb('old_recommendations_data');
    timestampNow(knex, t, 'created_at');
    t.check('revision >= 1', [], 'chk_score_revisions_revision');
    t.unique(['test_session_id', 'revision'], { indexName: 'uq_score_revisions_session_revision' });
    t.index(['run_id'], 'idx_score_revisions_run_id');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  await knex.schema.dropTable('score_revisions');
  await knex.schema.dropTable('rescore_runs');
};
