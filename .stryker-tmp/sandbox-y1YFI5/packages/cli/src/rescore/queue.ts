// @ts-nocheck
import type { RescoreMode, SessionId } from '@kenali/domain';
import type { DatabaseHandle } from '@kenali/adapters';
import * as t from 'io-ts';
import PgBoss from 'pg-boss';

/** The default pg-boss queue of rescoring jobs; one job per session. */
export const DEFAULT_QUEUE = 'kenali-rescore';

/** What a job carries: the session and who asked for which mode (stored with the revision). */
export interface RescoreJob {
  readonly session_id: number;
  readonly mode: RescoreMode;
  readonly actor: string;
  readonly reason: string;
}

/** Job payloads are read back from the database: decoded, never trusted (a bad one fails its job). */
export const RescoreJobCodec = t.type({
  session_id: t.number,
  mode: t.keyof({ reuse: null, reask: null, 'reask-failed': null }),
  actor: t.string,
  reason: t.string,
});

interface PooledClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexPool {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

/**
 * pg-boss on kenali's own knex pool: the same PostgreSQL (DATABASE_URL or the embedded one) and the same
 * connection limits, with no second pool to size. pg-boss sends positional `$n` SQL, which knex.raw would
 * misread, so statements go to a pooled pg client directly.
 */
const knexDb = (knex: DatabaseHandle['knex']): PgBoss.Db => {
  const pool = knex.client as unknown as KnexPool;
  return {
    executeSql: async (text, values) => {
      const connection = await pool.acquireConnection();
      try {
        return await connection.query(text, values);
      } catch (error) {
        // pg-boss sends whole `BEGIN; …; COMMIT;` scripts; one that fails halfway (e.g. the schema install
        // another process won) would hand an aborted transaction back to the shared pool.
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        await pool.releaseConnection(connection);
      }
    },
  };
};

/**
 * Starts pg-boss (it creates or migrates its `pgboss` schema under an advisory lock, so several processes
 * may start at once) and the queue. `stately` with the session id as singleton key: a session already
 * waiting in the queue is not queued twice. Workers supervise (expire and retry jobs of a dead worker).
 */
export const openQueue = async (
  knex: DatabaseHandle['knex'],
  queue: string,
  role: 'producer' | 'worker',
): Promise<PgBoss> => {
  const boss = new PgBoss({ db: knexDb(knex), schedule: false, supervise: role === 'worker' });
  boss.on('error', (error) => process.stderr.write(`kenali: pg-boss: ${error.message}\n`));
  await boss.start();
  await ensureQueue(boss, queue);
  return boss;
};

const DEADLOCK = '40P01';

/**
 * pg-boss 10's create_queue attaches a partition while holding the new queue's row, so two processes creating
 * the same queue at once (two workers starting together) can deadlock; PostgreSQL aborts one of them, and
 * that one simply finds the queue on its next try.
 */
const ensureQueue = async (boss: PgBoss, queue: string, attempts = 3): Promise<void> => {
  if (await boss.getQueue(queue)) return;
  try {
    await boss.createQueue(queue, { name: queue, policy: 'stately', retryLimit: 3, retryDelay: 5 });
  } catch (error) {
    if ((error as { code?: string }).code !== DEADLOCK || attempts <= 1) throw error;
    await ensureQueue(boss, queue, attempts - 1);
  }
};

export const jobsFor = (
  queue: string,
  ids: readonly SessionId[],
  job: Omit<RescoreJob, 'session_id'>,
): PgBoss.JobInsert<RescoreJob>[] =>
  ids.map((id) => ({ name: queue, data: { ...job, session_id: id }, singletonKey: String(id) }));
