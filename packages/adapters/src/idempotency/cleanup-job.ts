import type { Clock, IdempotencyStore } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';

export interface CleanupOptions {
  readonly store: IdempotencyStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly intervalMinutes: number;
  /** Rows per transaction, so a large backlog never holds long locks (idempotency-anchors §5 H4). */
  readonly batchSize?: number;
}

const cleanupMetrics = (registry: Registry) => ({
  duration: new Histogram({
    name: 'idempotency_cleanup_duration',
    help: 'Seconds one cleanup run took',
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30],
    registers: [registry],
  }),
  rows: new Counter({
    name: 'idempotency_cleanup_rows_total',
    help: 'Expired idempotency records deleted',
    registers: [registry],
  }),
});

/** Deletes every expired record in bounded batches; returns how many went. */
export const runCleanup = async (store: IdempotencyStore, now: Date, batchSize = 1000): Promise<number> => {
  let total = 0;
  for (;;) {
    const deleted = await store.deleteExpired(now, batchSize)();
    if (E.isLeft(deleted)) throw new Error(deleted.left.message);
    total += deleted.right;
    if (deleted.right < batchSize) return total;
    // Yield between batches so request traffic keeps its share of the pool.
    await new Promise((resolve) => setImmediate(resolve));
  }
};

/** The hourly (configurable) cleanup of expired idempotency records; returns a stop function. */
export const startIdempotencyCleanup = (options: CleanupOptions): (() => void) => {
  const metrics = cleanupMetrics(options.registry);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const end = metrics.duration.startTimer();
    try {
      const deleted = await runCleanup(options.store, options.clock.now(), options.batchSize);
      metrics.rows.inc(deleted);
      options.logger.info({ deleted }, 'idempotency cleanup finished');
    } catch (error) {
      options.logger.warn({ err: error }, 'idempotency cleanup failed; retrying next interval');
    } finally {
      end();
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
};
