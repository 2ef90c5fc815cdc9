// @ts-nocheck
import type { RescoreRequest, RescoreSelection, RescoreSession, SelectedSession } from '@kenali/domain';
import { SessionId, SessionToken, UserId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type PgBoss from 'pg-boss';
import { RunFailure, loadBatch } from './batch-source.js';
import { type SessionResult, processBatch } from './batches.js';
import type { Progress } from './progress.js';
import { RescoreJobCodec } from './queue.js';
import type { StopSignal } from './stop-signal.js';
import { Tally } from './tally.js';

export interface WorkerDependencies {
  readonly boss: PgBoss;
  readonly selection: RescoreSelection;
  readonly rescore: RescoreSession;
  readonly stop: StopSignal;
  readonly progress: Progress;
  readonly onResult: (selected: SelectedSession, result: SessionResult) => void;
}

export interface WorkerOptions {
  readonly queue: string;
  readonly batchSize: number;
  readonly concurrency: number;
  readonly pollMs: number;
  /** Exit once nothing is queued (created or waiting for a retry) instead of polling forever. */
  readonly untilEmpty: boolean;
}

/** A job whose session no longer exists or is neither scored nor stuck: reported as vanished. */
const missing = (id: number): SelectedSession => ({
  id: SessionId(id),
  kind: 'scored',
  userId: UserId(''),
  token: SessionToken(''),
});

const sleep = (ms: number, stop: StopSignal): Promise<void> =>
  new Promise((resolve) => {
    const started = Date.now();
    const tick = setInterval(
      () => {
        if (stop.requested || Date.now() - started >= ms) {
          clearInterval(tick);
          resolve();
        }
      },
      Math.min(ms, 50),
    );
  });

/**
 * Drains the queue: fetch a batch (pg-boss hands each job to one worker, `FOR UPDATE SKIP LOCKED`), read the
 * sessions in two queries, rescore them, complete the succeeded jobs and fail the others (pg-boss retries
 * them). Even a job delivered twice changes a session once: the rescore itself is idempotent and
 * version-checked. A stop request lets the fetched batch finish first.
 */
export const runWorker = async (deps: WorkerDependencies, options: WorkerOptions): Promise<Tally> => {
  const { boss, stop } = deps;
  const tally = new Tally();
  deps.progress.start(null);
  while (!stop.requested) {
    const fetched = await boss.fetch<unknown>(options.queue, { batchSize: options.batchSize });
    const jobs = [];
    for (const job of fetched) {
      const data = RescoreJobCodec.decode(job.data);
      if (E.isRight(data)) jobs.push({ id: job.id, data: data.right });
      else await boss.fail(options.queue, job.id, { error: 'malformed job payload' });
    }
    if (fetched.length === 0) {
      if (options.untilEmpty && (await boss.getQueueSize(options.queue)) === 0) break;
      await sleep(options.pollMs, stop);
      continue;
    }
    if (jobs.length === 0) continue;
    const described = await deps.selection.describe(jobs.map((j) => SessionId(j.data.session_id)))();
    if (E.isLeft(described)) {
      for (const job of jobs) await boss.fail(options.queue, job.id, { error: described.left.message });
      throw new RunFailure(described.left);
    }
    const batch = await loadBatch(deps.selection, described.right);
    const jobOf = new Map(jobs.map((j) => [j.data.session_id, j]));
    // Who asked, why and how come from each session's own job (described sessions all have one).
    const requestOf = (selected: SelectedSession): RescoreRequest => {
      const data = jobOf.get(Number(selected.id))?.data;
      const { mode, actor, reason } = data ?? { mode: 'reuse' as const, actor: 'worker', reason: '' };
      return { mode, actor, reason, runId: null, dryRun: false };
    };
    const results = await processBatch(deps.rescore, batch, requestOf, options.concurrency, () => true);
    const byId = new Map(batch.sessions.map((s, i) => [Number(s.id), { selected: s, result: results[i] }]));
    const completed: string[] = [];
    for (const job of jobs) {
      const found = byId.get(job.data.session_id);
      const selected = found?.selected ?? missing(job.data.session_id);
      const result: SessionResult =
        found?.result ?? E.right({ _tag: 'Vanished', session: { id: selected.id, token: selected.token } });
      tally.record(result);
      deps.onResult(selected, result);
      if (E.isRight(result)) completed.push(job.id);
      else await boss.fail(options.queue, job.id, { error: result.left._tag });
    }
    deps.progress.update(tally);
    if (completed.length > 0) await boss.complete(options.queue, completed);
  }
  tally.close();
  deps.progress.stop(tally);
  return tally;
};
