// @ts-nocheck
import { expect } from 'chai';
import { SignJWT } from 'jose';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

describe('platform: health, docs, errors, auth modes, rate limits', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  it('serves /healthz, /readyz (database reachable) and Prometheus /metrics', async () => {
    expect((await app.http.get('/healthz')).body).to.deep.equal({ status: 'ok' });
    const ready = await app.http.get('/readyz');
    expect(ready.status).to.equal(200);
    expect(ready.body.checks.database).to.equal('ok');
    await app.http.get('/api/v1/categories/');
    const metrics = await app.http.get('/metrics');
    expect(metrics.text).to.match(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/categories\/",status="200"\}/,
    );
  });

  it('serves an OpenAPI 3.1 document naming every API route, and a docs page from local assets', async () => {
    const doc = await app.http.get('/openapi.json');
    expect(doc.body.openapi).to.equal('3.1.0');
    for (const path of [
      '/api/v1/career-profile/recommendation/start',
      '/api/v1/career-profile/riasec/submit',
      '/api/v1/history/{id}',
    ]) {
      expect(doc.body.paths).to.have.property(path);
    }
    const page = await app.http.get('/docs');
    expect(page.text).to.include('/docs/assets/swagger-ui-bundle.js').and.not.include('cdn');
    const asset = await app.http.get('/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).to.equal(200);
    expect(asset.text.length).to.be.above(100_000);
  });

  it('answers unknown routes with a problem+json 404 and echoes a request id', async () => {
    const res = await app.http.get('/api/v1/nope').set('x-request-id', 'trace-123');
    expect(res.status).to.equal(404);
    expect(res.headers['content-type']).to.match(/problem\+json/);
    expect(res.headers['x-request-id']).to.equal('trace-123');
  });

  it('requires the gateway secret when one is configured', async () => {
    const guarded = await testApp({ GATEWAY_SHARED_SECRET: 's3cret' });
    const user = await createUser(guarded.knex);
    expect((await guarded.http.get('/api/v1/history/').set(user.headers)).status).to.equal(401);
    expect(
      (await guarded.http.get('/api/v1/history/').set(user.headers).set('x-gateway-secret', 'wrong!')).status,
    ).to.equal(401);
    expect(
      (await guarded.http.get('/api/v1/history/').set(user.headers).set('x-gateway-secret', 's3cret')).status,
    ).to.equal(200);
  });

  it('verifies HS256 Bearer tokens in jwt mode, sub = user id', async () => {
    const secret = 'a-test-secret-of-sufficient-length-123';
    const jwtApp = await testApp({ AUTH_MODE: 'jwt', JWT_SECRET: secret });
    const user = await createUser(jwtApp.knex);
    const sign = (key: string) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(key));
    expect(
      (await jwtApp.http.get('/api/v1/history/').set('authorization', `Bearer ${await sign(secret)}`)).status,
    ).to.equal(200);
    expect(
      (
        await jwtApp.http
          .get('/api/v1/history/')
          .set('authorization', `Bearer ${await sign('another-secret-xxxxxxxxxxxxxxxxxxxx')}`)
      ).status,
    ).to.equal(401);
    expect((await jwtApp.http.get('/api/v1/history/').set(user.headers)).status).to.equal(401);
  });

  it('rate limits per user with problem+json 429 and Retry-After, and RATE_LIMIT_MULTIPLIER scales limits', async () => {
    const limited = await testApp({ RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MULTIPLIER: '0.1' });
    const [a, b] = [await createUser(limited.knex), await createUser(limited.knex)];
    // history: 30/minute × 0.1 = 3
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await limited.http.get('/api/v1/history/').set(a.headers)).status);
    expect(statuses).to.deep.equal([200, 200, 200, 429]);
    const blocked = await limited.http.get('/api/v1/history/').set(a.headers);
    expect(blocked.headers['retry-after']).to.match(/^\d+$/);
    expect(blocked.headers['content-type']).to.match(/problem\+json/);
    expect((await limited.http.get('/api/v1/history/').set(b.headers)).status).to.equal(200);
  });
});
