import type { Knex } from 'knex';
import { assertTablesAbsent, timestampNow } from './schema-helpers.js';

/**
 * The web client's opening links (issue 20, ADR 0029), kenali-owned: `kenali user create --link` stores the
 * SHA-256 of a random token, never the token, so a database dump does not open anyone's client.
 */
export const up = async (knex: Knex): Promise<void> => {
  await assertTablesAbsent(knex, ['app_links']);
  await knex.schema.createTable('app_links', (t) => {
    t.specificType('token_sha256', 'char(64)').primary({ constraintName: 'app_links_pkey' });
    // No foreign key: users is Go-owned (decisions §3); authentication checks the user exists anyway.
    t.uuid('user_id').notNullable();
    timestampNow(knex, t, 'created_at');
    t.index(['user_id'], 'idx_app_links_user_id');
  });
};

export const down = async (knex: Knex): Promise<void> => {
  await knex.schema.dropTable('app_links');
};
