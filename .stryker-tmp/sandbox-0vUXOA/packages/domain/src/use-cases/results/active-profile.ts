// @ts-nocheck
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import type { PortError } from '../../errors/port-error.js';
import type { Session } from '../../model/session.js';
import type { TestGoal } from '../../model/test-goal.js';
import type { ActiveCareerProfile, ProfileSource } from '../../ports/career-profile-repository.js';
import type { Repositories } from '../../ports/unit-of-work.js';

/**
 * The active career profile as the REXTRA-AI client reads it (upstream §5.6), plus the Go-design columns
 * (decisions §4). `profile_id` is the row key, which in the Go table is the user id.
 */
export interface ActiveProfileDetails {
  readonly profile_id: string;
  readonly test_session_id: number;
  readonly session_token: string;
  readonly riasec_code: string | null;
  readonly top_profession1_id: number | null;
  readonly top_profession2_id: number | null;
  readonly activated_at: string;
  readonly active_session_token: string;
  readonly test_goal: TestGoal;
  readonly set_source: ProfileSource;
  readonly pinned: boolean;
  readonly set_at: string;
  readonly test_completed_at: string | null;
}

export type ActiveProfileView =
  { readonly has_active_profile: false } | ({ readonly has_active_profile: true } & ActiveProfileDetails);

/** RECOMMENDATION: the two recommended professions; FIT_CHECK: the checked profession (as REXTRA-AI). */
const topProfessions = (
  repos: Repositories,
  session: Session,
): TE.TaskEither<PortError, readonly [number | null, number | null]> =>
  session.test_goal === 'FIT_CHECK'
    ? TE.right([session.target_profession_id, null])
    : pipe(
        repos.recommendations.find(session.id),
        TE.map(
          O.match(
            () => [null, null] as const,
            (r) => [r.topProfession1, r.topProfession2] as const,
          ),
        ),
      );

export const profileDetails = (
  repos: Repositories,
  profile: ActiveCareerProfile,
  session: Session,
): TE.TaskEither<PortError, ActiveProfileDetails> =>
  pipe(
    TE.Do,
    TE.apS('code', pipe(repos.riasec.findOutcome(session.id), TE.map(O.map((o) => o.riasec_code)))),
    TE.apS('top', topProfessions(repos, session)),
    TE.map(({ code, top }) => ({
      profile_id: profile.user,
      test_session_id: Number(session.id),
      session_token: session.session_token,
      riasec_code: O.toNullable(code),
      top_profession1_id: top[0],
      top_profession2_id: top[1],
      activated_at: profile.setAt.toISOString(),
      active_session_token: session.session_token,
      test_goal: session.test_goal,
      set_source: profile.source,
      pinned: profile.pinned,
      set_at: profile.setAt.toISOString(),
      test_completed_at: session.status === 'completed' ? session.completed_at.toISOString() : null,
    })),
  );
