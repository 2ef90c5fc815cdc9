import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../errors/port-error.js';
import { type SessionError, sessionNotFound } from '../errors/session-error.js';
import type { SessionToken, UserId } from '../model/ids.js';
import type { TestGoal } from '../model/test-goal.js';
import type { UnitOfWork } from '../ports/unit-of-work.js';
import { abandonSession } from '../rules/session-transitions.js';

export interface AbandonSessionOutput {
  readonly session_token: SessionToken;
  readonly test_goal: TestGoal;
  readonly status: 'abandoned';
  /** Always 0: a started test is paid for, as upstream never refunds (ADR 0018). */
  readonly tokens_refunded: 0;
  readonly message: string;
}

export type AbandonSessionError = SessionError | PortError;

const MESSAGE = 'Sesi diakhiri. Token yang sudah terpakai tidak dikembalikan; tes baru dapat dimulai.';

/**
 * POST /sessions/{token}/abandon (ADR 0018): the owner ends an unfinished session so a new test can start.
 * Session and history row change in one transaction; abandoning an abandoned session answers the same again.
 * A foreign session is absent (404), a completed one is 400: its result stays.
 */
export class AbandonSession {
  constructor(private readonly uow: UnitOfWork) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<AbandonSessionError, AbandonSessionOutput> {
    return this.uow.run((scope) =>
      pipe(
        scope.sessions.findOwnedForUpdate(user, token),
        TE.chainW(TE.fromOption((): AbandonSessionError => sessionNotFound)),
        TE.chainEitherKW(abandonSession),
        TE.chainFirstW(({ session, changed }) =>
          changed
            ? pipe(
                scope.sessions.saveTransition(session),
                TE.chain(() => scope.history.recordAbandoned([session.id])),
              )
            : TE.right(undefined),
        ),
        TE.map(({ session }) => ({
          session_token: session.session_token,
          test_goal: session.test_goal,
          status: 'abandoned' as const,
          tokens_refunded: 0 as const,
          message: MESSAGE,
        })),
      ),
    );
  }
}
