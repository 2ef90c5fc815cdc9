import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId, UserId } from '../model/ids.js';

/**
 * Rows of `kenalidiri_history` that the Go dashboards read. A category is named by its `category_code`:
 * its id differs between databases (upstream seeds CAREER_PROFILE as 1; decisions §4 (6)).
 */
export interface HistoryRepository {
  recordStarted(
    user: UserId,
    session: SessionId,
    categoryCode: string,
    at: Date,
  ): TE.TaskEither<PortError, void>;
  recordCompleted(session: SessionId, at: Date): TE.TaskEither<PortError, void>;
  /** Ended without a result (by its owner, or superseded after expiry): status `abandoned`. */
  recordAbandoned(sessions: readonly SessionId[]): TE.TaskEither<PortError, void>;
}
