import type { HistoryRepository, PortError, SessionId, UserId } from '@kenali/domain';
import { CAREER_PROFILE_CATEGORY_CODE } from '@kenali/domain';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { Knex } from 'knex';
import { attempt } from './attempt.js';
import { namedRun, statement } from './named-query.js';

const PORT = 'kenalidiri_history';

/** The category id of a code, as a subquery: ids differ between databases, codes do not (ADR 0015). */
const categoryId = (db: Knex | Knex.Transaction, code: string) =>
  db('kenalidiri_categories').select('id').where({ category_code: code });

// The write routes' statements, run as named statements (ADR 0036).
const RECORD_STARTED =
  statement(`insert into kenalidiri_history (user_id, test_category_id, detail_session_id, status, started_at)
  select ?, id, ?, 'ongoing', ? from kenalidiri_categories where category_code = ? returning id`);
const RECORD_COMPLETED = statement(`update kenalidiri_history set status = 'completed', completed_at = ?
  where detail_session_id = ?
    and test_category_id in (select id from kenalidiri_categories where category_code = ?)`);

export class PostgresHistoryRepository implements HistoryRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  recordStarted(
    user: UserId,
    session: SessionId,
    categoryCode: string,
    at: Date,
  ): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      const { rows } = await namedRun(this.db, RECORD_STARTED, [user, session, at, categoryCode]);
      // A violated foreign key in spirit: the category row is missing until `kenali seed` runs.
      if (rows.length === 0) {
        throw new Error(
          `violates kenalidiri_history_test_category_id_fkey: no category ${categoryCode} (run kenali seed)`,
        );
      }
    });
  }

  recordCompleted(session: SessionId, at: Date): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await namedRun(this.db, RECORD_COMPLETED, [at, session, CAREER_PROFILE_CATEGORY_CODE]);
    });
  }

  recordAbandoned(sessions: readonly SessionId[]): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      if (sessions.length === 0) return;
      // completed_at stays null: the test was never completed (the Go side filters on status).
      await this.db(PORT)
        .whereIn('detail_session_id', sessions)
        .whereIn('test_category_id', categoryId(this.db, CAREER_PROFILE_CATEGORY_CODE))
        .where({ status: 'ongoing' })
        .update({ status: 'abandoned' });
    });
  }
}
