import { type IdempotencyStore, type PortError, portError } from '@kenali/domain';
import { expect } from 'chai';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import {
  CLEANUP_DEFAULTS,
  type CleanupRunOptions,
  abortableSleep,
  cleanupPauseMs,
  runCleanup,
  startIdempotencyCleanup,
} from '../../../packages/adapters/src/idempotency/cleanup-job.js';
import { FixedClock } from '../../fakes/fixed-clock.js';

const NOW = new Date('2026-03-01T08:00:00.000Z');

/**
 * A store holding `expired` deletable rows; each batch "takes" `batchMs[i]` (the last entry repeats) on a
 * fake monotonic clock, and every call is recorded.
 */
class FakeStore implements IdempotencyStore {
  readonly calls: { now: Date; limit: number }[] = [];
  clockMs = 0;
  failAt: number | undefined;
  onBatch: (() => void) | undefined;

  constructor(
    public expired: number,
    private readonly batchMs: readonly number[] = [10],
  ) {}

  readonly monotonicMs = (): number => this.clockMs;

  deleteExpired(now: Date, limit: number): TE.TaskEither<PortError, number> {
    return () => {
      this.calls.push({ now, limit });
      const i = this.calls.length - 1;
      this.clockMs += this.batchMs[Math.min(i, this.batchMs.length - 1)] ?? 0;
      this.onBatch?.();
      if (this.failAt === i) return TE.left(portError('idempotency', 'unavailable', 'down'))();
      const n = Math.min(limit, this.expired);
      this.expired -= n;
      return TE.right(n)();
    };
  }

  claim = () => TE.left(portError('idempotency', 'unknown', 'not in this fake'));
  complete = () => TE.left(portError('idempotency', 'unknown', 'not in this fake'));
  release = () => TE.left(portError('idempotency', 'unknown', 'not in this fake'));
  countLive = () => TE.left(portError('idempotency', 'unknown', 'not in this fake'));
}

/** A sleep that only records the pause it was asked for (and moves the fake clock past it). */
const recordingSleep = (store: FakeStore) => {
  const pauses: number[] = [];
  const sleep = (ms: number): Promise<void> => {
    pauses.push(ms);
    store.clockMs += ms;
    return Promise.resolve();
  };
  return { pauses, sleep };
};

const run = (store: FakeStore, options: CleanupRunOptions = {}) => {
  const { pauses, sleep } = recordingSleep(store);
  const deleted = runCleanup(store, NOW, { sleep, monotonicMs: store.monotonicMs, ...options });
  return { pauses, deleted };
};

