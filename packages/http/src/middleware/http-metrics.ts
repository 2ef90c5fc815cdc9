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
  return async (ctx, next) => {
    const end = duration.startTimer();
    try {
      await next();
    } finally {
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? 'unmatched';
      end({ method: ctx.method, route, status: String(ctx.status) });
    }
  };
};
