import Koa from 'koa';
import type { HttpDependencies } from './dependencies.js';
import { cors } from './middleware/cors.js';
import { errorHandler } from './middleware/error-handler.js';
import { httpMetrics } from './middleware/http-metrics.js';
import { MAX_JSON_DEPTH, jsonBody } from './middleware/json-body.js';
import { pathGuard } from './middleware/path-guard.js';
import { requestContext } from './middleware/request-context.js';
import { apiRouters } from './routes/api.routes.js';
import { appRoutes } from './routes/app.routes.js';
import { docsRoutes } from './routes/docs.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { metaRoutes } from './routes/meta.routes.js';

/** Builds the Koa application without listening, so tests drive `app.callback()` directly. */
export const createAppFrom = (deps: HttpDependencies): Koa => {
  // Behind TRUST_PROXY_HOPS proxies the client is the right-most address they did not add (ADR 0022).
  const app = new Koa({ proxy: deps.config.trustProxy, maxIpsCount: deps.config.trustProxyHops });
  app.use(requestContext(deps.logger));
  app.use(cors(deps.config.cors));
  app.use(errorHandler());
  app.use(httpMetrics(deps.metrics));
  app.use(pathGuard());
  app.use(jsonBody({ limitBytes: deps.config.bodyLimitKb * 1024, maxDepth: MAX_JSON_DEPTH }));
  const routers = [
    healthRoutes({
      probe: deps.readiness,
      registry: deps.metrics,
      lifecycle: deps.lifecycle,
      serveMetrics: deps.config.metrics.port === undefined,
      metricsToken: deps.config.metrics.token,
    }),
    metaRoutes(),
    docsRoutes(),
    appRoutes(deps.config.auth),
    ...apiRouters(deps),
  ];
  for (const router of routers) {
    app.use(router.routes());
    app.use(router.allowedMethods());
  }
  return app;
};
