// @ts-nocheck
import type { ActiveCareerProfile, CareerProfileRepository, PortError, UserId } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import { type InMemoryDatabase, type InMemoryState, violation } from './in-memory-database.js';

const PORT = 'user_career_profile';

const checkKeys = (state: InMemoryState, profile: ActiveCareerProfile): void => {
  if (!state.users.has(profile.user))
    throw violation(PORT, 'unknown', 'violates user_career_profile_user_id_fkey');
  if (!state.sessions.has(Number(profile.activeSession)))
    throw violation(PORT, 'unknown', 'violates user_career_profile_active_session_id_fkey');
};

/** One row per user: `setIfAbsent` is INSERT … ON CONFLICT DO NOTHING, `set` is an upsert. */
export class InMemoryCareerProfileRepository implements CareerProfileRepository {
  constructor(private readonly db: InMemoryDatabase) {}

  find(user: UserId): TE.TaskEither<PortError, O.Option<ActiveCareerProfile>> {
    return this.db.op(PORT, 'find', (state) => O.fromNullable(state.careerProfiles.get(user)));
  }

  setIfAbsent(profile: ActiveCareerProfile): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'setIfAbsent', (state) => {
      checkKeys(state, profile);
      if (!state.careerProfiles.has(profile.user)) state.careerProfiles.set(profile.user, profile);
    });
  }

  set(profile: ActiveCareerProfile): TE.TaskEither<PortError, void> {
    return this.db.op(PORT, 'set', (state) => {
      checkKeys(state, profile);
      state.careerProfiles.set(profile.user, profile);
    });
  }
}
