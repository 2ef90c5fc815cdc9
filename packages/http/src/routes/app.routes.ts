import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Router from '@koa/router';
import type { Config } from '@kenali/adapters';
import type { Context } from 'koa';

const require = createRequire(import.meta.url);

interface Asset {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer;
  readonly immutable: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Where `npm run build` put the bundle of @kenali/web; undefined when it was not built. */
const webDist = (): string | undefined => {
  try {
    const dir = join(dirname(require.resolve('@kenali/web/package.json')), 'dist');
    return existsSync(join(dir, 'index.html')) ? dir : undefined;
  } catch {
    return undefined;
  }
};

/** The bundle read once and gzipped once: a few tens of KB held in memory. */
const loadAssets = (dir: string): Map<string, Asset> => {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[name.slice(name.lastIndexOf('.'))];
    if (!type) continue;
    const raw = readFileSync(join(dir, name));
    // Hashed names (app.<hash>.js) never change content: browsers may keep them; index.html is revalidated.
    assets.set(name, { type, raw, gzip: gzipSync(raw, { level: 9 }), immutable: name !== 'index.html' });
  }
  return assets;
};

/** The page may load only its own files; the card is shown through a blob: URL. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const send = (ctx: Context, asset: Asset): void => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) ctx.set(name, value);
  ctx.set('cache-control', asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  ctx.vary('accept-encoding');
  ctx.type = asset.type;
  if (ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('content-encoding', 'gzip');
    ctx.body = asset.gzip;
  } else {
    ctx.body = asset.raw;
  }
};

/**
 * The web client at /app/ (ADR 0029): the static bundle of @kenali/web and `config.json`, which tells it
 * how this server identifies people (opening links in standalone gateway mode, a Bearer JWT in jwt mode).
 */
export const appRoutes = (auth: Config['auth']): Router => {
  // strict: `/app` (redirected) and `/app/` (the page) are different routes.
  const router = new Router({ strict: true });
  const dir = webDist();
  const assets = dir ? loadAssets(dir) : new Map<string, Asset>();
  const config = JSON.stringify({
    authMode: auth.mode,
    links: auth.mode === 'gateway' && auth.sharedSecret === undefined,
  });
  router.get('/app', (ctx) => {
    ctx.status = 308;
    ctx.redirect('/app/');
  });
  router.get('/app/config.json', (ctx) => {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = config;
  });
  router.get(['/app/', '/app/:file'], (ctx) => {
    const asset = assets.get(ctx.params.file ?? 'index.html');
    if (asset) return send(ctx, asset);
    if (assets.size === 0) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'The web client is not built: run `npm run build`.\n';
    }
  });
  return router;
};
