// @ts-nocheck
import type { RescoreMode } from '@kenali/domain';
import type { Knex } from 'knex';

const TABLE = 'rescore_runs';

export type RescoreRunStatus = 'running' | 'interrupted' | 'completed' | 'failed';

export interface RescoreCounters {
  readonly processed: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly finalized: number;
  readonly failed: number;
}

export interface RescoreRun {
  readonly id: number;
  readonly actor: string;
  readonly reason: string;
  readonly mode: RescoreMode;
  /** The selection as the CLI stored it (its own JSON form of the filter). */
  readonly selection: unknown;
  readonly status: RescoreRunStatus;
  readonly lastSessionId: number | null;
  readonly total: number;
}

export interface NewRescoreRun {
  readonly actor: string;
  readonly reason: string;
  readonly mode: RescoreMode;
  readonly selection: unknown;
  readonly total: number;
  readonly resumedFrom: number | null;
  /** Where a resumed run starts (the previous run's checkpoint). */
  readonly lastSessionId: number | null;
}

interface RunRow {
  id: number;
  actor: string;
  reason: string;
  mode: RescoreMode;
  selection: unknown;
  status: RescoreRunStatus;
  last_session_id: number | null;
  total: number;
}

/**
 * Bookkeeping of `kenali rescore` runs for `--resume`: a checkpoint is the highest session id below which
 * every selected session has been committed. Operator tooling, not a domain port: the use case never sees it.
 */
export class PostgresRescoreRuns {
  constructor(private readonly db: Knex) {}

  async start(run: NewRescoreRun): Promise<number> {
    const [row] = await this.db(TABLE)
      .insert({
        actor: run.actor,
        reason: run.reason,
        mode: run.mode,
        selection: JSON.stringify(run.selection),
        total: run.total,
        resumed_from: run.resumedFrom,
        last_session_id: run.lastSessionId,
      })
      .returning<{ id: number }[]>('id');
    return row.id;
  }

  async checkpoint(id: number, lastSessionId: number | null, counters: RescoreCounters): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .update({ last_session_id: lastSessionId, ...counters, updated_at: this.db.fn.now() });
  }

  async finish(
    id: number,
    status: Exclude<RescoreRunStatus, 'running'>,
    lastSessionId: number | null,
    counters: RescoreCounters,
  ): Promise<void> {
    await this.db(TABLE)
      .where({ id })
      .update({
        status,
        last_session_id: lastSessionId,
        ...counters,
        updated_at: this.db.fn.now(),
        finished_at: this.db.fn.now(),
      });
  }

  /** The most recent run, whatever its state: only an unfinished one can be resumed. */
  async latest(): Promise<RescoreRun | undefined> {
    const row = (await this.db(TABLE).orderBy('id', 'desc').first()) as RunRow | undefined;
    if (!row) return undefined;
    return {
      id: row.id,
      actor: row.actor,
      reason: row.reason,
      mode: row.mode,
      selection: row.selection,
      status: row.status,
      lastSessionId: row.last_session_id,
      total: row.total,
    };
  }
}
