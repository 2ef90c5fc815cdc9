import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { HOSTILE_STRINGS, type Schema, anyString, isPick, valueOf, wrongType } from './values.js';

/** One operation of the served document, as the fuzzer needs it. */
export interface Operation {
  readonly method: string;
  readonly template: string;
  readonly pathParams: readonly { name: string; schema: Schema }[];
  readonly queryParams: readonly { name: string; schema: Schema }[];
  readonly body: Schema | undefined;
  readonly secured: boolean;
}

/** A request before pool picks are resolved: resolved at send time against what the run has collected. */
export interface FuzzRequest {
  readonly kind: string;
  readonly method: string;
  readonly path: unknown[];
  readonly query: Record<string, unknown>;
  readonly auth: 'user' | 'none' | 'malformed' | 'unknown' | 'no-wallet' | 'bearer-junk';
  readonly idempotencyKey: string | undefined;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  readonly body: { json: unknown } | { raw: Buffer } | undefined;
  readonly gzip: boolean;
}

type Doc = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, Schema> };
};

/** Every operation of the served /openapi.json. */
export const operationsOf = (doc: Doc): Operation[] =>
  Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([method, op]) => {
      const params = (op.parameters as { name: string; in: string; schema: Schema }[] | undefined) ?? [];
      const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)
        ?.content;
      return {
        method: method.toUpperCase(),
        template,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: content?.['application/json']?.schema,
        secured: Array.isArray(op.security),
      };
    }),
  );

// Percent-encodings a client library would never produce: NUL, an encoded surrogate, overlong, truncated.
const RAW_PATH_SEGMENTS = ['%00', 'a%00b', '%ED%A0%80', '%C0%80', '%E0%A4%A', '%', '%zz', '..', '%2F', '%20'];
export const rawSegment = (text: string): string => `\u0001raw:${text}`;

const CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/problem+json',
  'application/json; charset="UTF-8"',
  '*/*',
];
const ENCODINGS = ['gzip', 'deflate', 'br', 'compress', 'identity', 'gzip, gzip', 'x-unknown'];

const deep = (levels: number, open = '[', close = ']') =>
  Buffer.from(open.repeat(levels) + close.repeat(levels));

/** Bodies that are hostile as bytes, not as values. */
const rawBody = fc.oneof(
  fc.constant(deep(100_000)),
  fc.constant(deep(33)),
  fc.constant(Buffer.from(`{"a":${'{"a":'.repeat(31)}1${'}'.repeat(32)}`)),
  fc.constant(Buffer.from(`{"session_token":"${'x'.repeat(300_000)}"}`)),
  fc.constant(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), // invalid UTF-8
  fc.constant(Buffer.from('{"a":1')),
  fc.constant(Buffer.from('"just a string"')),
  fc.constant(Buffer.from('null')),
  fc.constant(Buffer.from('\uFEFF{"session_token":"a"}')),
  fc.constant(Buffer.from('{"a":1}{"b":2}')),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

const pathValue = (param: { name: string; schema: Schema }, doc: Doc) =>
  fc.oneof(
    { weight: 6, arbitrary: valueOf(param.schema, doc.components.schemas, param.name) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_PATH_SEGMENTS).map(rawSegment) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS, 'x'.repeat(5000)) },
    { weight: 1, arbitrary: fc.record({ pool: fc.constant('history'), index: fc.nat() }) },
  );

/** Requests for one operation: valid, boundary, wrong types, hostile strings, bad bytes, types and codings. */
export const requestsFor = (op: Operation, doc: Doc): fc.Arbitrary<FuzzRequest> => {
  const jsonBody = op.body
    ? fc.oneof(
        { weight: 8, arbitrary: valueOf(op.body, doc.components.schemas) },
        { weight: 1, arbitrary: wrongType },
      )
    : fc.oneof(fc.constant(undefined), wrongType);
  const body = fc.oneof(
    { weight: 10, arbitrary: jsonBody.map((json) => (json === undefined ? undefined : { json })) },
    { weight: 2, arbitrary: rawBody.map((raw) => ({ raw })) },
  );
  const kind = fc.constantFrom(
    'schema',
    'schema',
    'schema',
    'schema',
    'schema',
    'type',
    'encoding',
    'method',
  );
  return fc
    .record({
      kind,
      path: fc.tuple(...op.pathParams.map((p) => pathValue(p, doc))),
      query: fc.record(
        Object.fromEntries(op.queryParams.map((p) => [p.name, fc.oneof(anyString, fc.constant('self'))])),
        { requiredKeys: [] },
      ),
      auth: fc.constantFrom(
        'user',
        'user',
        'user',
        'user',
        'user',
        'none',
        'malformed',
        'unknown',
        'no-wallet',
        'bearer-junk',
      ),
      idempotencyKey: fc.option(
        fc.oneof(
          fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
          fc.constantFrom('', 'k\u00e9y', 'a'.repeat(256), '"q"'),
        ),
        { freq: 3 },
      ),
      body,
      contentType: fc.constantFrom(...CONTENT_TYPES),
      contentEncoding: fc.constantFrom(...ENCODINGS),
      gzip: fc.boolean(),
      method: fc.constantFrom(
        'PUT',
        'DELETE',
        'PATCH',
        op.method === 'GET' ? 'POST' : 'GET',
        'PROPFIND',
        'TRACE',
      ),
    })
    .map((r) => ({
      kind: r.kind,
      method: r.kind === 'method' ? r.method : op.method,
      path: r.path,
      query: r.query,
      auth: r.auth,
      idempotencyKey: r.idempotencyKey ?? undefined,
      body: op.method === 'GET' && r.kind !== 'method' ? undefined : r.body,
      contentType: r.kind === 'type' ? r.contentType : 'application/json',
      contentEncoding: r.kind === 'encoding' ? r.contentEncoding : undefined,
      gzip: r.kind === 'encoding' && r.gzip,
    }));
};

/** The request's pool picks replaced by values the run has collected (tokens, profession and history ids). */
export const resolvePicks = (value: unknown, pools: Record<string, readonly unknown[]>): unknown => {
  if (isPick(value)) {
    const pool = pools[value.pool] ?? [];
    return pool.length === 0 ? 'none' : pool[value.index % pool.length];
  }
  if (Array.isArray(value)) return value.map((v) => resolvePicks(v, pools));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: resolvePicks(v, pools), enumerable: true });
    }
    return out;
  }
  return value;
};

/** A path segment as a client writes it; lone surrogates go out as their (replacement) UTF-8 bytes. */
export const encodeSegment = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  if (text.startsWith('\u0001raw:')) return text.slice(5);
  if (text === '') return '';
  try {
    return encodeURIComponent(text);
  } catch {
    return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
};

/** The body bytes of a request (gzip applied when asked). */
export const bodyBytes = (
  request: FuzzRequest,
  pools: Record<string, readonly unknown[]>,
): Buffer | undefined => {
  if (!request.body) return undefined;
  const bytes =
    'raw' in request.body
      ? request.body.raw
      : Buffer.from(JSON.stringify(resolvePicks(request.body.json, pools)) ?? 'null');
  return request.gzip ? gzipSync(bytes) : bytes;
};
