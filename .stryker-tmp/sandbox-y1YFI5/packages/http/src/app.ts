// @ts-nocheck
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import type { HttpDependencies } from './dependencies.js';
import { errorHandler } from './middleware/error-handler.js';
import { httpMetrics } from './middleware/http-metrics.js';
import { requestContext } from './middleware/request-context.js';
import { apiRouters } from './routes/api.routes.js';
import { docsRoutes } from './routes/docs.routes.js';
import { healthRoutes } from './routes/health.routes.js';

/** Builds the Koa application without listening, so tests drive `app.callback()` directly. */
export const createAppFrom = (deps: HttpDependencies): Koa => {
  const app = new Koa({ proxy: deps.config.trustProxy });
  app.use(requestContext(deps.logger));
  app.use(errorHandler());
  app.use(httpMetrics(deps.metrics));
  const parseBody = bodyParser({
    enableTypes: ['json'],
    jsonLimit: `${deps.config.bodyLimitKb}kb`,
    // Strict: a body must be a JSON object or array, as the API never takes scalars.
    jsonStrict: true,
  });
  // No route reads a GET or HEAD body; skipping the parser there keeps the read routes lean.
  app.use((ctx, next) => (ctx.method === 'GET' || ctx.method === 'HEAD' ? next() : parseBody(ctx, next)));
  for (const router of [healthRoutes(deps.readiness, deps.metrics), docsRoutes(), ...apiRouters(deps)]) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
};
