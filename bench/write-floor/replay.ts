// Runs one captured script (template.ts) for one request on a pg pool: transactions on one checked-out
// connection, statements kenali ran concurrently run concurrently, everything else one after the other.
import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ScriptStatement } from './template.js';

export interface RequestValues {
  readonly user: string;
  readonly token?: string;
}

/** pg's text for a JS Date in UTC, as kenali's parameters were logged. */
const timestamp = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace('Z', '+00');

/** Fills one parameter template for the request in `state`. */
export const fill = (
  template: string,
  values: RequestValues,
  state: { t0: number; fresh: Map<string, string>; rows: (Record<string, unknown> | undefined)[] },
): string =>
  template.replace(/\{\{([^}]+)\}\}/g, (_, name: string) => {
    if (name === 'user') return values.user;
    if (name === 'token') {
      if (values.token === undefined) throw new Error('this script needs a session token');
      return values.token;
    }
    const [kind, arg, column] = name.split(':');
    if (kind === 'now') return timestamp(state.t0 + Number(arg));
    if (kind === 'row') {
      const value = state.rows[Number(arg)]?.[column];
      if (value === undefined || value === null) throw new Error(`statement ${arg} returned no ${column}`);
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
    let made = state.fresh.get(name);
    if (made === undefined) {
      made = kind === 'uuid' ? randomUUID() : randomBytes(32).toString('hex');
      state.fresh.set(name, made);
    }
    return made;
  });

export const replay = async (
  pool: pg.Pool,
  statements: readonly ScriptStatement[],
  values: RequestValues,
): Promise<void> => {
  const state = {
    t0: Date.now(),
    fresh: new Map<string, string>(),
    rows: [] as (Record<string, unknown> | undefined)[],
  };
  let client: pg.PoolClient | undefined;
  const run = async (s: ScriptStatement, index: number): Promise<void> => {
    const edge = s.text.trim().replace(/;$/, '').toUpperCase();
    if (edge === 'BEGIN') client = await pool.connect();
    const on: pg.Pool | pg.PoolClient = s.inTransaction && client ? client : pool;
    const result =
      s.protocol === 'simple'
        ? await on.query(s.text)
        : await on.query({
            text: s.text,
            values: s.params.map((p) => (p === null ? null : fill(p, values, state))),
            ...(s.name ? { name: s.name } : {}),
          });
    state.rows[index] = (result.rows as Record<string, unknown>[])[0];
    if (edge === 'COMMIT' || edge === 'ROLLBACK') {
      client?.release();
      client = undefined;
    }
  };
  try {
    for (let i = 0; i < statements.length;) {
      let end = i + 1;
      while (end < statements.length && statements[end].parallel) end++;
      if (end === i + 1) await run(statements[i], i);
      else await Promise.all(statements.slice(i, end).map((s, k) => run(s, i + k)));
      i = end;
    }
  } catch (error) {
    if (client) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
    throw error;
  }
};
