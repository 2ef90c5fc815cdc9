import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { canonicalJson } from '../../../packages/http/src/idempotency/fingerprint.js';
import { API } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { type RawResponse, rawServer } from '../../support/raw-http.js';

const START = `${API}/recommendation/start`;
const nested = (depth: number) => `{"persona_type":"BUILDER","x":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('transport-level hostile input (issue 19): every refusal is a 4xx problem+json', () => {
  let app: TestApp;
  let server: Awaited<ReturnType<typeof rawServer>>;
  before(async () => {
    app = await testApp();
    server = await rawServer(app.callback);
  });
  after(() => server.server.close());

  const post = (
    user: { headers: Record<string, string> },
    body: Buffer | string,
    headers: Record<string, string>,
  ): Promise<RawResponse> => server.send('POST', START, body, { ...user.headers, ...headers });

  it('a body labelled gzip, deflate or br that is not is a 400, and nothing is charged', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    for (const coding of ['gzip', 'deflate', 'br']) {
      const res = await post(user, '{"persona_type":"BUILDER"}', {
        'content-type': 'application/json',
        'content-encoding': coding,
      });
      expect(res.status, coding).to.equal(400);
      expect(res.type).to.equal('application/problem+json');
    }
    expect(await app.knex('careerprofile_test_sessions').where({ user_id: user.id })).to.have.length(0);
  });

  it('a really compressed body is read (gzip, deflate, br)', async () => {
    const body = Buffer.from('{"persona_type":"FIT_CHECK_IGNORED","x":1}');
    for (const [coding, bytes] of [
      ['gzip', gzipSync(body)],
      ['deflate', deflateSync(body)],
      ['br', brotliCompressSync(body)],
    ] as const) {
      const user = await createUser(app.knex);
      const res = await post(user, bytes, { 'content-type': 'application/json', 'content-encoding': coding });
      // The body was decoded: the persona is judged, not the bytes.
      expect(res.status, coding).to.equal(422);
      expect(JSON.stringify(res.body)).to.contain('persona');
    }
  });

  it('an unknown Content-Encoding, a non-JSON type or a charset other than UTF-8 is a 415', async () => {
    const user = await createUser(app.knex);
    const cases: Record<string, string>[] = [
      { 'content-type': 'application/json', 'content-encoding': 'compress' },
      { 'content-type': 'text/plain' },
      { 'content-type': 'application/x-www-form-urlencoded' },
      { 'content-type': 'application/json; charset=latin1' },
    ];
    for (const headers of cases) {
      const res = await post(user, '{"persona_type":"BUILDER"}', headers);
      expect(res.status, JSON.stringify(headers)).to.equal(415);
      expect(res.type).to.equal('application/problem+json');
    }
  });

  it('bytes that are not UTF-8, or not JSON, are a 400', async () => {
    const user = await createUser(app.knex);
    const invalid = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    for (const body of [invalid, '{"persona_type":', '"BUILDER"', '12']) {
      const res = await post(user, body, { 'content-type': 'application/json' });
      expect(res.status).to.equal(400);
      expect(res.type).to.equal('application/problem+json');
    }
  });

  it('JSON nested 100,000 deep (under the size limit) is a 400 before anything recursive sees it', async () => {
    const user = await createUser(app.knex);
    const deep = nested(100_000);
    expect(deep.length).to.be.below(256 * 1024);
    const res = await post(user, deep, { 'content-type': 'application/json' });
    expect(res.status).to.equal(400);
    expect(res.body.detail).to.match(/nested deeper/);
    // Brackets inside strings are text, not nesting.
    const quoted = await post(user, JSON.stringify({ persona_type: '['.repeat(1000) }), {
      'content-type': 'application/json',
    });
    expect(quoted.status).to.equal(422);
  });

  it('the fingerprint canonicaliser is iterative: a 200,000-deep value does not overflow the stack', () => {
    let value: unknown = 1;
    for (let i = 0; i < 200_000; i++) value = i % 2 ? [value] : { k: value };
    const text = canonicalJson(value);
    expect(text.length).to.be.above(400_000);
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true })).to.equal(
      '{"a":true,"b":[1,{"c":"x","d":null}]}',
    );
  });

  it('a body over BODY_LIMIT_KB, or a compressed one that inflates over it, is a 413', async () => {
    const user = await createUser(app.knex);
    const big = JSON.stringify({ persona_type: 'x'.repeat(300 * 1024) });
    const res = await post(user, big, { 'content-type': 'application/json' });
    expect(res.status).to.equal(413);
    expect(res.type).to.equal('application/problem+json');
    const bomb = gzipSync(Buffer.from(JSON.stringify({ persona_type: ' '.repeat(5 * 1024 * 1024) })));
    expect(bomb.length).to.be.below(64 * 1024);
    const inflated = await post(user, bomb, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(inflated.status).to.equal(413);
  });

  it('a wrong method is a 405 problem with Allow; an unimplemented one a 501 problem', async () => {
    const res = await server.send('PUT', START, '{}', { 'content-type': 'application/json' });
    expect(res.status).to.equal(405);
    expect(res.type).to.equal('application/problem+json');
    expect(String(res.headers.allow)).to.contain('POST');
    const purge = await server.send('PURGE', '/healthz', undefined);
    expect(purge.status).to.be.oneOf([405, 501]);
    expect(purge.type).to.equal('application/problem+json');
  });

  it('the OpenAPI document lists 405, 408, 413, 415, 431 and 501', async () => {
    const doc = (await app.http.get('/openapi.json')).body as {
      components: { responses: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const start = doc.paths['/api/v1/career-profile/recommendation/start'].post;
    expect(start.responses).to.include.keys('405', '408', '413', '415', '431', '501');
    expect(doc.paths['/healthz'].get.responses).to.include.keys('405', '431', '501');
    expect(doc.components.responses).to.include.keys(
      'MethodNotAllowed',
      'NotImplemented',
      'HeaderFieldsTooLarge',
    );
  });
});
