import type { Knex } from 'knex';

/** Per table: row count and a sum of row hashes, so an insert, delete or update shows as a change. */
export type Fingerprint = Record<string, string>;

const BOOKKEEPING = [
  'knex_migrations',
  'knex_migrations_lock',
  'kenali_owned_tables',
  'kenali_added_objects',
];

/** One query that fingerprints every data table of the current schema. */
export const fingerprinter = async (knex: Knex): Promise<() => Promise<Fingerprint>> => {
  const rows = await knex('pg_tables')
    .where({ schemaname: knex.raw('current_schema()') })
    .whereNotIn('tablename', BOOKKEEPING)
    .orderBy('tablename')
    .select<{ tablename: string }[]>('tablename');
  const sql = rows
    .map(
      ({ tablename }) =>
        `SELECT '${tablename}' AS t, count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) AS f FROM "${tablename}" x`,
    )
    .join(' UNION ALL ');
  return async () => {
    const result = await knex.raw<{ rows: { t: string; f: string }[] }>(sql);
    return Object.fromEntries(result.rows.map((row) => [row.t, row.f]));
  };
};

/** Tables whose fingerprint differs. */
export const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  Object.keys(after).filter((table) => before[table] !== after[table]);
