// @ts-nocheck
import type { ReadinessProbe } from '@kenali/domain';
import Router from '@koa/router';
import type { Registry } from 'prom-client';

/** Liveness, readiness (database reachable) and Prometheus metrics; never rate limited or authenticated. */
export const healthRoutes = (probe: ReadinessProbe, registry: Registry): Router => {
  const router = new Router();
  router.get('/healthz', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  router.get('/readyz', async (ctx) => {
    const database = await probe.databaseReachable()();
    ctx.status = database ? 200 : 503;
    ctx.body = {
      status: database ? 'ready' : 'not_ready',
      checks: { database: database ? 'ok' : 'unreachable' },
    };
  });
  router.get('/metrics', async (ctx) => {
    ctx.type = registry.contentType;
    ctx.body = await registry.metrics();
  });
  return router;
};
