// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Router from '@koa/router';
import { openApiDocument } from '../openapi/document.js';

const require = createRequire(import.meta.url);
const SWAGGER_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
};

// Served from the installed swagger-ui-dist: the page works offline, no CDN.
const PAGE = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>kenali API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: 'StandaloneLayout' });</script>
</body></html>`;

export const docsRoutes = (): Router => {
  const router = new Router();
  const document = JSON.stringify(openApiDocument);
  router.get('/openapi.json', (ctx) => {
    ctx.type = 'application/json';
    ctx.body = document;
  });
  router.get('/docs', (ctx) => {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = PAGE;
  });
  router.get('/docs/assets/:file', async (ctx) => {
    const type = ASSETS[ctx.params.file ?? ''];
    if (!type) return;
    ctx.type = type;
    ctx.set('cache-control', 'public, max-age=86400');
    ctx.body = await readFile(join(SWAGGER_DIR, ctx.params.file ?? ''));
  });
  return router;
};
