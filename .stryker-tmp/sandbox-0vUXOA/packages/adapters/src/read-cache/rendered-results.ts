// @ts-nocheck
import type { PortError, SessionToken, UserId } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { ResultRoute, ResultVersions } from '../postgres/postgres-result-versions.js';
import { type MemoryCacheOptions, MemoryTtlStore } from '../redis/memory-ttl-store.js';

/** A stored answer, or a way to store a fresh one; neither when caching is off or the session unknown. */
export type RenderedLookup =
  | { readonly hit: Buffer }
  | { readonly hit: undefined; readonly remember: ((body: Buffer) => void) | undefined };

interface Entry {
  readonly validator: string;
  readonly body: Buffer;
}

const NOTHING = E.right<PortError, RenderedLookup>({ hit: undefined, remember: undefined });

/**
 * Rendered answers of the read routes, per process (ADR 0014). An answer is reused only while the versions
 * of the session's rows (read first, in one indexed statement) and the caller's name in its header are the
 * ones it was rendered from; catalogue texts in it are as fresh as the reference cache plus `ttlMs`.
 */
export class RenderedResults {
  private readonly entries: MemoryTtlStore<Entry> | undefined;

  constructor(
    private readonly versions: ResultVersions,
    private readonly settings: { readonly maxEntries: number; readonly ttlMs: number },
    options: MemoryCacheOptions = {},
  ) {
    this.entries =
      settings.maxEntries > 0 && settings.ttlMs > 0
        ? new MemoryTtlStore(settings.maxEntries, { ...options, maxEntries: settings.maxEntries })
        : undefined;
  }

  get size(): number {
    return this.entries?.size ?? 0;
  }

  async lookup(
    route: ResultRoute,
    user: UserId,
    token: SessionToken,
    viewer: string,
  ): Promise<E.Either<PortError, RenderedLookup>> {
    const entries = this.entries;
    if (!entries) return NOTHING;
    // Read before the route renders: a write landing in between yields a newer answer under an older
    // version, which the next request sees as changed; never the reverse. A storage failure is the
    // route's answer (503), not a second wait on the same dead database.
    const read = await this.versions.of(route, user, token);
    if (E.isLeft(read)) return read;
    const version = read.right;
    if (version === undefined) return NOTHING;
    const key = `${route}\u0000${user}\u0000${token}`;
    const validator = `${version}\u0000${viewer}`;
    const found = entries.get(key);
    if (found?.validator === validator) return E.right({ hit: found.body });
    return E.right({
      hit: undefined,
      remember: (body: Buffer) => entries.set(key, { validator, body }, this.settings.ttlMs),
    });
  }
}
