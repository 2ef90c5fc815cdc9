// @ts-nocheck
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { SessionToken, UserId } from '../../model/ids.js';
import type { ActiveCareerProfile } from '../../ports/career-profile-repository.js';
import type { Clock } from '../../ports/clock.js';
import type { UnitOfWork } from '../../ports/unit-of-work.js';
import { type ActiveProfileDetails, profileDetails } from './active-profile.js';
import { type ResultSessionError, completedSession } from './result-session.js';

export type SetActiveProfileError = ResultSessionError;

export interface SetActiveProfileResult extends ActiveProfileDetails {
  readonly success: true;
  readonly message: string;
}

const MESSAGE = 'Profil karier aktif berhasil diganti ke hasil tes ini.';

/**
 * POST /career-profile/user-profile/set-active (upstream §5.6 on the Go table, decisions §4): only a completed
 * RECOMMENDATION session can become the profile, as upstream requires. Check, upsert and the response are
 * one transaction, so an idempotent replay stores exactly what was committed.
 */
export class SetActiveProfile {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(user: UserId, token: SessionToken): TE.TaskEither<SetActiveProfileError, SetActiveProfileResult> {
    return this.uow.run((scope) =>
      pipe(
        completedSession(scope.sessions, user, token, 'RECOMMENDATION'),
        TE.chainW((session) => {
          const profile: ActiveCareerProfile = {
            user,
            activeSession: session.id,
            pinned: true,
            source: 'USER_SELECTED',
            setAt: this.clock.now(),
          };
          return pipe(
            scope.careerProfiles.set(profile),
            TE.chain(() => profileDetails(scope, profile, session)),
          );
        }),
        TE.map((details) => ({ success: true as const, ...details, message: MESSAGE })),
      ),
    );
  }
}
