import type { ReadinessProbe } from '@kenali/domain';
import Router from '@koa/router';
import type { Registry } from 'prom-client';
import type { Lifecycle } from '../lifecycle.js';
import { answerMetrics } from '../metrics-endpoint.js';

export interface HealthOptions {
  readonly probe: ReadinessProbe;
  readonly registry: Registry;
  readonly lifecycle: Lifecycle;
  /** false when /metrics has its own listener (METRICS_PORT). */
  readonly serveMetrics: boolean;
  readonly metricsToken: string | undefined;
}

/**
 * Liveness, readiness (database reachable, not shutting down) and Prometheus metrics; never rate limited or
 * authenticated as users (metrics take their own bearer token when METRICS_TOKEN is set).
 */
export const healthRoutes = (options: HealthOptions): Router => {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    if (options.lifecycle.draining) {
      // A load balancer stops sending new requests while the in-flight ones finish.
      ctx.status = 503;
      ctx.body = { status: 'shutting_down', checks: {} };
      return;
    }
    const database = await options.probe.databaseReachable()();
    ctx.status = database ? 200 : 503;
    ctx.body = {
      status: database ? 'ready' : 'not_ready',
      checks: { database: database ? 'ok' : 'unreachable' },
    };
  });
  if (options.serveMetrics) {
    router.get('/metrics', async (ctx) => {
      const answer = await answerMetrics(options.registry, options.metricsToken, ctx.get('authorization'));
      ctx.status = answer.status;
      ctx.type = answer.contentType;
      for (const [name, value] of Object.entries(answer.headers ?? {})) ctx.set(name, value);
      ctx.body = answer.body;
    });
  }
  return router;
};
