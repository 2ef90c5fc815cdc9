// The write floor's request handler: kenali's write routes at kenali's paths, each answered by replaying the
// captured statements (statements.json) for the caller (x-user-id) and the session named in the body, then
// sending the response kenali sent for the captured request. No validation, no auth beyond the caller's own
// lookup statement, no idempotency logic beyond its statements, no logging: the SQL and a buffered answer.
import { readFileSync } from 'node:fs';
import type { Middleware } from 'koa';
import type pg from 'pg';
import { API, DIMENSIONS } from '../lib/api.js';
import { SCRIPT_FILE } from './paths.js';
import { replay } from './replay.js';
import type { RouteScript } from './template.js';

export interface ScriptFile {
  readonly capturedAt: string;
  readonly routes: Record<string, RouteScript>;
}

export const loadScripts = (): ScriptFile => JSON.parse(readFileSync(SCRIPT_FILE, 'utf8')) as ScriptFile;

const readBody = async (req: NodeJS.ReadableStream): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** POST recommendation/start, riasec/submit and ikigai/submit-dimension (the 4th dimension: the final one). */
export const writeFloor = (pool: pg.Pool): Middleware => {
  const { routes } = loadScripts();
  const script = (path: string, body: { dimension_name?: string }): RouteScript | undefined => {
    if (path === `${API}/recommendation/start`) return routes['recommendation/start'];
    if (path === `${API}/riasec/submit`) return routes['riasec/submit'];
    if (path !== `${API}/ikigai/submit-dimension`) return undefined;
    const index = DIMENSIONS.indexOf(body.dimension_name as (typeof DIMENSIONS)[number]);
    return index === 3
      ? routes['submit-dimension 4 (final, offline)']
      : routes[`submit-dimension ${index + 1} (non-final)`];
  };
  return async (ctx, next) => {
    if (ctx.method !== 'POST') return next();
    const body = JSON.parse(await readBody(ctx.req)) as { session_token?: string; dimension_name?: string };
    const found = script(ctx.path, body);
    if (!found) return next();
    await replay(pool, found.statements, { user: String(ctx.get('x-user-id')), token: body.session_token });
    ctx.status = found.status;
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = found.response;
  };
};
