import type { Middleware } from 'koa';
import { type Problem, problem, sendProblem, validationProblem } from '../problem.js';
import { jsonDepthExceeds, unstorableStrings } from './hostile-text.js';
import { decodeContent, readRawBody } from './read-body.js';

declare module 'koa' {
  interface Request {
    body?: unknown;
  }
}

export interface JsonBodyOptions {
  readonly limitBytes: number;
  /** Deepest `[`/`{` nesting accepted; our bodies need 4. */
  readonly maxDepth: number;
}

export const MAX_JSON_DEPTH = 32;

const badRequest = (detail: string): Problem => problem(400, 'bad-request', 'Bad Request', detail);
const unsupported = (detail: string): Problem =>
  problem(415, 'unsupported-media-type', 'Unsupported Media Type', detail);

/** JSON media types (`application/json`, `application/*+json`); a missing type is read as JSON, as upstream does. */
const checkContentType = (header: string | undefined): Problem | undefined => {
  if (header === undefined || header.trim() === '') return undefined;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json' && !/^application\/[a-z0-9.+-]*\+json$/.test(type)) {
    return unsupported('send the body as application/json');
  }
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return unsupported('send the body as UTF-8');
  }
  return undefined;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes → parsed JSON, or the problem that refuses them (400 bad bytes, depth or syntax; 422 unstorable text). */
const parseJson = (bytes: Buffer, maxDepth: number): { value: unknown } | Problem => {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return badRequest('request body is not valid UTF-8');
  }
  if (text.trim() === '') return { value: {} };
  if (jsonDepthExceeds(text, maxDepth)) {
    return badRequest(`request body is nested deeper than ${maxDepth} levels`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return badRequest('request body is not valid JSON');
  }
  if (value === null || typeof value !== 'object') {
    return badRequest('request body must be a JSON object');
  }
  const unstorable = unstorableStrings(value);
  return unstorable.length > 0 ? validationProblem(unstorable) : { value };
};

/**
 * The JSON body reader of every POST (replaces @koa/bodyparser, ADR 0022): size checked while reading,
 * content coding and charset checked, depth checked before any recursion, and strings PostgreSQL cannot
 * store refused with a 422, so no hostile body reaches a handler. GET and HEAD bodies are never read.
 */
export const jsonBody =
  (options: JsonBodyOptions): Middleware =>
  async (ctx, next): Promise<void> => {
    if (ctx.method === 'GET' || ctx.method === 'HEAD' || ctx.method === 'OPTIONS') {
      await next();
      return;
    }
    const typeProblem = checkContentType(ctx.get('content-type') || undefined);
    const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';
    if (!hasBody) {
      ctx.request.body = {};
      await next();
      return;
    }
    if (typeProblem) return sendProblem(ctx, typeProblem);
    const raw = await readRawBody(ctx.req, options.limitBytes);
    if (!Buffer.isBuffer(raw)) return sendProblem(ctx, raw);
    const decoded = decodeContent(raw, ctx.get('content-encoding') || undefined, options.limitBytes);
    if (!Buffer.isBuffer(decoded)) return sendProblem(ctx, decoded);
    const parsed = parseJson(decoded, options.maxDepth);
    if ('status' in parsed) return sendProblem(ctx, parsed);
    ctx.request.body = parsed.value;
    await next();
  };
