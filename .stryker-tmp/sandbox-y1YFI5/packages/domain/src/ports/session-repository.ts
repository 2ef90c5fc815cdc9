// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { ProfessionId, SessionId, SessionToken, UserId } from '../model/ids.js';
import type { Session } from '../model/session.js';
import type { Persona, TestGoal } from '../model/test-goal.js';

export interface NewSession {
  readonly user_id: UserId;
  readonly session_token: SessionToken;
  readonly persona_type: Persona;
  readonly test_goal: TestGoal;
  readonly target_profession_id: ProfessionId | null;
  readonly uses_ikigai: boolean;
  readonly started_at: Date;
}

/** Sessions; ownership is part of every lookup so a foreign session is simply absent. */
export interface SessionRepository {
  findOwned(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>>;
  /** By row id, still scoped to the owner (the active career profile stores the session id). */
  findOwnedById(user: UserId, id: SessionId): TE.TaskEither<PortError, O.Option<Session>>;
  /** Locks the row for the rest of the transaction (used inside a unit of work). */
  findOwnedForUpdate(user: UserId, token: SessionToken): TE.TaskEither<PortError, O.Option<Session>>;
  /** Serialises session starts of one user until the transaction ends. */
  lockUser(user: UserId): TE.TaskEither<PortError, void>;
  findActive(user: UserId): TE.TaskEither<PortError, O.Option<Session>>;
  insert(session: NewSession): TE.TaskEither<PortError, Session>;
  /** Persists the status and timestamps the transition produced. */
  saveTransition(session: Session): TE.TaskEither<PortError, void>;
}
