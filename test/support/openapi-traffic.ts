import { ServerResponse } from 'node:http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Context } from 'mocha';
import { openApiDocument } from '../../packages/http/src/openapi/document.js';

/**
 * A mocha root hook (registered in .mocharc.json) that validates every HTTP response the test suite's
 * in-process servers send against `/openapi.json`: the path and method must be documented, the status
 * listed for that operation, the media type declared, and a JSON body must match its schema. A mismatch
 * fails the test that caused it, so the document cannot drift from behaviour (issue 16, ADR 0021).
 */

export interface Seen {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly type: string;
  readonly body: Buffer;
}

type Schema = Record<string, unknown>;
interface MediaType {
  readonly schema?: Schema;
}
interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Record<string, MediaType>;
}
interface Operation {
  readonly responses: Record<string, ResponseObject>;
}

// Rewritten so that every `#/components/...` reference resolves inside one registered schema.
const document = JSON.parse(
  JSON.stringify(openApiDocument).replaceAll('"#/components/', '"openapi#/components/'),
) as {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
};

// ajv-formats is CommonJS; under ESM its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: document.components });

const templates = Object.keys(document.paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

const validators = new Map<Schema, ValidateFunction>();
const validatorFor = (schema: Schema): ValidateFunction => {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
};

const seen: Seen[] = [];
let validated = 0;
const coverage = new Set<string>();

/** Why a response does not match the document, or undefined when it matches (or is not the API's). */
export const mismatch = (response: Seen): string | undefined => {
  const path = response.url.split('?')[0] ?? '';
  if (response.method === 'OPTIONS' || response.method === 'HEAD' || path.startsWith('/docs/assets/')) return;
  const match = templates.find((t) => t.pattern.test(path));
  const operation = match ? document.paths[match.template]?.[response.method.toLowerCase()] : undefined;
  // Not an operation of this API (the fake Gemini server, an unknown route, a method a path lacks).
  if (!operation) {
    // The body reader answers before routing (ADR 0022), so a wrong method can get its refusal of the body.
    if (!match || [400, 404, 405, 408, 413, 415, 422, 431, 501].includes(response.status)) return;
    return `${response.method} ${path} is not in the document`;
  }
  const name = `${response.method} ${match?.template} → ${response.status}`;
  let documented: ResponseObject | undefined =
    operation.responses[String(response.status)] ?? operation.responses.default;
  if (documented?.$ref) {
    const key = documented.$ref.split('/').at(-1) ?? '';
    documented = document.components.responses?.[key] as ResponseObject | undefined;
  }
  if (!documented) return `${name}: status not documented`;
  validated += 1;
  coverage.add(name);
  if (!documented.content || response.body.length === 0) return;
  const media = documented.content[response.type];
  if (!media) return `${name}: media type ${response.type} not documented`;
  if (!media.schema || !response.type.endsWith('json')) return;
  let body: unknown;
  try {
    body = JSON.parse(response.body.toString('utf8'));
  } catch {
    return `${name}: body is not JSON`;
  }
  const validate = validatorFor(media.schema);
  if (validate(body)) return;
  return `${name}: ${ajv.errorsText(validate.errors, { separator: '; ' })} in ${JSON.stringify(body).slice(0, 400)}`;
};

// Every response of an in-process server (supertest, the test HTTP servers) passes through here.
const MAX_CAPTURE_BYTES = 4 * 1024 * 1024;
type Chunks = { chunks: Buffer[]; size: number };
const captured = new WeakMap<ServerResponse, Chunks>();
const keep = (res: ServerResponse, chunk: unknown, encoding: unknown): void => {
  if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
  const state = captured.get(res) ?? { chunks: [], size: 0 };
  captured.set(res, state);
  if (state.size > MAX_CAPTURE_BYTES) return;
  const buffer = Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  state.chunks.push(buffer);
  state.size += buffer.length;
};
/* eslint-disable @typescript-eslint/unbound-method -- the originals are called with their receiver */
const originalWrite = ServerResponse.prototype.write;
const originalEnd = ServerResponse.prototype.end;
/* eslint-enable @typescript-eslint/unbound-method */
ServerResponse.prototype.write = function (this: ServerResponse, ...args: unknown[]) {
  keep(this, args[0], args[1]);
  return (originalWrite as (...a: unknown[]) => boolean).apply(this, args);
};
ServerResponse.prototype.end = function (this: ServerResponse, ...args: unknown[]) {
  keep(this, args[0], args[1]);
  const req = this.req as { method?: string; url?: string } | undefined;
  // Only kenali's answers: its request-context middleware sets x-request-id on every one (a test's own
  // Koa app or the fake Gemini server does not).
  if (req?.method && req.url && this.hasHeader('x-request-id')) {
    seen.push({
      method: req.method,
      url: req.url,
      status: this.statusCode,
      type: String(this.getHeader('content-type') ?? '').split(';')[0] ?? '',
      body: Buffer.concat(captured.get(this)?.chunks ?? []),
    });
  }
  return (originalEnd as (...a: unknown[]) => ServerResponse).apply(this, args);
};

export const mochaHooks = {
  beforeEach(): void {
    seen.length = 0;
  },
  afterEach(this: Context): void {
    const problems = seen.splice(0).flatMap((response) => mismatch(response) ?? []);
    if (problems.length === 0) return;
    // Fails the test that received the responses without stopping the rest of its suite.
    (this.test as unknown as { error(error: Error): void }).error(
      new Error(`responses that do not match /openapi.json:\n  ${problems.join('\n  ')}`),
    );
  },
  afterAll(): void {
    if (validated > 0) {
      console.log(
        `[openapi] ${validated} responses validated against /openapi.json ` +
          `(${coverage.size} operation × status pairs)`,
      );
    }
  },
};
