// @ts-nocheck
import type { DatabaseHandle } from '@kenali/adapters';
import type { RescoreFilter, RescoreMode, RescoreSelection, SessionId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { RunFailure } from './batch-source.js';
import { jobsFor, openQueue } from './queue.js';

export interface EnqueueOptions {
  readonly queue: string;
  readonly filter: RescoreFilter;
  readonly mode: RescoreMode;
  readonly actor: string;
  readonly reason: string;
  readonly batchSize: number;
}

/**
 * `--enqueue`: one pg-boss job per selected session, inserted a keyset page at a time (one INSERT per page),
 * for any number of `kenali worker` processes to drain. Returns how many sessions were selected.
 */
export const enqueueSelection = async (
  knex: DatabaseHandle['knex'],
  selection: RescoreSelection,
  options: EnqueueOptions,
): Promise<number> => {
  const boss = await openQueue(knex, options.queue, 'producer');
  try {
    let after: SessionId | null = null;
    let enqueued = 0;
    for (;;) {
      const page = await selection.nextBatch(options.filter, after, options.batchSize)();
      if (E.isLeft(page)) throw new RunFailure(page.left);
      if (page.right.length === 0) break;
      const ids: SessionId[] = page.right.map((s) => s.id);
      await boss.insert(
        jobsFor(options.queue, ids, { mode: options.mode, actor: options.actor, reason: options.reason }),
      );
      enqueued += ids.length;
      after = ids[ids.length - 1];
    }
    return enqueued;
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
};
