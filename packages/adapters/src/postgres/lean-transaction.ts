import type { Knex } from 'knex';
import type pg from 'pg';

interface PooledClient {
  acquireConnection(): Promise<pg.PoolClient>;
  releaseConnection(connection: pg.PoolClient): Promise<void>;
  emit(event: 'query', query: { sql: string; bindings: readonly unknown[] }): boolean;
}

/** knex marks a connection it must not reuse this way; the pool then destroys it on release. */
type Disposable = pg.PoolClient & { __knex__disposed?: unknown };

const COMPLETED = 'transaction already complete';

/**
 * One transaction on one connection of knex's pool, without `knex.transaction` (ADR 0036): that call builds a
 * new knex instance per transaction, which cost the write routes ~0.2 ms of CPU each, as much as the
 * transaction's own statements. `work` receives a stand-in for a knex transaction, bound to the connection:
 * called as `trx(table)` it gives knex's query builder with that connection, `trx.raw` a raw query that runs
 * on it, and named statements (`namedRun`) take the connection from its client. Right commits; a throw rolls
 * back and is rethrown. A connection whose ROLLBACK failed is marked disposed, so the pool drops it.
 */
export const leanTransaction = async <A>(
  db: Knex,
  work: (trx: Knex.Transaction) => Promise<A>,
): Promise<A> => {
  const client = db.client as PooledClient;
  const connection = (await client.acquireConnection()) as Disposable;
  let completed = false;
  const open = () => {
    if (completed) throw new Error(COMPLETED);
  };
  const send = async (sql: string) => {
    client.emit('query', { sql, bindings: [] });
    await connection.query(sql);
  };
  const builder = (table: string) => {
    open();
    return db(table).connection(connection);
  };
  const trx = Object.assign(builder, {
    raw: (sql: string, bindings?: Knex.RawBinding[] | Knex.ValueDict) => {
      open();
      const raw = bindings === undefined ? db.raw(sql) : db.raw(sql, bindings);
      // knex's runner takes the builder's own `_connection` when one is set, as `.connection()` sets it.
      return Object.assign(raw, { _connection: connection });
    },
    fn: db.fn,
    isTransaction: true,
    isCompleted: () => completed,
    client: {
      acquireConnection: () => {
        open();
        return Promise.resolve(connection);
      },
      releaseConnection: () => Promise.resolve(),
      emit: client.emit.bind(client),
    },
  }) as unknown as Knex.Transaction;
  try {
    await send('BEGIN;');
    const value = await work(trx);
    await send('COMMIT;');
    completed = true;
    return value;
  } catch (error) {
    if (!completed) {
      completed = true;
      await send('ROLLBACK').catch((rollbackError: unknown) => {
        connection.__knex__disposed = rollbackError;
      });
    }
    throw error;
  } finally {
    await client.releaseConnection(connection);
  }
};
