// @ts-nocheck
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
 * cost left in the process (ADR 0014). For a transaction, knex's client hands out that transaction's own
 * connection (and releasing it is a no-op), so the statement sees the transaction's writes; the text is
 * always the same, as pg requires of a name prepared on a connection.
 */
export const namedQuery = async <R>(
  db: Knex | Knex.Transaction,
  statement: NamedStatement,
  values: readonly unknown[],
): Promise<R[]> => {
  if (db.isTransaction && (db as Knex.Transaction).isCompleted()) {
    throw new Error(`transaction already complete: ${statement.name}`);
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
