// @ts-nocheck
import type { ContentCache } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CONTENT_KEYSPACE, contentKey, decodeContent, encodeContent, ttlMillis } from './cache-payloads.js';
import { FailSoftRedis, type RedisCacheOptions } from './fail-soft-redis.js';

/** Only the commands used here, so a test double or another client can stand in. */
export type CacheRedisClient = Pick<Redis, 'get' | 'set'>;

/**
 * `ikigai:content:{session_token}` → JSON `{generated_at, candidates}` (upstream §1.18). Fail-soft: any
 * Redis error, timeout or corrupt value is a logged miss, and a failed write is a logged no-op.
 */
export class RedisContentCache implements ContentCache {
  private readonly redis: FailSoftRedis;

  constructor(
    private readonly client: CacheRedisClient,
    logger: Logger,
    options: RedisCacheOptions = {},
  ) {
    this.redis = new FailSoftRedis(CONTENT_KEYSPACE, logger, options);
  }

  get(token: string): T.Task<O.Option<unknown>> {
    return async () => {
      const raw = await this.redis.run('get', () => this.client.get(contentKey(token)));
      if (raw === undefined || raw === null) return O.none;
      const decoded = decodeContent(raw);
      if (E.isRight(decoded)) return O.some(decoded.right);
      this.redis.warn('corrupt', { op: 'get', why: decoded.left }, 'corrupt cached content ignored');
      return O.none;
    };
  }

  set(token: string, payload: unknown, ttlSeconds: number): T.Task<void> {
    return async () => {
      const ttl = ttlMillis(ttlSeconds);
      if (ttl === undefined) {
        this.redis.warn('invalid-ttl', { op: 'set', ttlSeconds }, 'content not cached: invalid TTL');
        return;
      }
      const encoded = encodeContent(payload);
      if (E.isLeft(encoded)) {
        this.redis.warn(
          'unserialisable',
          { op: 'set', why: encoded.left },
          'content not cached: invalid payload',
        );
        return;
      }
      await this.redis.run('set', () => this.client.set(contentKey(token), encoded.right, 'PX', ttl));
    };
  }
}
