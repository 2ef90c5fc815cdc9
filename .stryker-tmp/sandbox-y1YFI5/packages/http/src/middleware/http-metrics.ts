// @ts-nocheck
import type { Middleware } from 'koa';
import { Histogram, type Registry } from 'prom-client';

/** Request duration by method, matched route and status; the route template keeps cardinality low. */
export const httpMetrics = (registry: Registry): Middleware => {
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration in seconds',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  // One child per label set, looked up by a plain string: prom-client's own label hashing on every request
  // showed up in the read routes' profiles.
  const children = new Map<string, { observe(seconds: number): void }>();
  const child = (method: string, route: string, status: string) => {
    const key = `${method} ${status} ${route}`;
    let found = children.get(key);
    if (!found) {
      found = duration.labels(method, route, status);
      children.set(key, found);
    }
    return found;
  };
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      child(ctx.method, route, String(ctx.status)).observe(seconds);
    }
  };
};
