import type { HistoryRepository, PortError, SessionId, UserId } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_CODE } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, violation } from './in-memory-database.js';

const PORT = 'kenalidiri_history';

export class InMemoryHistoryRepository implements HistoryRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  recordStarted(
    user: UserId,
    session: SessionId,
    categoryCode: string,
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'recordStarted', (state) => {
      if (!state.users.has(user))
        throw violation(PORT, 'unknown', 'violates kenalidiri_history_user_id_fkey');
      if (!state.categories.has(categoryCode))
        throw violation(PORT, 'unknown', 'violates kenalidiri_history_test_category_id_fkey');
      state.history.push({
        id: ++state.sequences.history,
        user,
        category: categoryCode,
        session: Number(session),
        status: 'ongoing',
        started_at: at,
        completed_at: null,
      });
    });
  }

  recordCompleted(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'recordCompleted', (state) => {
      state.history = state.history.map((row) =>
        row.session === Number(session) && row.category === CAREER_PROFILE_CATEGORY_CODE
          ? { ...row, status: 'completed', completed_at: at }
          : row,
      );
    });
  }

  recordAbandoned(sessions: readonly SessionId[]): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'recordAbandoned', (state) => {
      const ended = new Set(sessions.map(Number));
      state.history = state.history.map((row) =>
        ended.has(row.session) && row.category === CAREER_PROFILE_CATEGORY_CODE && row.status === 'ongoing'
          ? { ...row, status: 'abandoned' }
          : row,
      );
    });
  }
}
