// @ts-nocheck
import type { Redis } from 'ioredis';
import type { Context, Middleware, Next } from 'koa';
import ratelimit from 'koa-ratelimit';
import { problem, sendProblem } from '../problem.js';

export interface RateLimitSettings {
  readonly enabled: boolean;
  readonly multiplier: number;
  readonly redis: Redis | undefined;
}

export interface Limit {
  readonly name: string;
  readonly max: number;
  readonly per: 'minute' | 'hour';
}

const DURATION_MS = { minute: 60_000, hour: 3_600_000 } as const;
const REDIS_COOLDOWN_MS = 1000;

/** Keyed by user after auth, by client IP for anonymous routes. */
const callerId = (name: string) => (ctx: Context) => `kenali:${name}:${ctx.state.user?.id ?? ctx.ip}`;

/**
 * koa-ratelimit on Redis when configured, with a long-lived in-memory Map as the fallback whenever the
 * Redis driver throws: a dead Redis never turns into a 500 or a hang (decisions §3, §4 (43)).
 */
export const rateLimit = (settings: RateLimitSettings, limit: Limit): Middleware => {
  if (!settings.enabled) return (_ctx, next) => next();
  const common = {
    duration: DURATION_MS[limit.per],
    max: Math.max(1, Math.round(limit.max * settings.multiplier)),
    id: callerId(limit.name),
  };
  const memory = ratelimit({ ...common, driver: 'memory', db: new Map() });
  const redis = settings.redis ? ratelimit({ ...common, driver: 'redis', db: settings.redis }) : undefined;

  const run = async (limiter: Middleware, ctx: Context, next: Next): Promise<'passed' | 'limited'> => {
    let passed = false;
    await limiter(ctx, async () => {
      passed = true;
      await next();
    });
    return passed ? 'passed' : 'limited';
  };

  // After a Redis failure the memory store answers for a second, so a hung Redis costs one timeout, not one per request.
  let redisSkippedUntil = 0;
  return async (ctx, next) => {
    let outcome: 'passed' | 'limited';
    if (redis && Date.now() >= redisSkippedUntil) {
      let reachedNext = false;
      const trackedNext: Next = async () => {
        reachedNext = true;
        await next();
      };
      try {
        outcome = await run(redis, ctx, trackedNext);
      } catch (error) {
        if (reachedNext) throw error; // the route failed, not the limiter
        redisSkippedUntil = Date.now() + REDIS_COOLDOWN_MS;
        ctx.state.log?.warn({ err: error, limit: limit.name }, 'rate limiter on Redis failed; using memory');
        outcome = await run(memory, ctx, next);
      }
    } else {
      outcome = await run(memory, ctx, next);
    }
    if (outcome === 'limited') {
      sendProblem(
        ctx,
        problem(
          429,
          'rate-limited',
          'Too Many Requests',
          `batas permintaan terlampaui: ${limit.max} per ${limit.per === 'hour' ? 'jam' : 'menit'}`,
        ),
      );
    }
  };
};
