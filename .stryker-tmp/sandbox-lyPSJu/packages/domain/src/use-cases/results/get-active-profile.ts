// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import type { UserId } from '../../model/ids.js';
import type { Repositories } from '../../ports/unit-of-work.js';
import { type ActiveProfileView, profileDetails } from './active-profile.js';

const NONE: ActiveProfileView = { has_active_profile: false };

/**
 * GET /career-profile/user-profile. "No profile yet" is a normal answer (200, `has_active_profile: false`),
 * as the upstream client expects, not an error.
 */
export class GetActiveProfile {
  constructor(private readonly repos: Repositories) {}

  execute(user: UserId): TE.TaskEither<PortError, ActiveProfileView> {
    return pipe(
      this.repos.careerProfiles.find(user),
      TE.chain(
        O.match(
          () => TE.right(NONE),
          (profile) =>
            pipe(
              this.repos.sessions.findOwnedById(user, profile.activeSession),
              TE.chain(
                O.match(
                  // The Go side may point the row at a session this user no longer owns: show nothing.
                  () => TE.right(NONE),
                  (session) =>
                    pipe(
                      profileDetails(this.repos, profile, session),
                      TE.map((details): ActiveProfileView => ({ has_active_profile: true, ...details })),
                    ),
                ),
              ),
            ),
        ),
      ),
    );
  }
}
