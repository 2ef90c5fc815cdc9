// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, sessionChild, timestampNow } from './schema-helpers.js';

/**
 * Ikigai tables (upstream §1.9–§1.12) with the physical names of the live Go-created database (decisions §3):
 * `dimension1_love` …, `top_profession1_id` / `top_profession2_id`.
 */
const TABLES = [
  'ikigai_candidate_professions',
  'ikigai_responses',
  'ikigai_dimension_scores',
  'ikigai_total_scores',
] as const;

const DIMENSION_COLUMNS = [
  'dimension1_love',
  'dimension2_good_at',
  'dimension3_world_needs',
  'dimension4_paid_for',
];

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, TABLES);

  await knex.schema.createTable('ikigai_candidate_professions', (t) => {
    sessionChild(t, 'ikigai_candidate_professions', 'idx_ikigai_candidates_session');
    t.jsonb('candidates_data').notNullable();
    // Minimum 1, not 5: sparse catalogues are legal, "ideally ≥ 5" is only a warning (upstream §1.9); cap 30.
    t.integer('total_candidates').notNullable().checkBetween([1, 30], 'chk_total_candidates_range');
    t.string('generation_strategy', 50).checkIn(
      ['4_tier_expansion', 'split_path'],
      'chk_generation_strategy',
    );
    t.integer('max_candidates_limit').defaultTo(30);
    timestampNow(knex, t, 'generated_at');
  });

  await knex.schema.createTable('ikigai_responses', (t) => {
    sessionChild(t, 'ikigai_responses', 'ix_ikigai_responses_test_session_id');
    // Nullable: the placeholder row exists from /ikigai/start and each dimension is filled once.
    for (const column of DIMENSION_COLUMNS) t.jsonb(column);
    t.boolean('completed').notNullable().defaultTo(false);
    timestampNow(knex, t, 'created_at');
    t.timestamp('completed_at', { useTz: true });
    t.check(`completed = (completed_at IS NOT NULL)`, [], 'valid_completion'); // name as in the Go schema
    t.check(
      `NOT completed OR (${DIMENSION_COLUMNS.map((c) => `${c} IS NOT NULL`).join(' AND ')})`,
      [],
      'chk_ikigai_responses_all_dimensions',
    );
  });

  await knex.schema.createTable('ikigai_dimension_scores', (t) => {
    sessionChild(t, 'ikigai_dimension_scores', 'ix_ikigai_dimension_scores_test_session_id');
    t.jsonb('scores_data').notNullable();
    timestampNow(knex, t, 'calculated_at');
    // NOT NULL without a default: the row names the model that really answered (decisions §4 (34–36)).
    t.string('ai_model_used', 50).notNullable();
    t.integer('total_api_calls').defaultTo(4).checkBetween([1, 20], 'chk_valid_api_calls');
  });

  await knex.schema.createTable('ikigai_total_scores', (t) => {
    sessionChild(t, 'ikigai_total_scores', 'ix_ikigai_total_scores_test_session_id');
    t.jsonb('scores_data').notNullable();
    t.bigInteger('top_profession1_id'); // no FK: results survive catalogue edits
    t.bigInteger('top_profession2_id');
    timestampNow(knex, t, 'calculated_at');
    t.check(
      'top_profession1_id IS NULL OR top_profession2_id IS NULL OR top_profession1_id <> top_profession2_id',
      [],
      'chk_different_top_professions',
    );
  });
};

export const down = async (knex: Knex): Promise<void> => {
  for (const table of [...TABLES].reverse()) await knex.schema.dropTable(table);
};
