import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import pg from 'pg';
import { UPSTREAM_DATA_DIR } from './paths.js';

/** The two schemas a live database may hold (shared/data/upstream/README.md). */
export const UPSTREAM_SCHEMAS = {
  go: 'schema-go-production.sql',
  alembic: 'schema-alembic-head.sql',
} as const;
export type UpstreamSchema = keyof typeof UPSTREAM_SCHEMAS;

/**
 * Loads an upstream schema file as `psql -f` would. The file empties `search_path` for its session, so it
 * runs on a connection of its own that is closed afterwards.
 */
export const loadUpstreamSchema = async (url: string, schema: UpstreamSchema): Promise<void> => {
  const sql = await readFile(join(UPSTREAM_DATA_DIR, UPSTREAM_SCHEMAS[schema]), 'utf8');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

export interface CatalogueEntry {
  readonly kind: 'column' | 'index' | 'constraint';
  readonly table: string;
  readonly name: string;
  readonly definition: string;
}

/** Every column (type, nullability, default), index and constraint of the current schema. */
export const catalogueSnapshot = async (knex: Knex): Promise<CatalogueEntry[]> => {
  const { rows } = await knex.raw<{ rows: CatalogueEntry[] }>(
    `select 'column' as kind, table_name as table, column_name as name,
            concat_ws(' ', data_type, character_maximum_length, is_nullable, column_default) as definition
       from information_schema.columns where table_schema = current_schema()
     union all
     select 'index', tablename, indexname, indexdef from pg_indexes where schemaname = current_schema()
     union all
     select 'constraint', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace and n.nspname = current_schema()
      where c.conrelid <> 0
     order by 1, 2, 3`,
  );
  return rows;
};
