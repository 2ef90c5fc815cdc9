// @ts-nocheck
import type { Knex } from 'knex';
import {
  createGoOwnedIfMissing,
  dropGoOwnedIfCreated,
  goTimestamps,
  timestampNow,
} from './schema-helpers.js';

/**
 * Go-owned reference data: `kenalidiri_categories` (§1.2), `riasec_codes` (§1.4) and the profession catalogue
 * (§1.17, int4 keys as in Go). Created only when missing, with exactly the columns upstream lists (so a seed
 * written against this schema also fits the Go tables); schema only, the rows come from the seed command.
 */
const MIGRATION = '20261122000002_go_owned_reference';

const createCategories = (knex: Knex): Promise<void> =>
  createGoOwnedIfMissing(knex, 'kenalidiri_categories', MIGRATION, (t) => {
    t.bigIncrements('id');
    t.string('category_code', 50).notNullable().unique({ indexName: 'idx_kenalidiri_categories_code' });
    t.string('category_name', 255).notNullable();
    t.text('description');
    t.string('detail_table_name', 100).notNullable();
    t.boolean('is_active').notNullable().defaultTo(true);
    timestampNow(knex, t, 'created_at');
    t.index(['is_active'], 'idx_kenalidiri_categories_active');
  });

const createRiasecCodes = (knex: Knex): Promise<void> =>
  createGoOwnedIfMissing(knex, 'riasec_codes', MIGRATION, (t) => {
    // BIGSERIAL keeps the seed's explicit ids 1–156 and still lets the Go admin insert new codes.
    t.bigIncrements('id');
    t.string('riasec_code', 3).notNullable().unique({ indexName: 'riasec_codes_riasec_code_key' });
    t.string('riasec_title', 255).notNullable();
    t.text('riasec_description');
    for (const column of [
      'strengths',
      'challenges',
      'strategies',
      'work_environments',
      'interaction_styles',
    ]) {
      t.jsonb(column).notNullable().defaultTo(knex.raw(`'[]'::jsonb`));
    }
    // Dropped by upstream Alembic 97caa26d93fb but present in the seed file and the Go dump (decisions §3).
    t.jsonb('congruent_code_ids');
    goTimestamps(knex, t);
    t.check(`riasec_code ~ '^[RIASEC]{1,3}$'`, [], 'chk_riasec_code_format');
  });

const catalogueTables = [
  'profession_study_program_rels',
  'study_programs',
  'profession_tool_rels',
  'tools',
  'profession_skill_rels',
  'skills',
  'profession_career_paths',
  'profession_market_insights',
  'profession_activities',
  'professions',
  'profession_sub_categories',
  'profession_main_categories',
] as const;

/** A child row of a profession (activities, market insights): description + display order. */
const orderedProfessionChild = (knex: Knex, table: string): Promise<void> =>
  createGoOwnedIfMissing(knex, table, MIGRATION, (t) => {
    t.increments('id');
    professionRef(t, table);
    t.text('description').notNullable();
    t.integer('sort_order').notNullable();
    t.index(['profession_id', 'sort_order'], `idx_${table}_profession_order`);
  });

const professionRef = (t: Knex.CreateTableBuilder, table: string): void => {
  t.integer('profession_id')
    .notNullable()
    .references('id')
    .inTable('professions')
    .onDelete('CASCADE')
    .withKeyName(`${table}_profession_id_fkey`);
};

/** A many-to-many pivot between professions and a named lookup table (skills, tools, study programs). */
const pivot = (
  knex: Knex,
  table: string,
  other: { column: string; table: string },
  extra: (t: Knex.CreateTableBuilder) => void = () => undefined,
): Promise<void> =>
  createGoOwnedIfMissing(knex, table, MIGRATION, (t) => {
    professionRef(t, table);
    t.integer(other.column)
      .notNullable()
      .references('id')
      .inTable(other.table)
      .onDelete('RESTRICT')
      .withKeyName(`${table}_${other.column}_fkey`);
    extra(t);
    t.primary(['profession_id', other.column], { constraintName: `${table}_pkey` });
    t.index([other.column], `idx_${table}_${other.column}`);
  });

const namedLookup = (knex: Knex, table: string, nameLength: number): Promise<void> =>
  createGoOwnedIfMissing(knex, table, MIGRATION, (t) => {
    t.increments('id');
    t.string('name', nameLength)
      .notNullable()
      .unique({ indexName: `${table}_name_key` });
  });

