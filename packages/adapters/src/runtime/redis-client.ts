import { createRequire } from 'node:module';
import type * as Ioredis from 'ioredis';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * ioredis (a CommonJS package of some fifty modules), loaded only by a process that has a REDIS_URL: a start
 * without Redis does not pay for it (issue 18: restart ≤ 1 s).
 */
export const loadIoredis = (): typeof Ioredis => createRequire(import.meta.url)('ioredis') as typeof Ioredis;

/**
 * ioredis tuned to fail fast: no offline queue, no retries, no re-sends, short timeouts. A dead Redis costs
 * milliseconds and every caller treats its errors as a miss (decisions §3, ADR 0005). The two settings
 * below the timeouts were measured in test/integration/adapters/redis-cache.test.ts.
 */
export const createRedis = (url: string, logger: Logger): Redis => {
  const redis = new (loadIoredis().Redis)(url, {
    enableOfflineQueue: false,
    connectTimeout: 500,
    commandTimeout: 250,
    lazyConnect: false,
    // 0, not 1: a command in flight when the socket drops is rejected at once. With 1 it waited for the
    // first reconnect attempt (~200 ms) only to be rejected anyway, as the offline queue is off.
    maxRetriesPerRequest: 0,
    // A command that timed out on a hung server has failed for its caller. By default ioredis re-sends it
    // after reconnecting: a cache write reported as a no-op landed late (tested); a rate-limit hit would
    // count twice.
    autoResendUnfulfilledCommands: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let warned = false;
  redis.on('error', (error: Error) => {
    if (!warned) logger.warn({ err: error.message }, 'redis unavailable; continuing without it');
    warned = true;
  });
  redis.on('ready', () => {
    if (warned) logger.info('redis reachable again');
    warned = false;
  });
  return redis;
};
