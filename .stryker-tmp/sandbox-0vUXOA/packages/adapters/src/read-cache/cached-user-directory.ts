// @ts-nocheck
import type { PortError, UserDirectory, UserId, UserSummary } from '@kenali/domain';
import * as O from 'fp-ts/lib/Option.js';
import * as TE from 'fp-ts/lib/TaskEither.js';
import { pipe } from 'fp-ts/lib/function.js';
import { type MemoryCacheOptions, MemoryTtlStore } from '../redis/memory-ttl-store.js';

/**
 * Remembers users that were found for `ttlMs`, so a burst of reads by one app user costs one lookup
 * (ADR 0012). Absent users are never remembered: a user created a moment ago authenticates at once, while a
 * role change or a soft delete takes effect within `ttlMs`.
 */
export class CachedUserDirectory implements UserDirectory {
  private readonly found: MemoryTtlStore<UserSummary>;

  constructor(
    private readonly inner: UserDirectory,
    private readonly ttlMs: number,
    options: MemoryCacheOptions = {},
  ) {
    this.found = new MemoryTtlStore(50_000, options);
  }

  find(id: UserId): TE.TaskEither<PortError, O.Option<UserSummary>> {
    if (this.ttlMs <= 0) return this.inner.find(id);
    const hit = this.found.get(id);
    if (hit) return TE.right(O.some(hit));
    return pipe(
      this.inner.find(id),
      TE.map((user) => {
        if (O.isSome(user)) this.found.set(id, user.value, this.ttlMs);
        return user;
      }),
    );
  }
}