const createCatalogue = async (knex: Knex): Promise<void> => {
  await createGoOwnedIfMissing(knex, 'profession_main_categories', MIGRATION, (t) => {
    t.increments('id');
    t.string('code', 50).notNullable().unique({ indexName: 'profession_main_categories_code_key' });
    t.string('name', 100).notNullable();
    t.text('description').notNullable();
    goTimestamps(knex, t);
  });
  await createGoOwnedIfMissing(knex, 'profession_sub_categories', MIGRATION, (t) => {
    t.increments('id');
    t.integer('main_category_id')
      .notNullable()
      .references('id')
      .inTable('profession_main_categories')
      .onDelete('RESTRICT')
      .withKeyName('profession_sub_categories_main_category_id_fkey');
    t.string('code', 50).notNullable();
    t.string('name', 100).notNullable();
    t.text('description');
    goTimestamps(knex, t);
    t.index(['main_category_id'], 'idx_profession_sub_categories_main_category_id');
  });
  await createGoOwnedIfMissing(knex, 'professions', MIGRATION, (t) => {
    t.increments('id');
    t.string('slug', 120).notNullable().unique({ indexName: 'professions_slug_key' });
    t.string('name', 100).notNullable();
    t.text('image_url');
    t.integer('main_category_id')
      .notNullable()
      .references('id')
      .inTable('profession_main_categories')
      .onDelete('RESTRICT')
      .withKeyName('professions_main_category_id_fkey');
    t.integer('sub_category_id')
      .notNullable()
      .references('id')
      .inTable('profession_sub_categories')
      .onDelete('RESTRICT')
      .withKeyName('professions_sub_category_id_fkey');
    // NULL = never matched by RIASEC (upstream §1.17); int4 referencing the bigint key is valid in PostgreSQL.
    t.integer('riasec_code_id')
      .references('id')
      .inTable('riasec_codes')
      .onDelete('RESTRICT')
      .withKeyName('professions_riasec_code_id_fkey');
    t.text('about_description');
    t.text('riasec_description');
    goTimestamps(knex, t);
    t.index(['main_category_id'], 'idx_professions_main_category_id');
    t.index(['sub_category_id'], 'idx_professions_sub_category_id');
    t.index(['riasec_code_id'], 'idx_professions_riasec_code_id');
  });
  await orderedProfessionChild(knex, 'profession_activities');
  await orderedProfessionChild(knex, 'profession_market_insights');
  await createGoOwnedIfMissing(knex, 'profession_career_paths', MIGRATION, (t) => {
    t.increments('id');
    professionRef(t, 'profession_career_paths');
    t.string('title', 100).notNullable();
    t.string('experience_range', 50).notNullable();
    t.integer('salary_min');
    t.integer('salary_max');
    t.integer('sort_order').notNullable();
    t.index(['profession_id', 'sort_order'], 'idx_profession_career_paths_profession_order');
  });
  await namedLookup(knex, 'skills', 100);
  await pivot(knex, 'profession_skill_rels', { column: 'skill_id', table: 'skills' }, (t) => {
    t.string('skill_type', 10)
      .notNullable()
      .checkIn(['hard', 'soft'], 'chk_profession_skill_rels_skill_type');
    t.string('priority', 20)
      .notNullable()
      .checkIn(['wajib', 'dianjurkan'], 'chk_profession_skill_rels_priority');
  });
  await namedLookup(knex, 'tools', 100);
  await pivot(knex, 'profession_tool_rels', { column: 'tool_id', table: 'tools' }, (t) => {
    t.string('usage_type', 10)
      .notNullable()
      .checkIn(['wajib', 'umum'], 'chk_profession_tool_rels_usage_type');
  });
  await namedLookup(knex, 'study_programs', 150);
  await pivot(knex, 'profession_study_program_rels', { column: 'study_program_id', table: 'study_programs' });
};

export const up = async (knex: Knex): Promise<void> => {
  await createCategories(knex);
  await createRiasecCodes(knex);
  await createCatalogue(knex);
};

export const down = async (knex: Knex): Promise<void> => {
  for (const table of catalogueTables) await dropGoOwnedIfCreated(knex, table);
  await dropGoOwnedIfCreated(knex, 'riasec_codes');
  await dropGoOwnedIfCreated(knex, 'kenalidiri_categories');
};
