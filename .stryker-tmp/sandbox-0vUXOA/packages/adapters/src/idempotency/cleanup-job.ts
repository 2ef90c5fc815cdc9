// @ts-nocheck
import type { Clock, IdempotencyStore } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';

/**
 * Production defaults of one cleanup run, chosen with `npm run bench:idempotency` (issue 6: deleting 100,000
 * expired rows must not raise request p99 by more than 10 %). Each batch costs a few milliseconds of CPU and a
 * WAL flush whatever its size, and requests that arrive meanwhile wait, so the share of wall time spent
 * deleting decides the tail: with 500-row batches (at 277–315 req/s on 2 cores) back to back raised p99 by
 * ~230 %, a duty cycle of 0.1 by ~45 %, 0.05 by ~15 %, 0.02 by 5–18 %. At 0.02 about 2 % of requests still
 * arrive during a batch, more than the 1 % a p99 ignores; 0.005 brings that to 0.5 %. 100,000 rows then take
 * about 3.5 minutes, which an hourly job can afford (capacity: ~1.7 million expired rows per hour).
 */
export const CLEANUP_DEFAULTS = {
  /** Rows per DELETE transaction, so a large backlog never holds long locks (idempotency-anchors §5 H4). */
  batchSize: 500,
  /** Share of wall time the run may spend deleting; the rest is pauses between batches. */
  dutyCycle: 0.005,
  /** Shortest pause between two full batches, however fast the batch was. */
  minPauseMs: 20,
  /** Longest pause, so one pathologically slow batch (a lock wait) does not stall the run for minutes. */
  maxPauseMs: 10_000,
} as const;

/** How one cleanup run paces itself; every field has a production default (CLEANUP_DEFAULTS). */
export interface CleanupRunOptions {
  readonly batchSize?: number;
  /**
   * Share of wall time (0 < dutyCycle ≤ 1) spent deleting: after a full batch that took `t` ms the run pauses
   * `t × (1 − dutyCycle) / dutyCycle` ms, bounded by `minPauseMs` and `maxPauseMs`. 1 means back to back.
   */
  readonly dutyCycle?: number;
  readonly minPauseMs?: number;
  readonly maxPauseMs?: number;
  /** Aborting ends the run between batches (also cutting a pause short); it returns the rows deleted so far. */
  readonly signal?: AbortSignal;
  /** Waits `ms`, resolving early when `signal` aborts; injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A monotonic millisecond clock to time batches with; injectable for tests. */
  readonly monotonicMs?: () => number;
}

/** Resolves after `ms`, or as soon as `signal` aborts (never rejects). */
export const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** The pause after a full batch that took `batchMs`, so deleting uses at most `dutyCycle` of wall time. */
export const cleanupPauseMs = (
  batchMs: number,
  dutyCycle: number,
  minPauseMs: number,
  maxPauseMs: number,
): number => {
  const pause = (Math.max(0, batchMs) * (1 - dutyCycle)) / dutyCycle;
  return Math.min(maxPauseMs, Math.max(minPauseMs, Math.round(pause)));
};

type Pacing = Required<Omit<CleanupRunOptions, 'signal'>>;

/** Fills in the defaults; throws a RangeError on a setting no run could honour. */
const pacingOf = (options: CleanupRunOptions): Pacing => {
  const o: Pacing = {
    batchSize: options.batchSize ?? CLEANUP_DEFAULTS.batchSize,
    dutyCycle: options.dutyCycle ?? CLEANUP_DEFAULTS.dutyCycle,
    minPauseMs: options.minPauseMs ?? CLEANUP_DEFAULTS.minPauseMs,
    maxPauseMs: options.maxPauseMs ?? CLEANUP_DEFAULTS.maxPauseMs,
    sleep: options.sleep ?? abortableSleep,
    monotonicMs: options.monotonicMs ?? (() => performance.now()),
  };
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1)
    throw new RangeError('batchSize must be an integer ≥ 1');
  if (!(o.dutyCycle > 0 && o.dutyCycle <= 1)) throw new RangeError('dutyCycle must be in (0, 1]');
  if (!(o.minPauseMs >= 0 && o.maxPauseMs >= o.minPauseMs)) {
    throw new RangeError('pauses must satisfy 0 ≤ minPauseMs ≤ maxPauseMs');
  }
  return o;
};

/**
 * Deletes every record expired at `now` in bounded batches, pausing after each full batch so the run takes at
 * most `dutyCycle` of wall time and request traffic keeps the CPU, pool and disk; a short batch is the last
 * (no pause after it). Returns how many rows went — fewer than all when `signal` aborted the run.
 */
export const runCleanup = async (
  store: IdempotencyStore,
  now: Date,
  options: CleanupRunOptions = {},
): Promise<number> => {
  const o = pacingOf(options);
  const { signal } = options;
  let total = 0;
  while (!signal?.aborted) {
    const started = o.monotonicMs();
    const deleted = await store.deleteExpired(now, o.batchSize)();
    if (E.isLeft(deleted)) throw new Error(deleted.left.message);
    total += deleted.right;
    if (deleted.right < o.batchSize || signal?.aborted) break;
    const batchMs = o.monotonicMs() - started;
    await o.sleep(cleanupPauseMs(batchMs, o.dutyCycle, o.minPauseMs, o.maxPauseMs), signal);
  }
  return total;
};

export interface CleanupOptions extends Omit<CleanupRunOptions, 'signal'> {
  readonly store: IdempotencyStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly intervalMinutes: number;
}

const cleanupMetrics = (registry: Registry) => ({
  duration: new Histogram({
    name: 'idempotency_cleanup_duration',
    help: 'Seconds one cleanup run took, pauses between batches included',
    buckets: [0.01, 0.1, 1, 5, 15, 30, 60, 300],
    registers: [registry],
  }),
  rows: new Counter({
    name: 'idempotency_cleanup_rows_total',
    help: 'Expired idempotency records deleted',
    registers: [registry],
  }),
});

/**
 * The hourly (configurable) cleanup of expired idempotency records; returns a stop function, which also
 * ends a run in progress between batches.
 */
export const startIdempotencyCleanup = (options: CleanupOptions): (() => void) => {
  const { store, clock, logger, registry, intervalMinutes, ...settings } = options;
  const pacing = pacingOf(settings); // a bad setting fails at start-up, not once an hour
  const metrics = cleanupMetrics(registry);
  const stopped = new AbortController();
  let running = false;
  const tick = async () => {
    if (running || stopped.signal.aborted) return;
    running = true;
    const end = metrics.duration.startTimer();
    try {
      const deleted = await runCleanup(store, clock.now(), { ...pacing, signal: stopped.signal });
      metrics.rows.inc(deleted);
      if (stopped.signal.aborted) logger.info({ deleted }, 'idempotency cleanup stopped');
      else logger.info({ deleted }, 'idempotency cleanup finished');
    } catch (error) {
      logger.warn({ err: error }, 'idempotency cleanup failed; retrying next interval');
    } finally {
      end();
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMinutes * 60_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    stopped.abort();
  };
};
