import type { Config } from '@kenali/adapters';
import type { Middleware } from 'koa';

/** Request headers a browser client of kenali sends; always allowed, whatever CORS_HEADERS lists. */
const CLIENT_HEADERS = [
  'content-type',
  'authorization',
  'x-user-id',
  'idempotency-key',
  'prefer',
  'x-request-id',
];
/** Response headers a browser client may read (idempotency replays, 409/429 back-off, tracing). */
const EXPOSED_HEADERS = [
  'Idempotent-Replayed',
  'Idempotency-Key',
  'Retry-After',
  'x-request-id',
  'kenali-result-cache',
].join(', ');
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Cross-origin access as upstream's CORSMiddleware gives it (any origin by default), so a browser app on
 * another origin can call kenali. A preflight is answered here without reaching auth or a route; an
 * origin outside `CORS_ORIGINS` gets no CORS headers (its preflight a 400), so the browser blocks it.
 */
export const cors = (settings: Config['cors']): Middleware => {
  const anyOrigin = settings.origins === '*';
  const allowedOrigins = new Set(anyOrigin ? [] : settings.origins);
  const methods = settings.methods.join(', ');
  const listedHeaders =
    settings.headers === '*'
      ? undefined
      : [...new Set([...CLIENT_HEADERS, ...settings.headers.map((h) => h.toLowerCase())])].join(', ');
  return async (ctx, next) => {
    const origin = ctx.get('origin');
    if (!origin) {
      await next();
      return;
    }
    const allowed = anyOrigin || allowedOrigins.has(origin);
    const preflight = ctx.method === 'OPTIONS' && ctx.get('access-control-request-method') !== '';
    if (!allowed) {
      if (!preflight) {
        await next();
        return;
      }
      ctx.status = 400;
      ctx.body = 'Disallowed CORS origin';
      return;
    }
    ctx.set('Access-Control-Allow-Origin', anyOrigin ? '*' : origin);
    if (!anyOrigin) ctx.vary('Origin');
    if (!preflight) {
      ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      await next();
      return;
    }
    ctx.set('Access-Control-Allow-Methods', methods);
    // Any header: the ones the browser asks for (a literal `*` is not honoured with credentials).
    const requested = ctx.get('access-control-request-headers');
    const headers = listedHeaders ?? (requested || CLIENT_HEADERS.join(', '));
    ctx.set('Access-Control-Allow-Headers', headers);
    ctx.set('Access-Control-Max-Age', PREFLIGHT_MAX_AGE_SECONDS);
    ctx.status = 200;
    ctx.body = 'OK';
  };
};
