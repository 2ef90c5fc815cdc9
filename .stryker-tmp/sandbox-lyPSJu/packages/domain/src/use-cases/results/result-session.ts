// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../../errors/session-error.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { Completed, Session } from '../../model/session.js';
import type { TestGoal } from '../../model/test-goal.js';
import type { SessionRepository } from '../../ports/session-repository.js';
import { requireCompleted } from '../../rules/session-transitions.js';

export type ResultSessionError = SessionError | PortError;

/**
 * Common validation of the result tabs (upstream §5.1): missing or foreign → 404 (never 403, no existence
 * oracle), not completed → 400, another goal → 400. `undefined` goal: the personality tab takes both.
 */
export const completedSession = (
  sessions: SessionRepository,
  user: UserId,
  token: SessionToken,
  goal: TestGoal | undefined,
): TE.TaskEither<ResultSessionError, Completed> =>
  pipe(
    sessions.findOwned(user, token),
    TE.chainW(TE.fromOption((): ResultSessionError => sessionNotFound)),
    TE.chainEitherKW((session) => requireCompleted(session, goal)),
  );

/** The same validation over a `SessionReads` answer, keeping the rows read with the session. */
export const completedRead =
  (goal: TestGoal | undefined) =>
  <D>(
    found: O.Option<{ readonly session: Session } & D>,
  ): E.Either<ResultSessionError, { readonly session: Completed; readonly rows: D }> =>
    pipe(
      E.fromOption((): ResultSessionError => sessionNotFound)(found),
      E.chainW(({ session, ...rows }) =>
        pipe(
          requireCompleted(session, goal),
          E.map((completed) => ({ session: completed, rows: rows as unknown as D })),
        ),
      ),
    );
