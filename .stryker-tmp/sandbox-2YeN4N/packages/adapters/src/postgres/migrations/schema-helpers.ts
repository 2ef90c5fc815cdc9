// @ts-nocheck
import type { Knex } from 'knex';

/**
 * Shared building blocks of the migrations. This file has no timestamp prefix, so the migration source
 * never mistakes it for a migration.
 *
 * Ownership rule (decisions §3, ADR 0004): a Go-owned table is created only when it is missing, and the
 * creation is recorded in `kenali_owned_tables`; `down()` drops a Go-owned table only when that record
 * exists, so a table the Go backend created is never altered nor dropped.
 */
export const OWNERSHIP_TABLE = 'kenali_owned_tables';

const isRecordedAsOwned = async (knex: Knex, table: string): Promise<boolean> => {
  const row: unknown = await knex(OWNERSHIP_TABLE).where({ table_name: table }).first('table_name');
  return row !== undefined;
};

/** Creates a Go-owned table only when it is absent, and records that kenali created it. */
export const createGoOwnedIfMissing = async (
  knex: Knex,
  table: string,
  migration: string,
  build: (t: Knex.CreateTableBuilder) => void,
): Promise<void> => {
  if (await knex.schema.hasTable(table)) return;
  await knex.schema.createTable(table, build);
  await knex(OWNERSHIP_TABLE).insert({ table_name: table, created_by_migration: migration });
};

/** Drops a Go-owned table only when kenali created it; a table the Go backend owns stays. */
export const dropGoOwnedIfCreated = async (knex: Knex, table: string): Promise<void> => {
  if (!(await isRecordedAsOwned(knex, table))) return;
  // No CASCADE: if something else now depends on the table, failing loudly beats silently altering it.
  await knex.schema.dropTableIfExists(table);
  await knex(OWNERSHIP_TABLE).where({ table_name: table }).delete();
};

/**
 * Career-profile tables are kenali's, but a database that the upstream FastAPI service (Alembic) already
 * migrated holds them in another shape. Adopting such a database needs its own reviewed migration, so the
 * plain CREATE TABLE is preceded by a check that explains the situation instead of a bare 42P07.
 */
export const assertTablesAbsent = async (knex: Knex, tables: readonly string[]): Promise<void> => {
  const present: string[] = [];
  for (const table of tables) if (await knex.schema.hasTable(table)) present.push(table);
  if (present.length > 0) {
    throw new Error(
      `kenali migrations: career-profile table(s) ${present.join(', ')} already exist but were not created by ` +
        'kenali (an upstream Alembic schema?). Adopting them needs a dedicated migration; see ' +
        'docs/adr/0004-schema-and-go-owned-tables.md.',
    );
  }
};

/** `id BIGSERIAL` plus the one-to-one link to a session that every career-profile child table has. */
export const sessionChild = (
  t: Knex.CreateTableBuilder,
  table: string,
  uniqueIndexName: string = `${table}_test_session_id_key`,
): void => {
  t.bigIncrements('id'); // PostgreSQL names the key `<table>_pkey`
  t.bigInteger('test_session_id')
    .notNullable()
    .references('id')
    .inTable('careerprofile_test_sessions')
    .onDelete('CASCADE')
    .withKeyName(`${table}_test_session_id_fkey`);
  // A unique index (not a constraint plus a second index) carries upstream's index name and the uniqueness.
  t.unique(['test_session_id'], { indexName: uniqueIndexName, useConstraint: false });
};

/** `timestamptz NOT NULL DEFAULT now()`. */
export const timestampNow = (knex: Knex, t: Knex.CreateTableBuilder, column: string): Knex.ColumnBuilder =>
  t.timestamp(column, { useTz: true }).notNullable().defaultTo(knex.fn.now());

/** The Go catalogue's `created_at`/`updated_at` pair (TIMESTAMPTZ NOT NULL, upstream §1.17). */
export const goTimestamps = (knex: Knex, t: Knex.CreateTableBuilder): void => {
  timestampNow(knex, t, 'created_at');
  timestampNow(knex, t, 'updated_at');
};
