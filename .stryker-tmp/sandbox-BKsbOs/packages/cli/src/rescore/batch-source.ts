// @ts-nocheck
import type {
  PortError,
  RescoreFilter,
  RescoreSelection,
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

/** Selected sessions plus the snapshots of the scored ones, read in one query. */
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
