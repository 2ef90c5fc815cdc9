// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import type { PortError } from '../errors/port-error.js';
import type { SessionId, UserId } from '../model/ids.js';
export type ProfileSource = 'AUTO_FIRST_TIME' | 'USER_SELECTED';
export interface ActiveCareerProfile {
  readonly user: UserId;
  readonly activeSession: SessionId;
  readonly pinned: boolean;
  readonly source: ProfileSource;
  readonly setAt: Date;
}

/** The user's "active career profile" pointer (Go design: one row per user). */
export interface CareerProfileRepository {
  find(user: UserId): TE.TaskEither<PortError, O.Option<ActiveCareerProfile>>;
  /** Inserts AUTO_FIRST_TIME only when the user has no row yet. */
  setIfAbsent(profile: ActiveCareerProfile): TE.TaskEither<PortError, void>;
  set(profile: ActiveCareerProfile): TE.TaskEither<PortError, void>;
}