import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * ioredis tuned to fail fast: no offline queue, one retry per command, short timeouts. A dead Redis costs
 * milliseconds and every caller treats its errors as a miss (decisions §3, ADR 0005).
 */
export const createRedis = (url: string, logger: Logger): Redis => {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 500,
    commandTimeout: 250,
    lazyConnect: false,
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
