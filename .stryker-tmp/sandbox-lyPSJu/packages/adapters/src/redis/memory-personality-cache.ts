// @ts-nocheck
import type { PersonalityCache } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import { decodePersonality, personalityKey, ttlMillis } from './cache-payloads.js';
import { type MemoryCacheOptions, MemoryTtlStore } from './memory-ttl-store.js';

/** There are 156 RIASEC codes; the bound only guards against callers passing junk codes. */
const DEFAULT_MAX_ENTRIES = 512;

/** In-process twin of `RedisPersonalityCache`, with the same TTL and blank-text rules. */
export class MemoryPersonalityCache implements PersonalityCache {
  private readonly store: MemoryTtlStore<string>;

  constructor(options: MemoryCacheOptions = {}) {
    this.store = new MemoryTtlStore(DEFAULT_MAX_ENTRIES, options);
  }

  get size(): number {
    return this.store.size;
  }

  get(code: string): T.Task<O.Option<string>> {
    return () => Promise.resolve(O.fromNullable(this.store.get(personalityKey(code))));
  }

  set(code: string, text: string, ttlSeconds: number): T.Task<void> {
    return () => {
      const ttl = ttlMillis(ttlSeconds);
      if (ttl !== undefined && E.isRight(decodePersonality(text)))
        this.store.set(personalityKey(code), text, ttl);
      return Promise.resolve();
    };
  }
}