describe('idempotency cleanup job', function () {
  describe('cleanupPauseMs', function () {
    it('pauses batch × (1 − share) / share, within the bounds', function () {
      expect(cleanupPauseMs(100, 0.2, 0, 10_000)).to.equal(400);
      expect(cleanupPauseMs(30, 0.25, 0, 10_000)).to.equal(90);
      expect(cleanupPauseMs(100, 1, 0, 10_000)).to.equal(0);
      expect(cleanupPauseMs(1, 0.2, 20, 10_000)).to.equal(20);
      expect(cleanupPauseMs(5_000, 0.2, 20, 10_000)).to.equal(10_000);
      expect(cleanupPauseMs(-3, 0.5, 0, 100)).to.equal(0);
    });
  });

  describe('runCleanup', function () {
    it('deletes with the production defaults when given no options', async function () {
      const store = new FakeStore(1_234, [40]);
      const { pauses, deleted } = run(store);
      expect(await deleted).to.equal(1_234);
      expect(store.calls.map((c) => c.limit)).to.deep.equal([500, 500, 500]);
      expect(store.calls.every((c) => c.now === NOW)).to.equal(true);
      const expected = Math.round((40 * (1 - CLEANUP_DEFAULTS.dutyCycle)) / CLEANUP_DEFAULTS.dutyCycle);
      expect(expected).to.be.above(CLEANUP_DEFAULTS.minPauseMs); // the duty cycle decides, not the floor
      expect(pauses).to.deep.equal([expected, expected]);
    });

    it('pauses after each full batch in proportion to how long that batch took', async function () {
      const store = new FakeStore(5 * 100 + 20, [10, 50, 2, 30, 100, 7]);
      const { pauses, deleted } = run(store, {
        batchSize: 100,
        dutyCycle: 0.25,
        minPauseMs: 15,
        maxPauseMs: 200,
      });
      expect(await deleted).to.equal(520);
      // 10 → 30, 50 → 150, 2 → 6 raised to the 15 ms floor, 30 → 90, 100 → 300 capped at 200.
      expect(pauses).to.deep.equal([30, 150, 15, 90, 200]);
      expect(store.calls).to.have.length(6);
    });

    it('keeps deleting within the duty cycle of wall time', async function () {
      const store = new FakeStore(50 * 100, [13, 27, 8, 41]);
      const { pauses, deleted } = run(store, { batchSize: 100, dutyCycle: 0.2, minPauseMs: 0 });
      expect(await deleted).to.equal(5_000);
      const pausedMs = pauses.reduce((a, b) => a + b, 0);
      const busy = (store.clockMs - pausedMs) / store.clockMs;
      expect(busy).to.be.within(0.19, 0.21);
    });

    it('ends on the first partial batch without pausing after it', async function () {
      const store = new FakeStore(250, [10]);
      const { pauses, deleted } = run(store, { batchSize: 100, dutyCycle: 0.5, minPauseMs: 0 });
      expect(await deleted).to.equal(250);
      expect(store.calls).to.have.length(3);
      expect(pauses).to.deep.equal([10, 10]); // after batches 1 and 2, not after the last
    });

    it('makes one call and no pause when nothing is expired', async function () {
      const store = new FakeStore(0);
      const { pauses, deleted } = run(store);
      expect(await deleted).to.equal(0);
      expect(store.calls).to.have.length(1);
      expect(pauses).to.deep.equal([]);
    });

    it('needs one more (empty) batch when the backlog is an exact multiple of the batch size', async function () {
      const store = new FakeStore(300, [10]);
      const { pauses, deleted } = run(store, { batchSize: 100, dutyCycle: 0.5, minPauseMs: 0 });
      expect(await deleted).to.equal(300);
      expect(store.calls).to.have.length(4);
      expect(pauses).to.have.length(3);
    });

    it('runs back to back (zero pauses) with duty cycle 1 and no floor', async function () {
      const store = new FakeStore(1_000, [25]);
      const { pauses, deleted } = run(store, { batchSize: 300, dutyCycle: 1, minPauseMs: 0 });
      expect(await deleted).to.equal(1_000);
      expect(pauses).to.deep.equal([0, 0, 0]);
    });

    it('stops between batches once aborted and returns the rows deleted so far', async function () {
      const store = new FakeStore(10_000, [10]);
      const controller = new AbortController();
      store.onBatch = () => {
        if (store.calls.length === 3) controller.abort();
      };
      const { pauses, deleted } = run(store, { batchSize: 100, signal: controller.signal });
      expect(await deleted).to.equal(300);
      expect(store.calls).to.have.length(3);
      expect(pauses).to.have.length(2); // no pause after the batch during which it was aborted
    });

    it('stops when aborted during a pause', async function () {
      const store = new FakeStore(10_000, [10]);
      const controller = new AbortController();
      const pauses: number[] = [];
      const sleep = (ms: number, signal?: AbortSignal) => {
        pauses.push(ms);
        if (pauses.length === 2) controller.abort();
        expect(signal).to.equal(controller.signal);
        return Promise.resolve();
      };
      const deleted = await runCleanup(store, NOW, { batchSize: 100, signal: controller.signal, sleep });
      expect(deleted).to.equal(200);
      expect(store.calls).to.have.length(2);
    });

    it('does nothing when already aborted', async function () {
      const store = new FakeStore(10_000);
      const { deleted } = run(store, { signal: AbortSignal.abort() });
      expect(await deleted).to.equal(0);
      expect(store.calls).to.have.length(0);
    });

    it('fails with the store error and stops there', async function () {
      const store = new FakeStore(10_000);
      store.failAt = 1;
      const { pauses, deleted } = run(store, { batchSize: 100 });
      let failure: unknown;
      await deleted.catch((error: unknown) => void (failure = error));
      expect(failure).to.be.instanceOf(Error).with.property('message', 'down');
      expect(store.calls).to.have.length(2);
      expect(pauses).to.have.length(1);
    });

    it('refuses settings no run could honour', async function () {
      for (const bad of [
        { batchSize: 0 },
        { batchSize: 1.5 },
        { dutyCycle: 0 },
        { dutyCycle: 1.5 },
        { dutyCycle: Number.NaN },
        { minPauseMs: -1 },
        { minPauseMs: 50, maxPauseMs: 10 },
      ]) {
        const store = new FakeStore(10);
        let failure: unknown;
        await run(store, bad).deleted.catch((error: unknown) => void (failure = error));
        expect(failure, JSON.stringify(bad)).to.be.instanceOf(RangeError);
        expect(store.calls).to.have.length(0);
      }
    });

    it('really sleeps by default, about batch × (1 − share) / share', async function () {
      const store = new FakeStore(250);
      const busyWait = (ms: number) => {
        const until = performance.now() + ms;
        while (performance.now() < until);
      };
      store.onBatch = () => busyWait(20);
      const started = performance.now();
      // 2 full batches of ~20 ms at a 0.5 share → ~2 × 20 ms of pauses: ~100 ms in all.
      const deleted = await runCleanup(store, NOW, { batchSize: 100, dutyCycle: 0.5, minPauseMs: 0 });
      const elapsed = performance.now() - started;
      expect(deleted).to.equal(250);
      // A lower bound only: a loaded machine can make the run longer, never shorter. How long is a benchmark's question.
      expect(elapsed).to.be.at.least(85);
    });
  });

  describe('abortableSleep', function () {
    it('resolves after the time, or at once on abort', async function () {
      const started = performance.now();
      await abortableSleep(30);
      expect(performance.now() - started).to.be.at.least(25); // a lower bound: load cannot shorten a sleep
      // Sleeps far longer than this test's timeout: each one resolves only because of its abort.
      const controller = new AbortController();
      setImmediate(() => controller.abort());
      await abortableSleep(3_600_000, controller.signal);
      await abortableSleep(3_600_000, AbortSignal.abort());
    });
  });

  describe('startIdempotencyCleanup', function () {
    const logged = () => {
      const lines: { msg: string; deleted?: number }[] = [];
      const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
      return { lines, logger };
    };
    const waitFor = async (condition: () => boolean, what: string) => {
      const deadline = Date.now() + 5_000;
      while (!condition()) {
        if (Date.now() > deadline) expect.fail(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };

    it('passes its pacing through and counts the deleted rows', async function () {
      const store = new FakeStore(1_050, [10]);
      const { lines, logger } = logged();
      const registry = new Registry();
      const { pauses, sleep } = recordingSleep(store);
      const stop = startIdempotencyCleanup({
        store,
        clock: new FixedClock(NOW),
        logger,
        registry,
        intervalMinutes: 0.001, // 60 ms
        batchSize: 250,
        dutyCycle: 0.5,
        minPauseMs: 0,
        sleep,
        monotonicMs: store.monotonicMs,
      });
      try {
        await waitFor(() => lines.some((l) => l.msg === 'idempotency cleanup finished'), 'the first run');
      } finally {
        stop();
      }
      expect(store.calls.slice(0, 5).map((c) => c.limit)).to.deep.equal([250, 250, 250, 250, 250]);
      expect(pauses.slice(0, 4)).to.deep.equal([10, 10, 10, 10]);
      expect(lines.find((l) => l.msg === 'idempotency cleanup finished')).to.have.property('deleted', 1_050);
      const rows = await registry.getSingleMetric('idempotency_cleanup_rows_total')?.get();
      expect(rows?.values[0]?.value).to.be.at.least(1_050);
    });

    it('ends a run in progress between batches when stopped', async function () {
      const store = new FakeStore(Number.MAX_SAFE_INTEGER, [5]); // a backlog that never ends by itself
      const { lines, logger } = logged();
      let sleeping = 0;
      const stop = startIdempotencyCleanup({
        store,
        clock: new FixedClock(NOW),
        logger,
        registry: new Registry(),
        intervalMinutes: 0.001,
        batchSize: 100,
        // The default sleep, really waiting: 5 ms batches at a 0.0001 share pause ~50 s, longer than this
        // test's timeout, so the run can only end because stop aborts the pause.
        dutyCycle: 0.0001,
        minPauseMs: 0,
        sleep: (ms, signal) => {
          sleeping++;
          return abortableSleep(ms, signal);
        },
        monotonicMs: store.monotonicMs,
      });
      await waitFor(() => sleeping >= 1, 'the first pause');
      stop();
      await waitFor(() => lines.some((l) => l.msg === 'idempotency cleanup stopped'), 'the run to end');
      const calls = store.calls.length;
      expect(lines.find((l) => l.msg === 'idempotency cleanup stopped')).to.have.property(
        'deleted',
        calls * 100,
      );
      await new Promise((resolve) => setTimeout(resolve, 150)); // > 2 intervals: no further run starts
      expect(store.calls).to.have.length(calls);
    });

    it('refuses bad pacing at start, not an hour later', function () {
      expect(() =>
        startIdempotencyCleanup({
          store: new FakeStore(0),
          clock: new FixedClock(NOW),
          logger: pino({ level: 'silent' }),
          registry: new Registry(),
          intervalMinutes: 60,
          dutyCycle: 0,
        }),
      ).to.throw(RangeError);
    });
  });
});
