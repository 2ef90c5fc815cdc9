import type { Knex } from 'knex';

/** Per table: row count and a sum of row hashes, so an insert, delete or update shows as a change. */
export type Fingerprint = Record<string, string>;

const BOOKKEEPING = [
  'knex_migrations',
  'knex_migrations_lock',
  'kenali_owned_tables',
  'kenali_added_objects',
];

/**
 * Idempotency records past `expires_at` are dead: no request can see them, and whoever claims the key next
 * takes the row over (or the cleanup job deletes it). Only the records live at the given instant count.
 */
const LIVE_ONLY: Record<string, string> = { idempotency_keys: 'expires_at > ?::timestamptz' };

/**
 * One query that fingerprints every data table of the current schema as it is seen at `at`. Compare two
 * fingerprints taken with the same `at`, so a record that merely expires in between is no change.
 */
export const fingerprinter = async (knex: Knex): Promise<(at: Date) => Promise<Fingerprint>> => {
  const rows = await knex('pg_tables')
    .where({ schemaname: knex.raw('current_schema()') })
    .whereNotIn('tablename', BOOKKEEPING)
    .orderBy('tablename')
    .select<{ tablename: string }[]>('tablename');
  const filtered = rows.filter(({ tablename }) => LIVE_ONLY[tablename] !== undefined).length;
  const sql = rows
    .map(({ tablename }) => {
      const where = LIVE_ONLY[tablename] ? ` WHERE ${LIVE_ONLY[tablename]}` : '';
      return `SELECT '${tablename}' AS t, count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) AS f FROM "${tablename}" x${where}`;
    })
    .join(' UNION ALL ');
  return async (at) => {
    const bindings = Array.from({ length: filtered }, () => at.toISOString());
    const result = await knex.raw<{ rows: { t: string; f: string }[] }>(sql, bindings);
    return Object.fromEntries(result.rows.map((row) => [row.t, row.f]));
  };
};

/** Tables whose fingerprint differs. */
export const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  Object.keys(after).filter((table) => before[table] !== after[table]);
