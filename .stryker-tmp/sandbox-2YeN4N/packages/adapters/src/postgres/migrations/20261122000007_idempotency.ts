// @ts-nocheck
import type { Knex } from 'knex';
import { assertTablesAbsent, timestampNow } from './schema-helpers.js';

/**
 * Idempotency records (idempotency-anchors §4, §6.1; decisions §6). One row per (user, key): claimed with
 * `INSERT … ON CONFLICT (user_id, key) DO NOTHING` in the same transaction as the side effects, completed
 * with the stored response. Keyless POSTs use the same table with `origin = 'fallback'` and a key derived
 * from the fingerprint (e.g. `fp:<sha256>`, the colon keeps it outside the header grammar), whose
 * `expires_at` is the end of the dedup window.
 */
const TABLE = 'idempotency_keys';

export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, [TABLE]);
  await knex.schema.createTable(TABLE, (t) => {
    t.bigIncrements('id');
    // No FK to users: the record must not block the Go backend from deleting a user; expiry cleans it up.
    t.uuid('user_id').notNullable();
    t.string('key', 255).notNullable();
    t.string('origin', 10)
      .notNullable()
      .defaultTo('header')
      .checkIn(['header', 'fallback'], 'chk_idempotency_keys_origin');
    t.string('method', 10).notNullable();
    t.string('route', 255).notNullable(); // the route template, e.g. /api/v1/career-profile/riasec/submit
    t.string('fingerprint', 64).notNullable();
    t.string('state', 20)
      .notNullable()
      .defaultTo('in_flight')
      .checkIn(['in_flight', 'completed'], 'chk_idempotency_keys_state');
    // Fencing token: a retry that takes over an expired lease increments it; stale writers match on it.
    t.integer('attempt').notNullable().defaultTo(1);
    t.timestamp('locked_until', { useTz: true }); // the lease of an in-flight execution
    t.integer('response_status');
    t.jsonb('response_headers'); // the replay allow-list only (Content-Type, Location)
    t.binary('response_body'); // bytea: raw bytes, so a replay is byte-identical
    timestampNow(knex, t, 'created_at');
    t.timestamp('completed_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true }).notNullable();

    t.check(`fingerprint ~ '^[0-9a-f]{64}$'`, [], 'chk_idempotency_keys_fingerprint');
    t.check(`origin <> 'header' OR key ~ '^[A-Za-z0-9_-]{1,255}$'`, [], 'chk_idempotency_keys_header_key');
    t.check(
      'response_status IS NULL OR response_status BETWEEN 100 AND 599',
      [],
      'chk_idempotency_keys_status',
    );
    // An in-flight row holds a lease and no response; a completed row holds the whole response.
    t.check(
      `(state = 'in_flight' AND locked_until IS NOT NULL AND completed_at IS NULL AND response_status IS NULL)` +
        ` OR (state = 'completed' AND completed_at IS NOT NULL AND response_status IS NOT NULL` +
        ` AND response_headers IS NOT NULL AND response_body IS NOT NULL)`,
      [],
      'chk_idempotency_keys_state_shape',
    );

    t.unique(['user_id', 'key'], { indexName: 'uq_idempotency_keys_user_key' });
    t.index(['expires_at'], 'idx_idempotency_keys_expires_at'); // hourly cleanup
    t.index(['user_id', 'expires_at'], 'idx_idempotency_keys_user_expires'); // live-keys-per-user quota
  });
};

export const down = async (knex: Knex): Promise<void> => {
  await knex.schema.dropTable(TABLE);
};
