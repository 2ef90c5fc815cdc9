// @ts-nocheck
import { expect } from 'chai';
import { type TestApp, testApp } from '../../support/kenali-app.js';

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
