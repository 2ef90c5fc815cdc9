// @ts-nocheck
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId, UserId } from '../model/ids.js';

/** Rows of `kenalidiri_history` that the Go dashboards read. */
export interface HistoryRepository {
  recordStarted(
    user: UserId,
    session: SessionId,
    categoryId: number,
    at: Date,
  ): TE.TaskEither<PortError, void>;
  recordCompleted(session: SessionId, at: Date): TE.TaskEither<PortError, void>;
}
