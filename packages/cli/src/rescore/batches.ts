import type {
  PortError,
  RescoreError,
  RescoreFilter,
  RescoreOutcome,
  RescoreRequest,
  RescoreSelection,
  RescoreSession,
  ScoredSnapshot,
  SelectedSession,
  SessionId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';

/** A port failure outside any one session (the selection itself): the run stops with it. */
export class RunFailure extends Error {
  constructor(readonly error: PortError) {
    super(`${error.port} ${error.reason}: ${error.message}`);
  }
}

const orThrow = async <A>(task: TE.TaskEither<PortError, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new RunFailure(result.left);
  return result.right;
};

export interface Batch {
  readonly sessions: readonly SelectedSession[];
  readonly snapshots: ReadonlyMap<number, ScoredSnapshot>;
}

/** Selected sessions plus the snapshots of the scored ones, read in two queries. */
export const loadBatch = async (
  selection: RescoreSelection,
  sessions: readonly SelectedSession[],
): Promise<Batch> => {
  const scored = sessions.filter((s) => s.kind === 'scored').map((s) => s.id);
  const snapshots = await orThrow(selection.loadScored(scored));
  return { sessions, snapshots: new Map(snapshots.map((s) => [Number(s.id), s])) };
};

/**
 * Keyset pages of a selection, one page read ahead so the database reads the next batch while this process
 * computes and writes the current one. At most two batches are in memory, whatever the selection's size.
 */
export class BatchSource {
  private pending: Promise<Batch | null> | null;

  constructor(
    private readonly selection: RescoreSelection,
    private readonly filter: RescoreFilter,
    after: SessionId | null,
    private readonly size: number,
  ) {
    this.pending = this.fetch(after);
  }

  async next(): Promise<Batch | null> {
    const batch = await this.pending;
    const last = batch?.sessions.at(-1);
    this.pending = last ? this.fetch(last.id) : null;
    return batch ?? null;
  }

  /** Drops the read-ahead page (after a stop) without leaving a rejected promise unobserved. */
  async close(): Promise<void> {
    await this.pending?.catch(() => undefined);
    this.pending = null;
  }

  private async fetch(after: SessionId | null): Promise<Batch | null> {
    const sessions = await orThrow(this.selection.nextBatch(this.filter, after, this.size));
    return sessions.length === 0 ? null : loadBatch(this.selection, sessions);
  }
}

export type SessionResult = E.Either<RescoreError, RescoreOutcome>;

/** One session of a batch: a scored one from its preloaded snapshot, a stuck one through FinalizeIkigai. */
export const processOne = (
  rescore: RescoreSession,
  batch: Batch,
  selected: SelectedSession,
  request: RescoreRequest,
): Promise<SessionResult> => {
  if (selected.kind === 'stuck') return rescore.finalizeStuck(selected, request)();
  const snapshot = batch.snapshots.get(Number(selected.id));
  return snapshot
    ? rescore.rescore(snapshot, request)()
    : Promise.resolve(E.right({ _tag: 'Vanished', session: { id: selected.id, token: selected.token } }));
};

/**
 * Runs `work` over `items` with at most `limit` in flight, starting them in order while `canStart()` holds.
 * Every started item is awaited, so the processed items are always a prefix: the count is returned.
 */
export const runPool = async <T>(
  items: readonly T[],
  limit: number,
  canStart: () => boolean,
  work: (item: T) => Promise<void>,
): Promise<number> => {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length && canStart()) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  return next;
};
