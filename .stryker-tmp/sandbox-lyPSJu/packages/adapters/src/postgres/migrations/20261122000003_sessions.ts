// @ts-nocheck
import type { Knex } from 'knex';
import {
  assertTablesAbsent,
  createGoOwnedIfMissing,
  dropGoOwnedIfCreated,
  timestampNow,
} from './schema-helpers.js';

/**
 * `careerprofile_test_sessions` (§1.1) and `kenalidiri_history` (§1.3), which kenali owns, and the Go-owned
 * `user_career_profile` pointer (decisions §4, Go design), which references sessions and so comes after them.
 */
const MIGRATION = '20261122000003_sessions';

/** The whole upstream status vocabulary (§2.1): kenali writes four, the others stay legal for Go and history. */
const SESSION_STATUSES = [
  'riasec_ongoing',
  'riasec_completed',
  'ikigai_ongoing',
  'ikigai_completed',
  'completed',
  'abandoned',
];

const createSessions = (knex: Knex): Knex.SchemaBuilder =>
  knex.schema.createTable('careerprofile_test_sessions', (t) => {
    t.bigIncrements('id');
    t.uuid('user_id')
      .notNullable()
      .references('id')
      .inTable('users')
      .onDelete('CASCADE')
      .onUpdate('CASCADE')
      .withKeyName('careerprofile_test_sessions_user_id_fkey');
    t.string('session_token', 100).notNullable();
    // Stored upper case (decisions §4 (8)); the API accepts any case.
    t.string('persona_type', 20)
      .notNullable()
      .checkIn(['PATHFINDER', 'BUILDER', 'ACHIEVER'], 'chk_careerprofile_sessions_persona');
    t.string('test_goal', 20)
      .notNullable()
      .checkIn(['RECOMMENDATION', 'FIT_CHECK'], 'chk_careerprofile_sessions_goal');
    t.bigInteger('target_profession_id'); // no FK on purpose (upstream §1.1)
    t.boolean('uses_ikigai').notNullable();
    t.string('status', 30)
      .notNullable()
      .defaultTo('riasec_ongoing')
      .checkIn(SESSION_STATUSES, 'chk_careerprofile_sessions_status');
    timestampNow(knex, t, 'started_at');
    // No now() default: NULL until the phase completes (upstream §7.1 (5) calls the default a bug).
    t.timestamp('riasec_completed_at', { useTz: true });
    t.timestamp('ikigai_completed_at', { useTz: true });
    t.timestamp('completed_at', { useTz: true });
    t.string('algorithm_version', 20).defaultTo('1.0');
    t.string('question_set_version', 20).defaultTo('1.0');

    t.check(`uses_ikigai = (test_goal = 'RECOMMENDATION')`, [], 'chk_careerprofile_sessions_uses_ikigai');
    // A fit check compares against one target profession, which a PATHFINDER does not have (upstream §2.2).
    t.check(
      `test_goal <> 'FIT_CHECK' OR (target_profession_id IS NOT NULL AND persona_type <> 'PATHFINDER')`,
      [],
      'chk_careerprofile_sessions_fit_check',
    );
    t.check(
      `(status = 'completed') = (completed_at IS NOT NULL)`,
      [],
      'chk_careerprofile_sessions_completed_at',
    );

    t.unique(['session_token'], { indexName: 'idx_careerprofile_sessions_token', useConstraint: false });
    t.index(['user_id'], 'idx_careerprofile_sessions_user_id');
    t.index(['status'], 'idx_careerprofile_sessions_status');
  });

const createHistory = (knex: Knex): Knex.SchemaBuilder =>
  knex.schema.createTable('kenalidiri_history', (t) => {
    t.bigIncrements('id');
    t.uuid('user_id')
      .notNullable()
      .references('id')
      .inTable('users')
      .onDelete('CASCADE')
      .withKeyName('kenalidiri_history_user_id_fkey');
    t.bigInteger('test_category_id')
      .notNullable()
      .references('id')
      .inTable('kenalidiri_categories')
      .onDelete('RESTRICT')
      .withKeyName('kenalidiri_history_test_category_id_fkey');
    t.bigInteger('detail_session_id').notNullable(); // = careerprofile_test_sessions.id, no FK (upstream §1.3)
    t.string('status', 20)
      .notNullable()
      .checkIn(['ongoing', 'completed', 'abandoned'], 'chk_kenalidiri_history_status');
    timestampNow(knex, t, 'started_at');
    t.timestamp('completed_at', { useTz: true });
    t.index(['user_id'], 'idx_kenalidiri_history_user_id');
    t.index(['test_category_id'], 'idx_kenalidiri_history_test_category_id');
    t.index(['status'], 'idx_kenalidiri_history_status');
    t.index(['started_at'], 'idx_kenalidiri_history_started_at');
    // Finishing a test updates its history row by (category, session).
    t.index(['test_category_id', 'detail_session_id'], 'idx_kenalidiri_history_detail_session');
  });

const createUserCareerProfile = (knex: Knex): Promise<void> =>
  createGoOwnedIfMissing(knex, 'user_career_profile', MIGRATION, (t) => {
    t.uuid('user_id')
      .primary()
      .references('id')
      .inTable('users')
      .onDelete('CASCADE')
      .withKeyName('user_career_profile_user_id_fkey');
    t.bigInteger('active_session_id')
      .notNullable()
      .references('id')
      .inTable('careerprofile_test_sessions')
      .onDelete('CASCADE')
      .withKeyName('user_career_profile_active_session_id_fkey');
    t.boolean('pinned').notNullable().defaultTo(true);
    t.string('set_source', 50)
      .notNullable()
      .defaultTo('AUTO_FIRST_TIME')
      .checkIn(['AUTO_FIRST_TIME', 'USER_SELECTED'], 'chk_user_career_profile_set_source');
    timestampNow(knex, t, 'set_at');
    t.index(['active_session_id'], 'idx_user_career_profile_active_session_id');
  });

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, ['careerprofile_test_sessions', 'kenalidiri_history']);
  await createSessions(knex);
  await createHistory(knex);
  await createUserCareerProfile(knex);
};

export const down = async (knex: Knex): Promise<void> => {
  await dropGoOwnedIfCreated(knex, 'user_career_profile');
  await knex.schema.dropTable('kenalidiri_history');
  await knex.schema.dropTable('careerprofile_test_sessions');
};
