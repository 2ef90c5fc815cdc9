// @ts-nocheck
import type { Knex } from 'knex';
import {
  OWNERSHIP_TABLE,
  createGoOwnedIfMissing,
  dropGoOwnedIfCreated,
  timestampNow,
} from './schema-helpers.js';

/**
 * The ownership registry plus the Go-owned account tables (upstream §1.16): `users`, `token_wallet`,
 * `token_ledger`. On a shared database the Go backend has created them already and nothing happens; in
 * standalone mode they are created in the shape the Go backend uses, so the same queries run in both modes.
 */
const MIGRATION = '20261122000001_go_owned_accounts';

export const up = async (knex: Knex): Promise<void> => {
  await knex.schema.createTable(OWNERSHIP_TABLE, (t) => {
    t.string('table_name', 63).primary();
    t.string('created_by_migration', 255).notNullable();
    timestampNow(knex, t, 'created_at');
  });
  // A constant literal: COMMENT accepts no bind parameters.
  await knex.raw(
    `COMMENT ON TABLE ${OWNERSHIP_TABLE} IS 'Go-owned tables that kenali created because they were missing; ` +
      `only these may be dropped by kenali migrations.'`,
  );

  await createGoOwnedIfMissing(knex, 'users', MIGRATION, (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('fullname').notNullable();
    t.text('email').notNullable().unique();
    t.text('password').notNullable();
    t.text('profile_image_url');
    t.boolean('is_verified').notNullable().defaultTo(false);
    t.text('phone_number').notNullable();
    t.text('role').notNullable().defaultTo('USER');
    // Upstream §1.16: plain TIMESTAMP here (GORM), TIMESTAMPTZ for deleted_at.
    t.timestamp('created_at', { useTz: false }).defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: false }).defaultTo(knex.fn.now());
    t.timestamp('deleted_at', { useTz: true });
  });

  await createGoOwnedIfMissing(knex, 'token_wallet', MIGRATION, (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('user_id')
      .notNullable()
      .references('id')
      .inTable('users')
      .onDelete('CASCADE')
      .withKeyName('token_wallet_user_id_fkey');
    t.integer('balance').notNullable().defaultTo(0);
    timestampNow(knex, t, 'updated_at');
    // One wallet per user: the debit locks it with SELECT … FOR UPDATE by user_id.
    t.unique(['user_id'], { indexName: 'idx_token_wallet_user_id', useConstraint: false });
  });

  await createGoOwnedIfMissing(knex, 'token_ledger', MIGRATION, (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.uuid('wallet_id')
      .notNullable()
      .references('id')
      .inTable('token_wallet')
      .onDelete('CASCADE')
      .withKeyName('token_ledger_wallet_id_fkey');
    t.string('direction', 3).notNullable().checkIn(['IN', 'OUT'], 'chk_token_ledger_direction');
    t.integer('amount').notNullable();
    t.integer('balance_before').notNullable();
    t.integer('balance_after').notNullable();
    t.string('source_type', 100);
    t.uuid('source_id');
    t.uuid('reference_id');
    t.string('description', 500);
    t.jsonb('metadata');
    t.uuid('operator_id');
    timestampNow(knex, t, 'created_at');
    t.index(['wallet_id', 'occurred_at'], 'idx_token_ledger_wallet_occurred');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  for (const table of ['token_ledger', 'token_wallet', 'users']) await dropGoOwnedIfCreated(knex, table);
  await knex.schema.dropTableIfExists(OWNERSHIP_TABLE);
};
