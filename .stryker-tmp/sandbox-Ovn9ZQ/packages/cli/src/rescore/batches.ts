// @ts-nocheck
import type {
  Pending,
  Prepared,
  RescoreError,
  RescoreOutcome,
  RescoreRequest,
  RescoreSession,
  SelectedSession,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Batch } from './batch-source.js';

export type SessionResult = E.Either<RescoreError, RescoreOutcome>;

/**
 * Runs `work` over `items` with at most `limit` in flight, starting them in order while `canStart()` holds.
 * Every started item is awaited, so the processed items are always a prefix: the count is returned.
 */
export const runPool = async <T>(
  items: readonly T[],
  limit: number,
  canStart: () => boolean,
  work: (item: T, index: number) => Promise<void>,
): Promise<number> => {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && canStart()) {
      const index = next++;
      await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return next;
};

/** Sessions per write statement: enough to amortise a statement's fixed cost, small enough to stay cheap. */
export const WRITE_CHUNK = 50;

const vanished = (s: SelectedSession): SessionResult =>
  E.right({ _tag: 'Vanished', session: { id: s.id, token: s.token } });

/** Lets I/O callbacks run (write results, the read-ahead page) between CPU-bound stretches of planning. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Marks a promise as handled without consuming it: a write may fail while its batch is still planning or
 * while the next batch is, long before anyone awaits it, and Node ends the process on a rejection with no
 * handler. The failure still reaches whoever awaits the promise.
 */
const observed = <A>(promise: Promise<A>): Promise<A> => {
  promise.catch(() => undefined);
  return promise;
};

/** A batch whose sessions are all prepared and sent; `results` settles once their writes are done. */
export interface StartedBatch {
  /** How many sessions were started: always a prefix of the batch. */
  readonly done: number;
  /** The results of the started sessions in batch order, once every write has answered. */
  readonly results: Promise<SessionResult[]>;
}

/**
 * One batch: sessions are prepared in order (AI calls, if any, with `concurrency` in flight) while
 * `canStart()` holds, and every WRITE_CHUNK prepared sessions go out as one statement at once, so the
 * database writes while this process plans the next ones. Each session is still written all or nothing and
 * on its own version (see ScoreRevisionRepository.applyAll). Resolves when the last write has been sent, not
 * answered, so a caller can plan the next batch while the database finishes this one.
 */
export const startBatch = async (
  rescore: RescoreSession,
  batch: Batch,
  requestOf: (selected: SelectedSession) => RescoreRequest,
  concurrency: number,
  canStart: () => boolean,
): Promise<StartedBatch> => {
  const results: SessionResult[] = [];
  const buffer: { index: number; item: Pending }[] = [];
  const writes: Promise<void>[] = [];
  const flush = (): void => {
    const chunk = buffer.splice(0, buffer.length);
    if (chunk.length === 0) return;
    const write = rescore.commit(chunk.map((c) => c.item))();
    writes.push(observed(write.then((written) => chunk.forEach((c, i) => (results[c.index] = written[i])))));
  };
  const done = await runPool(batch.sessions, concurrency, canStart, async (selected, index) => {
    const request = requestOf(selected);
    if (selected.kind === 'stuck') {
      results[index] = await rescore.finalizeStuck(selected, request)();
      return;
    }
    const snapshot = batch.snapshots.get(Number(selected.id));
    if (!snapshot) {
      results[index] = vanished(selected);
      return;
    }
    const prepared: E.Either<RescoreError, Prepared> = await rescore.prepare(snapshot, request)();
    if (E.isLeft(prepared)) results[index] = prepared;
    else if (prepared.right._tag === 'Settled') results[index] = E.right(prepared.right.outcome);
    else {
      buffer.push({ index, item: prepared.right });
      if (buffer.length >= WRITE_CHUNK) {
        flush();
        await yieldToIo();
      }
    }
  });
  flush();
  return { done, results: observed(Promise.all(writes).then(() => results.slice(0, done))) };
};

/** One batch from start to its last write's answer (see startBatch). */
export const processBatch = async (...args: Parameters<typeof startBatch>): Promise<SessionResult[]> =>
  (await startBatch(...args)).results;
