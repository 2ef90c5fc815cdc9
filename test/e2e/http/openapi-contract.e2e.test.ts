import { expect } from 'chai';
import { type TestApp, testApp } from '../../support/kenali-app.js';
import { type Seen, mismatch } from '../../support/openapi-traffic.js';

interface RouterLike {
  stack: { path: string; methods: string[] }[];
}

/** Every route the app serves, read from the @koa/router instances mounted on it. */
const servedRoutes = (app: TestApp['app']): { method: string; path: string }[] =>
  app.middleware
    .map((mw) => (mw as unknown as { router?: RouterLike }).router)
    .filter((router): router is RouterLike => router !== undefined)
    .flatMap((router) =>
      router.stack.flatMap((layer) =>
        layer.methods
          .filter((m) => m === 'GET' || m === 'POST')
          .map((method) => ({ method, path: layer.path.replace(/:([a-z_]+)/g, '{$1}') })),
      ),
    )
    .filter((route) => route.path.startsWith('/api/'));

describe('the OpenAPI document', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  it('describes every API route the app serves, with its method', async () => {
    const doc = (await app.http.get('/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = servedRoutes(app.app);
    expect(routes.length).to.be.above(10);
    for (const route of routes) {
      expect(doc.paths, `${route.method} ${route.path}`).to.have.property(route.path);
      expect(doc.paths[route.path], `${route.method} ${route.path}`).to.have.property(
        route.method.toLowerCase(),
      );
    }
  });

  it('states the idempotency policy on every POST: the header, 409, 422 and 503', async () => {
    const doc = (await app.http.get('/openapi.json')).body as {
      paths: Record<
        string,
        { post?: { parameters: { name: string }[]; responses: Record<string, unknown> } }
      >;
    };
    const posts = Object.values(doc.paths).flatMap((item) => (item.post ? [item.post] : []));
    expect(posts.length).to.be.at.least(6);
    for (const post of posts) {
      expect(post.parameters.map((p) => p.name)).to.include('Idempotency-Key');
      expect(post.responses).to.include.keys('409', '422', '503');
    }
  });
});

interface DocOperation {
  operationId?: string;
  tags?: string[];
  responses?: Record<
    string,
    { $ref?: string; content?: Record<string, { schema?: Record<string, unknown> }> }
  >;
}

/** A schema that tells a generated client nothing: an object or array with no properties, items or ref. */
const bare = (schema: Record<string, unknown> | undefined): boolean =>
  schema === undefined ||
  ((schema.type === 'object' || schema.type === 'array') &&
    !('properties' in schema) &&
    !('items' in schema) &&
    !('additionalProperties' in schema) &&
    !('required' in schema));

describe('the OpenAPI document is complete', () => {
  let doc: { paths: Record<string, Record<string, DocOperation>> };
  before(async () => {
    const app = await testApp();
    doc = (await app.http.get('/openapi.json')).body;
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${path}`,
        operation,
      })),
    );

  it('gives every operation a unique operationId and at least one tag', () => {
    const ids = operations().map(({ name, operation }) => {
      expect(operation.operationId, name)
        .to.be.a('string')
        .and.match(/^[a-z][A-Za-z0-9]+$/);
      expect(operation.tags, name).to.be.an('array').that.is.not.empty;
      return operation.operationId;
    });
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('gives every operation a success response and a schema for every body it documents (no bare object)', () => {
    for (const { name, operation } of operations()) {
      const statuses = Object.keys(operation.responses ?? {});
      expect(
        statuses.some((s) => s.startsWith('2')),
        `${name} has no 2xx`,
      ).to.equal(true);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (response.$ref) continue;
        for (const [type, media] of Object.entries(response.content ?? {})) {
          expect(bare(media.schema), `${name} ${status} ${type} has no usable schema`).to.equal(false);
          // API errors are problem+json; the operator routes (/readyz 503) answer their own JSON.
          if (Number(status) >= 400 && !operation.tags?.includes('service')) {
            expect(type, `${name} ${status}`).to.equal('application/problem+json');
          }
        }
      }
    }
  });

  it('lists the errors every authenticated operation can answer', () => {
    for (const { name, operation } of operations()) {
      const secured = (operation as { security?: unknown[] }).security;
      if (!secured) continue;
      expect(operation.responses, name).to.include.keys('401', '403', '429');
    }
  });
});

describe('the response validator behind the e2e suite', () => {
  const seen = (url: string, status: number, body: unknown): Seen => ({
    method: 'GET',
    url,
    status,
    type: status >= 400 ? 'application/problem+json' : 'application/json',
    body: Buffer.from(JSON.stringify(body)),
  });

  it('refuses a body that does not match the schema of its status', () => {
    expect(mismatch(seen('/health', 200, { status: 'healthy', service: 'kenali', version: '1' }))).to.equal(
      undefined,
    );
    expect(mismatch(seen('/health', 200, { status: 'sick' }))).to.be.a('string');
    expect(mismatch(seen('/api/v1/history/7', 200, { id: 'seven' }))).to.match(/history/);
  });

  it('refuses a status the operation does not document, and ignores what is not the API', () => {
    expect(mismatch(seen('/health', 418, {}))).to.match(/status not documented/);
    expect(mismatch(seen('/v1beta/models/x:generateContent', 200, {}))).to.equal(undefined);
  });
});
