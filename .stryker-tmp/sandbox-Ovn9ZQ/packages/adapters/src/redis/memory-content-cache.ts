// @ts-nocheck
import type { ContentCache } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import { contentKey, decodeContent, encodeContent, ttlMillis } from './cache-payloads.js';
import { type MemoryCacheOptions, MemoryTtlStore } from './memory-ttl-store.js';

/** ~1000 sessions of five candidates with texts stay in the low tens of MB. */
const DEFAULT_MAX_ENTRIES = 1000;

/**
 * In-process twin of `RedisContentCache`: it stores the same JSON text and decodes it on read, so callers
 * get a copy (never a shared mutable object) and exactly what Redis would give back.
 */
export class MemoryContentCache implements ContentCache {
  private readonly store: MemoryTtlStore<string>;

  constructor(options: MemoryCacheOptions = {}) {
    this.store = new MemoryTtlStore(DEFAULT_MAX_ENTRIES, options);
  }

  get size(): number {
    return this.store.size;
  }

  get(token: string): T.Task<O.Option<unknown>> {
    return () => {
      const raw = this.store.get(contentKey(token));
      return Promise.resolve(raw === undefined ? O.none : O.fromEither(decodeContent(raw)));
    };
  }

  set(token: string, payload: unknown, ttlSeconds: number): T.Task<void> {
    return () => {
      const ttl = ttlMillis(ttlSeconds);
      const encoded = encodeContent(payload);
      if (ttl !== undefined && E.isRight(encoded)) this.store.set(contentKey(token), encoded.right, ttl);
      return Promise.resolve();
    };
  }
}
