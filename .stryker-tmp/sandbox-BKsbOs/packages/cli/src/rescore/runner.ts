// @ts-nocheck
import type { PostgresRescoreRuns } from '@kenali/adapters';
import type {
  PortError,
  RescoreFilter,
  RescoreRequest,
  RescoreSelection,
  RescoreSession,
  SelectedSession,
  SessionId,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { CliError } from '../exit-codes.js';
import { type Batch, BatchSource, RunFailure } from './batch-source.js';
import { type SessionResult, type StartedBatch, startBatch } from './batches.js';
import type { Progress } from './progress.js';
import { filterToJson } from './selection-json.js';
import type { StopSignal } from './stop-signal.js';
import { Tally } from './tally.js';

export interface RunDependencies {
  readonly selection: RescoreSelection;
  readonly rescore: RescoreSession;
  readonly runs: PostgresRescoreRuns;
  readonly stop: StopSignal;
  readonly progress: Progress;
  /** Called once per processed session, in completion order. */
  readonly onResult: (selected: SelectedSession, result: SessionResult) => void;
}

export interface RunOptions {
  readonly filter: RescoreFilter;
  /** `runId` is filled in by the runner. */
  readonly request: RescoreRequest;
  /** Keyset start: the checkpoint of the run being resumed. */
  readonly after: SessionId | null;
  readonly resumedFrom: number | null;
  readonly batchSize: number;
  readonly concurrency: number;
  /** Stop as if interrupted once this many sessions were started (for drills and tests). */
  readonly stopAfter: number | null;
}

export interface RunSummary {
  readonly runId: number | null;
  readonly total: number;
  readonly tally: Tally;
  readonly interrupted: boolean;
  readonly lastSessionId: number | null;
}

const unwrap = async <A>(task: () => Promise<E.Either<PortError, A>>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) throw new RunFailure(result.left);
  return result.right;
};

/**
 * The streaming loop of `kenali rescore`: keyset batches, `concurrency` sessions in flight (each its own
 * transaction), a checkpoint in `rescore_runs` after every batch, and a clean stop on Ctrl-C after the
 * sessions in flight. A dry run writes nothing at all, not even its run row.
 */
export const runRescore = async (
  deps: RunDependencies,
  options: RunOptions,
): Promise<E.Either<CliError, RunSummary>> => {
  const { selection, runs, stop, progress } = deps;
  const dry = options.request.dryRun;
  const tally = new Tally();
  let runId: number | null = null;
  let lastSessionId: number | null = options.after;
  let source: BatchSource | undefined;
  try {
    const total = await unwrap(selection.count(options.filter, options.after));
    if (!dry) {
      runId = await runs.start({
        ...options.request,
        selection: filterToJson(options.filter),
        total,
        resumedFrom: options.resumedFrom,
        lastSessionId,
      });
    }
    const request: RescoreRequest = { ...options.request, runId };
    progress.start(total);
    source = new BatchSource(selection, options.filter, options.after, options.batchSize);
    let started = 0;
    const canStart = () => {
      if (options.stopAfter !== null && started >= options.stopAfter) stop.request('--stop-after');
      return !stop.requested;
    };
    const startOne = () => {
      if (!canStart()) return false;
      started++;
      return true;
    };
    // Interrupted only if something selected was left undone: a stop after the last session is a full run.
    let leftOver = false;
    // The batch whose writes are still in flight: it is settled (tallied, checkpointed) once the next batch
    // is planned, so this process plans while the database writes. Checkpoints stay in session order.
    let previous: { batch: Batch; started: StartedBatch } | null = null;
    const settle = async ({ batch, started }: { batch: Batch; started: StartedBatch }) => {
      const results = await started.results;
      results.forEach((result, i) => {
        tally.record(result);
        deps.onResult(batch.sessions[i], result);
      });
      progress.update(tally);
      if (results.length > 0) lastSessionId = batch.sessions[results.length - 1].id;
      if (runId !== null) await runs.checkpoint(runId, lastSessionId, tally.counters());
    };
    try {
      for (let batch = await source.next(); batch; batch = await source.next()) {
        if (!canStart()) {
          leftOver = true;
          break;
        }
        const started = await startBatch(deps.rescore, batch, () => request, options.concurrency, startOne);
        const settling = previous;
        previous = { batch, started };
        if (settling) await settle(settling);
        if (started.done < batch.sessions.length) {
          leftOver = true;
          break;
        }
      }
      const last = previous;
      previous = null;
      if (last) await settle(last);
    } finally {
      // After a failure, the run is marked failed only once the batch still writing has answered.
      await previous?.started.results.catch(() => undefined);
    }
    const interrupted = leftOver;
    if (runId !== null) {
      await runs.finish(runId, interrupted ? 'interrupted' : 'completed', lastSessionId, tally.counters());
    }
    progress.stop(tally);
    return E.right({ runId, total, tally, interrupted, lastSessionId });
  } catch (caught) {
    progress.stop(tally);
    if (!(caught instanceof RunFailure)) throw caught;
    // Best effort: the database may be the thing that failed.
    if (runId !== null)
      await runs.finish(runId, 'failed', lastSessionId, tally.counters()).catch(() => undefined);
    return E.left(caught.error);
  } finally {
    tally.close();
    await source?.close();
  }
};
