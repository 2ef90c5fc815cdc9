// @ts-nocheck
import type { HistoryRepository, PortError, SessionId, UserId } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Knex } from 'knex';
import { CAREER_PROFILE_CATEGORY_ID } from '@kenali/domain';
import { attempt } from './attempt.js';

const PORT = 'kenalidiri_history';

export class PostgresHistoryRepository implements HistoryRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  recordStarted(
    user: UserId,
    session: SessionId,
    categoryId: number,
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db(PORT).insert({
        user_id: user,
        test_category_id: categoryId,
        detail_session_id: session,
        status: 'ongoing',
        started_at: at,
      });
    });
  }

  recordCompleted(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db(PORT)
        .where({ detail_session_id: session, test_category_id: CAREER_PROFILE_CATEGORY_ID })
        .update({ status: 'completed', completed_at: at });
    });
  }
}
