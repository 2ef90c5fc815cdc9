// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, sessionChild, timestampNow } from './schema-helpers.js';

/** Final results (upstream §1.13–§1.14): the RECOMMENDATION narrative and the FIT_CHECK verdict. */
const TABLES = ['career_recommendations', 'fit_check_results'] as const;
const MATCH_CATEGORY_ENUM = 'match_category_enum';

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, TABLES);

  await knex.schema.createTable('career_recommendations', (t) => {
    sessionChild(t, 'career_recommendations');
    t.jsonb('recommendations_data').notNullable();
    t.bigInteger('top_profession1_id'); // no FK on purpose (upstream §1.13)
    t.bigInteger('top_profession2_id');
    timestampNow(knex, t, 'generated_at'); // decisions §3: generated_at, not Alembic d364's created_at
    t.string('ai_model_used', 50).notNullable(); // the model that really answered, no misleading default
    t.check(
      'top_profession1_id IS NULL OR top_profession2_id IS NULL OR top_profession1_id <> top_profession2_id',
      [],
      'chk_career_recommendations_different_top',
    );
  });

  await knex.schema.createTable('fit_check_results', (t) => {
    sessionChild(t, 'fit_check_results', 'idx_fit_check_results_session');
    t.bigInteger('profession_id').notNullable();
    t.bigInteger('user_riasec_code_id').notNullable();
    t.bigInteger('profession_riasec_code_id').notNullable();
    t.enu('match_category', ['HIGH', 'MEDIUM', 'LOW'], {
      useNative: true,
      enumName: MATCH_CATEGORY_ENUM,
    }).notNullable();
    t.string('rule_type', 50).notNullable();
    t.boolean('dominant_letter_same').notNullable();
    t.boolean('is_adjacent_hexagon').notNullable();
    t.decimal('match_score', 4, 2);
    timestampNow(knex, t, 'created_at');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  await knex.schema.dropTable('fit_check_results');
  await knex.raw('DROP TYPE IF EXISTS ??', [MATCH_CATEGORY_ENUM]);
  await knex.schema.dropTable('career_recommendations');
};
