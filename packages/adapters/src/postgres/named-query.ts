import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type pg from 'pg';

/** A statement pg prepares once per connection under `name`; `text` uses `$n` placeholders. */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

interface PooledClient {
  acquireConnection(): Promise<pg.PoolClient>;
  releaseConnection(connection: pg.PoolClient): Promise<void>;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[]; name: string }): boolean;
}

/**
 * The named statement for `text`, written with knex's `?` placeholders (none of our statements uses `?` as
 * an operator). The name is a digest of the final text, so two texts never share a name — pg requires a
 * name to keep its text on a connection — even where a text depends on the physical schema. Built once, at
 * module load or through `oncePer`, never per request.
 */
export const statement = (text: string): NamedStatement => {
  let n = 0;
  const positional = text.replace(/\?/g, () => `$${++n}`);
  return { name: `k_${createHash('sha1').update(positional).digest('hex').slice(0, 20)}`, text: positional };
};

/**
 * Runs a named statement on a connection of knex's own pool (same timeouts, type parsers and limits), but
 * without knex's query builder and runner: for the one-statement reads of the result routes that runner was
 * the largest cost left in the process (ADR 0014), and on the write routes it was the largest one after the
 * round trips themselves (ADR 0036). For a transaction, knex's client hands out that transaction's own
 * connection (and releasing it is a no-op), so the statement sees and joins the transaction's writes.
 */
export const namedRun = async <R>(
  db: Knex | Knex.Transaction,
  named: NamedStatement,
  values: readonly unknown[],
): Promise<{ rows: R[]; rowCount: number }> => {
  if (db.isTransaction && (db as Knex.Transaction).isCompleted()) {
    throw new Error(`transaction already complete: ${named.name}`);
  }
  const client = db.client as PooledClient;
  const connection = await client.acquireConnection();
  // knex's own 'query' event, so whoever watches the statements (tests count round trips) still sees these.
  client.emit('query', { sql: named.text, bindings: values, name: named.name });
  try {
    const result = await connection.query<R & pg.QueryResultRow>({
      name: named.name,
      text: named.text,
      values: values as unknown[],
    });
    return { rows: result.rows, rowCount: result.rowCount ?? 0 };
  } finally {
    await client.releaseConnection(connection);
  }
};

/** The rows of a named statement (see `namedRun`). */
export const namedQuery = async <R>(
  db: Knex | Knex.Transaction,
  named: NamedStatement,
  values: readonly unknown[],
): Promise<R[]> => (await namedRun<R>(db, named, values)).rows;

/** The first row of a named statement (see `namedRun`), or undefined. */
export const firstRow = async <R>(
  db: Knex | Knex.Transaction,
  named: NamedStatement,
  values: readonly unknown[],
): Promise<R | undefined> => (await namedRun<R>(db, named, values)).rows[0];

/**
 * `build(key)` computed once per key object (the physical schema): the statements whose text follows the
 * database's column names cost more to build and hash on every call than to run from pg's cache.
 */
export const oncePer = <K extends object, V>(build: (key: K) => V): ((key: K) => V) => {
  const built = new WeakMap<K, V>();
  return (key) => {
    if (built.has(key)) return built.get(key) as V;
    const value = build(key);
    built.set(key, value);
    return value;
  };
};
