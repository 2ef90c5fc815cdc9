// @ts-nocheck
import type { PersonalityCache } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import * as O from 'fp-ts/lib/Option.js';
import type * as T from 'fp-ts/lib/Task.js';
import type { Logger } from 'pino';
import { PERSONALITY_KEYSPACE, decodePersonality, personalityKey, ttlMillis } from './cache-payloads.js';
import { FailSoftRedis, type RedisCacheOptions } from './fail-soft-redis.js';
import type { CacheRedisClient } from './redis-content-cache.js';

/**
 * `personality_about:{riasec_code}` → plain text, as upstream stores it (§1.18; 7 days is the caller's TTL).
 * Fail-soft like `RedisContentCache`: blank text, errors and timeouts are logged misses.
 */
export class RedisPersonalityCache implements PersonalityCache {
  private readonly redis: FailSoftRedis;

  constructor(
    private readonly client: CacheRedisClient,
    logger: Logger,
    options: RedisCacheOptions = {},
  ) {
    this.redis = new FailSoftRedis(PERSONALITY_KEYSPACE, logger, options);
  }

  get(code: string): T.Task<O.Option<string>> {
    return async () => {
      const raw = await this.redis.run('get', () => this.client.get(personalityKey(code)));
      if (raw === undefined || raw === null) return O.none;
      const decoded = decodePersonality(raw);
      if (E.isRight(decoded)) return O.some(decoded.right);
      this.redis.warn('corrupt', { op: 'get', why: decoded.left }, 'corrupt personality text ignored');
      return O.none;
    };
  }

  set(code: string, text: string, ttlSeconds: number): T.Task<void> {
    return async () => {
      const ttl = ttlMillis(ttlSeconds);
      if (ttl === undefined) {
        this.redis.warn('invalid-ttl', { op: 'set', ttlSeconds }, 'personality text not cached: invalid TTL');
        return;
      }
      if (E.isLeft(decodePersonality(text))) {
        this.redis.warn('unserialisable', { op: 'set' }, 'personality text not cached: blank');
        return;
      }
      await this.redis.run('set', () => this.client.set(personalityKey(code), text, 'PX', ttl));
    };
  }
}
