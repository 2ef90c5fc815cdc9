// @ts-nocheck
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../errors/port-error.js';
import type { Completed } from '../model/session.js';
import type { TransactionScope } from '../ports/unit-of-work.js';

/**
 * What every finished session writes besides its own status: the history row flips to completed and,
 * for the user's first finished test, the active career profile points at it (decisions §4).
 */
export const recordCompletion = (
  scope: TransactionScope,
  session: Completed,
  now: Date,
): TE.TaskEither<PortError, void> =>
  pipe(
    scope.history.recordCompleted(session.id, now),
    TE.chain(() =>
      scope.careerProfiles.setIfAbsent({
        user: session.user_id,
        activeSession: session.id,
        pinned: true,
        source: 'AUTO_FIRST_TIME',
        setAt: now,
      }),
    ),
  );
