import type { Middleware } from 'koa';
import { problem, sendProblem } from '../problem.js';

const WINDOW_MS = 60_000;
/** Addresses remembered at most; past it the window's table is dropped (a flood of addresses resets it). */
const MAX_ADDRESSES = 100_000;

/**
 * A per-address limit in front of authentication, in process memory (no I/O), so requests with made-up user
 * ids cannot each cost a database lookup (ADR 0022). Fixed one-minute windows; `perMinute` 0 turns it off.
 * Behind proxies it relies on TRUST_PROXY/TRUST_PROXY_HOPS for the client address.
 */
export const addressLimit = (perMinute: number, now: () => number = Date.now): Middleware => {
  if (perMinute <= 0) return (_ctx, next) => next();
  let windowStart = now();
  let counts = new Map<string, number>();
  return (ctx, next) => {
    const t = now();
    if (t - windowStart >= WINDOW_MS || counts.size >= MAX_ADDRESSES) {
      windowStart = t;
      counts = new Map();
    }
    const used = (counts.get(ctx.ip) ?? 0) + 1;
    counts.set(ctx.ip, used);
    if (used > perMinute) {
      ctx.set('Retry-After', String(Math.max(1, Math.ceil((windowStart + WINDOW_MS - t) / 1000))));
      sendProblem(
        ctx,
        problem(
          429,
          'rate-limited',
          'Too Many Requests',
          `batas permintaan per alamat terlampaui: ${perMinute} per menit`,
        ),
      );
      return Promise.resolve();
    }
    return next();
  };
};
