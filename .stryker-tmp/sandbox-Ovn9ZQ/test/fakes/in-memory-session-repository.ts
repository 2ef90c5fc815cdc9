// @ts-nocheck
import type {
  NewSession,
  PortError,
  Session,
  SessionId,
  SessionRepository,
  SessionToken,
  UserId,
} from '@kenali/domain';
import {
  ACTIVE_STATUSES,
  ProfessionId,
  SessionId as toSessionId,
  SessionToken as toToken,
} from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, type SessionRow, violation } from './in-memory-database.js';

const PORT = 'sessions';

/** The adapter's row decoding: a status without the timestamps it implies is corrupt data. */
export const toSession = (row: SessionRow): Session => {
  const base = {
    id: toSessionId(row.id),
    user_id: row.user_id,
    session_token: toToken(row.session_token),
    persona_type: row.persona_type,
    test_goal: row.test_goal,
    target_profession_id: row.target_profession_id === null ? null : ProfessionId(row.target_profession_id),
    uses_ikigai: row.uses_ikigai,
    started_at: row.started_at,
    algorithm_version: row.algorithm_version,
    question_set_version: row.question_set_version,
  };
  const corrupt = () => violation(PORT, 'corrupt', `session ${row.id} in ${row.status} lacks its timestamps`);
  switch (row.status) {
    case 'riasec_ongoing':
      return { ...base, status: row.status };
    case 'riasec_completed':
    case 'ikigai_ongoing':
      if (!row.riasec_completed_at) throw corrupt();
      return { ...base, status: row.status, riasec_completed_at: row.riasec_completed_at };
    case 'completed':
      if (!row.completed_at) throw corrupt();
      return {
        ...base,
        status: 'completed',
        riasec_completed_at: row.riasec_completed_at ?? row.completed_at,
        ikigai_completed_at: row.ikigai_completed_at,
        completed_at: row.completed_at,
      };
  }
};

/** The CHECK constraints of the sessions table (migration 20261122000003). */
const checkRow = (row: SessionRow): void => {
  if (row.uses_ikigai !== (row.test_goal === 'RECOMMENDATION'))
    throw violation(PORT, 'unknown', 'violates chk_careerprofile_sessions_uses_ikigai');
  if (
    row.test_goal === 'FIT_CHECK' &&
    (row.target_profession_id === null || row.persona_type === 'PATHFINDER')
  )
    throw violation(PORT, 'unknown', 'violates chk_careerprofile_sessions_fit_check');
  if ((row.status === 'completed') !== (row.completed_at !== null))
    throw violation(PORT, 'unknown', 'violates chk_careerprofile_sessions_completed_at');
};

export class InMemorySessionRepository implements SessionRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  findOwned(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>> {
    return this.db.op(PORT, 'findOwned', (state) =>
      O.map(toSession)(
        O.fromNullable(
          [...state.sessions.values()].find((s) => s.session_token === token && s.user_id === user),
        ),
      ),
    );
  }

  findOwnedById(user: UserId, id: SessionId): TE.TaskEither<PortError, O.Option<Session>> {
    return this.db.op(PORT, 'findOwnedById', (state) => {
      const row = state.sessions.get(Number(id));
      return row && row.user_id === user ? O.some(toSession(row)) : O.none;
    });
  }

  findOwnedForUpdate(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>> {
    // Units of work never interleave in memory, so the row lock is implicit.
    return this.db.op(PORT, 'findOwnedForUpdate', (state) =>
      O.map(toSession)(
        O.fromNullable(
          [...state.sessions.values()].find((s) => s.session_token === token && s.user_id === user),
        ),
      ),
    );
  }

  lockUser(_user: UserId): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'lockUser', () => undefined);
  }

  findActive(user: UserId): TE.TaskEither<PortError, O.Option<Session>> {
    return this.db.op(PORT, 'findActive', (state) => {
      const active = [...state.sessions.values()]
        .filter((s) => s.user_id === user && ACTIVE_STATUSES.includes(s.status))
        .sort((a, b) => b.started_at.getTime() - a.started_at.getTime());
      return O.map(toSession)(O.fromNullable(active[0]));
    });
  }

  insert(session: NewSession): TE.TaskEither<PortError, Session> {
    return this.db.op(PORT, 'insert', (state) => {
      if (!state.users.has(session.user_id))
        throw violation(PORT, 'unknown', 'violates careerprofile_test_sessions_user_id_fkey');
      if ([...state.sessions.values()].some((s) => s.session_token === session.session_token))
        throw violation(PORT, 'conflict', 'duplicate key violates idx_careerprofile_sessions_token');
      const row: SessionRow = {
        id: ++state.sequences.session,
        user_id: session.user_id,
        session_token: session.session_token,
        persona_type: session.persona_type,
        test_goal: session.test_goal,
        target_profession_id: session.target_profession_id,
        uses_ikigai: session.uses_ikigai,
        status: 'riasec_ongoing',
        started_at: session.started_at,
        riasec_completed_at: null,
        ikigai_completed_at: null,
        completed_at: null,
        algorithm_version: '1.0',
        question_set_version: '1.0',
      };
      checkRow(row);
      state.sessions.set(row.id, row);
      return toSession(row);
    });
  }

  saveTransition(session: Session): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'saveTransition', (state) => {
      const row = state.sessions.get(Number(session.id));
      if (!row) return; // an UPDATE that matches no row changes nothing
      const next: SessionRow = {
        ...row,
        status: session.status,
        riasec_completed_at: 'riasec_completed_at' in session ? session.riasec_completed_at : null,
        ikigai_completed_at: session.status === 'completed' ? session.ikigai_completed_at : null,
        completed_at: session.status === 'completed' ? session.completed_at : null,
      };
      checkRow(next);
      state.sessions.set(row.id, next);
    });
  }
}
