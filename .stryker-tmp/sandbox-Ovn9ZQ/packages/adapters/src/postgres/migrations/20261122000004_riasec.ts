// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, sessionChild, timestampNow } from './schema-helpers.js';

/** RIASEC phase tables (upstream §1.6–§1.8): each row belongs to exactly one session and is written once. */
const TABLES = ['riasec_question_sets', 'riasec_responses', 'riasec_results'] as const;

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, TABLES);

  await knex.schema.createTable('riasec_question_sets', (t) => {
    sessionChild(t, 'riasec_question_sets');
    t.jsonb('question_ids').notNullable(); // the 72 question ids in display order
    t.timestamp('generated_at', { useTz: true }).defaultTo(knex.fn.now());
    t.check(`jsonb_typeof(question_ids) = 'array'`, [], 'chk_riasec_question_sets_array');
  });

  await knex.schema.createTable('riasec_responses', (t) => {
    sessionChild(t, 'riasec_responses');
    t.jsonb('responses_data').notNullable();
    timestampNow(knex, t, 'created_at');
  });

  await knex.schema.createTable('riasec_results', (t) => {
    sessionChild(t, 'riasec_results', 'idx_riasec_results_session');
    for (const letter of ['r', 'i', 'a', 's', 'e', 'c']) t.integer(`score_${letter}`).notNullable();
    t.bigInteger('riasec_code_id')
      .notNullable()
      .references('id')
      .inTable('riasec_codes')
      .onDelete('RESTRICT')
      .withKeyName('riasec_results_riasec_code_id_fkey');
    t.string('riasec_code_type', 20)
      .notNullable()
      .checkIn(['single', 'dual', 'triple'], 'chk_riasec_results_classification_type');
    t.boolean('is_inconsistent_profile').notNullable().defaultTo(false);
    timestampNow(knex, t, 'calculated_at');
    // Upstream phase-3 columns, never written; kept so readers that select them still work.
    t.jsonb('scores_data');
    t.string('riasec_code', 3);
    // Raw sums of 12 Likert answers (1–5) per type (decisions §4 (10)).
    t.check(
      ['r', 'i', 'a', 's', 'e', 'c'].map((l) => `score_${l} BETWEEN 12 AND 60`).join(' AND '),
      [],
      'chk_riasec_results_scores',
    );
  });
};

export const down = async (knex: Knex): Promise<void> => {
  for (const table of [...TABLES].reverse()) await knex.schema.dropTable(table);
};
