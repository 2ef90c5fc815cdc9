import {
  type ActiveCareerProfile,
  type CareerProfileRepository,
  type PortError,
  type UserId,
  SessionId,
} from '@kenali/domain';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as t from 'io-ts';
import type { Knex } from 'knex';
import { attempt, decodeOptionalRow } from './attempt.js';
import { namedRun, statement } from './named-query.js';
import { PgDate } from './row-codecs.js';

const PORT = 'user_career_profile';
const Row = t.type({
  active_session_id: t.number,
  pinned: t.boolean,
  set_source: t.keyof({ AUTO_FIRST_TIME: null, USER_SELECTED: null }),
  set_at: PgDate,
});

const toRow = (profile: ActiveCareerProfile) => ({
  user_id: profile.user,
  active_session_id: profile.activeSession,
  pinned: profile.pinned,
  set_source: profile.source,
  set_at: profile.setAt,
});

// Run as a named statement on the final submit (ADR 0036).
const SET_IF_ABSENT =
  statement(`insert into user_career_profile (user_id, active_session_id, pinned, set_source, set_at)
  values (?, ?, ?, ?, ?) on conflict (user_id) do nothing`);

export class PostgresCareerProfileRepository implements CareerProfileRepository {
  constructor(private readonly db: Knex | Knex.Transaction) {}

  find(user: UserId): TE.TaskEither<PortError, O.Option<ActiveCareerProfile>> {
    return pipe(
      attempt(PORT, () => this.db(PORT).where({ user_id: user }).first()),
      TE.chainEitherK(
        decodeOptionalRow(PORT, Row, (r) => ({
          user,
          activeSession: SessionId(r.active_session_id),
          pinned: r.pinned,
          source: r.set_source,
          setAt: r.set_at,
        })),
      ),
    );
  }

  setIfAbsent(profile: ActiveCareerProfile): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await namedRun(this.db, SET_IF_ABSENT, [
        profile.user,
        profile.activeSession,
        profile.pinned,
        profile.source,
        profile.setAt,
      ]);
    });
  }

  set(profile: ActiveCareerProfile): TE.TaskEither<PortError, void> {
    return attempt(PORT, async () => {
      await this.db(PORT).insert(toRow(profile)).onConflict('user_id').merge();
    });
  }
}
