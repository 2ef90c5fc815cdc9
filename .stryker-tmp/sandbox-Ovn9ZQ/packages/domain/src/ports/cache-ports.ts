// @ts-nocheck
import type * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';

/**
 * Fail-soft caches: an unavailable cache is a miss, never an error (decisions §3), so the
 * signatures carry no error channel.
 */
export interface ContentCache {
  get(token: string): T.Task<O.Option<unknown>>;
  set(token: string, payload: unknown, ttlSeconds: number): T.Task<void>;
}

export interface PersonalityCache {
  get(code: string): T.Task<O.Option<string>>;
  set(code: string, text: string, ttlSeconds: number): T.Task<void>;
}
