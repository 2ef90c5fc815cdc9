// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import type { Completed, IkigaiOngoing, RiasecCompleted, Session } from '../model/session.js';
import { type SessionError, wrongGoal, wrongStatus } from '../errors/session-error.js';

/**
 * RIASEC submit: RECOMMENDATION → riasec_completed; FIT_CHECK → completed (it passes through
 * riasec_completed only in memory, upstream §2.1).
 */
export const completeRiasec = (
  session: Session,
  now: Date,
): E.Either<SessionError, RiasecCompleted | Completed> => {
  if (session.status !== 'riasec_ongoing') return E.left(wrongStatus(session.status, ['riasec_ongoing']));
  if (session.test_goal === 'FIT_CHECK') {
    return E.right({
      ...session,
      status: 'completed',
      riasec_completed_at: now,
      ikigai_completed_at: null,
      completed_at: now,
    });
  }
  return E.right({ ...session, status: 'riasec_completed', riasec_completed_at: now });
};

/** Outcome of /ikigai/start: `changed` is false when the session was already in the Ikigai phase. */
export interface IkigaiStart {
  readonly session: IkigaiOngoing;
  readonly changed: boolean;
}

/** Checks in the order of upstream §4.2 (after ownership): flag, goal, status. Idempotent on ikigai_ongoing. */
export const startIkigai = (session: Session): E.Either<SessionError, IkigaiStart> => {
  if (!session.uses_ikigai) return E.left({ _tag: 'IkigaiNotUsed' });
  if (session.test_goal !== 'RECOMMENDATION') return E.left(wrongGoal(session.test_goal, 'RECOMMENDATION'));
  switch (session.status) {
    case 'ikigai_ongoing':
      return E.right({ session, changed: false });
    case 'riasec_completed':
      return E.right({ session: { ...session, status: 'ikigai_ongoing' }, changed: true });
    default:
      return E.left(wrongStatus(session.status, ['riasec_completed', 'ikigai_ongoing']));
  }
};

/** The fourth Ikigai answer scored: ikigai_ongoing → completed. */
export const completeIkigai = (session: Session, now: Date): E.Either<SessionError, Completed> =>
  session.status === 'ikigai_ongoing'
    ? E.right({ ...session, status: 'completed', ikigai_completed_at: now, completed_at: now })
    : E.left(wrongStatus(session.status, ['ikigai_ongoing']));

/** Result tabs need a finished session of the right goal (upstream §5.1). */
export const requireCompleted = (
  session: Session,
  goal?: Session['test_goal'],
): E.Either<SessionError, Completed> => {
  if (session.status !== 'completed') return E.left(wrongStatus(session.status, ['completed']));
  if (goal !== undefined && session.test_goal !== goal) return E.left(wrongGoal(session.test_goal, goal));
  return E.right(session);
};
