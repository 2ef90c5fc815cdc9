import Router from '@koa/router';
import { openApiDocument } from '../openapi/document.js';

const SERVICE = 'kenali';
const VERSION = openApiDocument.info.version;

interface Operation {
  readonly summary?: string;
}

/** Every API operation of the OpenAPI document as `{method, path, summary}`, so the listing never drifts. */
const apiRoutes = (): { method: string; path: string; summary: string }[] =>
  Object.entries(openApiDocument.paths as Record<string, Record<string, Operation>>)
    .filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
      })),
    );

/**
 * `GET /`, `GET /api/v1/` and `GET /health`, which upstream serves and load balancers and clients probe
 * (ADR 0021). `/health` says the process answers; `/readyz` is the one that checks the database.
 */
export const metaRoutes = (): Router => {
  const router = new Router();
  const root = {
    service: SERVICE,
    version: VERSION,
    description: 'Kenali Diri career profile API (RIASEC + Ikigai)',
    api: '/api/v1/',
    docs: '/docs',
    redoc: '/redoc',
    openapi: '/openapi.json',
    health: '/health',
  };
  const api = { service: SERVICE, version: 'v1', routes: apiRoutes() };
  router.get('/', (ctx) => {
    ctx.body = root;
  });
  router.get('/api/v1/', (ctx) => {
    ctx.body = api;
  });
  router.get('/health', (ctx) => {
    ctx.body = { status: 'healthy', service: SERVICE, version: VERSION };
  });
  return router;
};
