// @ts-nocheck
import type { HistoryRepository, PortError, SessionId, UserId } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_ID } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, violation } from './in-memory-database.js';

const PORT = 'kenalidiri_history';

export class InMemoryHistoryRepository implements HistoryRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  recordStarted(
    user: UserId,
    session: SessionId,
    categoryId: number,
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'recordStarted', (state) => {
      if (!state.users.has(user))
        throw violation(PORT, 'unknown', 'violates kenalidiri_history_user_id_fkey');
      if (!state.categories.has(categoryId))
        throw violation(PORT, 'unknown', 'violates kenalidiri_history_test_category_id_fkey');
      state.history.push({
        id: ++state.sequences.history,
        user,
        category: categoryId,
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
        row.session === Number(session) && row.category === CAREER_PROFILE_CATEGORY_ID
          ? { ...row, status: 'completed', completed_at: at }
          : row,
      );
    });
  }
}
