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
}

/**
 * Runs a named statement on a connection of knex's own pool (same timeouts, type parsers and limits), but
 * without knex's query runner: for the one-statement reads of the result routes that runner was the largest
 * cost left in the process (ADR 0014). Inside a transaction the statement runs on that transaction's
 * connection, through knex, so it sees the transaction's writes.
 */
export const namedQuery = async <R>(
  db: Knex | Knex.Transaction,
  statement: NamedStatement,
  values: readonly unknown[],
): Promise<R[]> => {
  if (db.isTransaction) {
    // knex binds `?` in order of appearance: each `$n` becomes `?` with its value.
    const ordered: unknown[] = [];
    const positional = statement.text.replace(/\$(\d+)/g, (_match, n: string) => {
      ordered.push(values[Number(n) - 1]);
      return '?';
    });
    const result = await db
      .raw<{ rows: R[] }>(positional, ordered as Knex.RawBinding[])
      .options({ name: statement.name });
    return result.rows;
  }
  const client = db.client as PooledClient;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query<R & pg.QueryResultRow>({
      name: statement.name,
      text: statement.text,
      values: values as unknown[],
    });
    return result.rows;
  } finally {
    await client.releaseConnection(connection);
  }
};
