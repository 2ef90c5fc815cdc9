import type { Knex } from 'knex';
import { createOrAdopt, dropUnlessAdopted, isAdopted, sessionChild, timestampNow } from './schema-helpers.js';

const MIGRATION = '20261122000006_results';

/** Final results (upstream §1.13–§1.14): the RECOMMENDATION narrative and the FIT_CHECK verdict. */
const MATCH_CATEGORY_ENUM = 'match_category_enum';

/** A partial upstream state may hold the enum without the table: reuse it instead of CREATE TYPE. */
const enumExists = async (knex: Knex): Promise<boolean> => {
  const { rows } = await knex.raw<{ rows: unknown[] }>('select 1 from pg_type where typname = ?', [
    MATCH_CATEGORY_ENUM,
  ]);
  return rows.length > 0;
};

export const up = async (knex: Knex): Promise<void> => {
  const existingType = await enumExists(knex);
  // Tables upstream already created are adopted as they are (ADR 0015).
  await createOrAdopt(knex, 'career_recommendations', MIGRATION, (t) => {
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

  await createOrAdopt(knex, 'fit_check_results', MIGRATION, (t) => {
    sessionChild(t, 'fit_check_results', 'idx_fit_check_results_session');
    t.bigInteger('profession_id').notNullable();
    t.bigInteger('user_riasec_code_id').notNullable();
    t.bigInteger('profession_riasec_code_id').notNullable();
    t.enu('match_category', ['HIGH', 'MEDIUM', 'LOW'], {
      useNative: true,
      enumName: MATCH_CATEGORY_ENUM,
      existingType,
    }).notNullable();
    t.string('rule_type', 50).notNullable();
    t.boolean('dominant_letter_same').notNullable();
    t.boolean('is_adjacent_hexagon').notNullable();
    t.decimal('match_score', 4, 2);
    timestampNow(knex, t, 'created_at');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  const adoptedFitChecks = await isAdopted(knex, 'fit_check_results');
  await dropUnlessAdopted(knex, 'fit_check_results');
  // The enum goes with the table kenali created; an adopted table keeps upstream's type.
  if (!adoptedFitChecks) await knex.raw('DROP TYPE IF EXISTS ??', [MATCH_CATEGORY_ENUM]);
  await dropUnlessAdopted(knex, 'career_recommendations');
};
