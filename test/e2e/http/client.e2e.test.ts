import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createKenaliClient, isProblem } from '@kenali/client';
import { typesFor } from '../../../packages/client/scripts/generate-types.mjs';
import { type TestApp, type TestUser, balanceOf, createUser, testApp } from '../../support/kenali-app.js';

const CLIENT = new URL('../../../packages/client/', import.meta.url);
const UPDATE = 'the API changed: run `npm run client:update` and commit packages/client/openapi.json';

describe('@kenali/client', () => {
  let app: TestApp;
  let server: Server;
  let baseUrl: string;
  before(async () => {
    app = await testApp();
    server = createServer((req, res) => void app.callback(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  describe('its types cannot drift from the served document', () => {
    it('the committed snapshot is the document kenali serves at /openapi.json', async () => {
      const served = await app.http.get('/openapi.json');
      const snapshot = JSON.parse(readFileSync(new URL('openapi.json', CLIENT), 'utf8'));
      expect(snapshot, UPDATE).to.deep.equal(served.body);
    });

    it('the types the build compiled are what openapi-typescript makes of the served document', async () => {
      const served = await app.http.get('/openapi.json');
      const compiled = readFileSync(new URL('src/generated/openapi.ts', CLIENT), 'utf8');
      expect(compiled === (await typesFor(served.body)), UPDATE).to.equal(true);
    });
  });

  describe('against the running server', () => {
    let user: TestUser;
    const sent: Request[] = [];
    beforeEach(async () => {
      user = await createUser(app.knex, { tokens: 10 });
      sent.length = 0;
    });

    it('answers typed data and the problem body, with the identity on every request', async () => {
      const client = createKenaliClient({ baseUrl, identity: { userId: user.id } });
      const started = await client.POST('/api/v1/career-profile/fit-check/start', {
        body: { persona_type: 'BUILDER', target_profession_id: 101 },
      });
      expect(started.error).to.equal(undefined);
      expect(started.data?.total_questions).to.equal(72);
      const again = await client.POST('/api/v1/career-profile/fit-check/start', {
        body: { persona_type: 'BUILDER', target_profession_id: 101 },
      });
      expect(again.response.status).to.equal(409);
      expect(isProblem(again.error) && again.error.detail).to.be.a('string');
      const anonymous = await createKenaliClient({ baseUrl }).GET('/api/v1/history/');
      expect(anonymous.response.status).to.equal(401);
    });

    it('sends one Idempotency-Key per action and, when an answer is lost, retries with the same key: charged once', async () => {
      let dropped = false;
      const client = createKenaliClient({
        baseUrl,
        identity: { userId: user.id },
        retry: { retries: 2, delayMs: () => 1 },
        fetch: async (request) => {
          sent.push(request);
          const response = await fetch(request);
          // The first answer is lost on the way back, after the server committed the start.
          if (!dropped) {
            dropped = true;
            throw new TypeError('network connection lost');
          }
          return response;
        },
      });
      const started = await client.POST('/api/v1/career-profile/recommendation/start', {
        body: { persona_type: 'PATHFINDER' },
      });
      expect(started.error).to.equal(undefined);
      expect(sent).to.have.length(2);
      const keys = sent.map((r) => r.headers.get('idempotency-key'));
      expect(keys[0]).to.match(/^[A-Za-z0-9_-]{1,255}$/);
      expect(keys[1]).to.equal(keys[0]);
      expect(started.response.headers.get('idempotent-replayed')).to.equal('true');
      expect(await balanceOf(app.knex, user.id)).to.equal(7);
      // The next action is a new key.
      await client.POST('/api/v1/career-profile/recommendation/start', {
        body: { persona_type: 'PATHFINDER' },
      });
      expect(sent[2]?.headers.get('idempotency-key')).to.not.equal(keys[0]);
    });

    it('does not retry an answer: a 409 for an active session comes back at once', async () => {
      const client = createKenaliClient({
        baseUrl,
        identity: () => ({ userId: user.id }),
        retry: { retries: 3, delayMs: () => 1 },
        fetch: (request) => {
          sent.push(request);
          return fetch(request);
        },
      });
      const body = { persona_type: 'BUILDER', target_profession_id: 101 } as const;
      await client.POST('/api/v1/career-profile/fit-check/start', { body });
      const refused = await client.POST('/api/v1/career-profile/fit-check/start', { body });
      expect(refused.response.status).to.equal(409);
      expect(sent).to.have.length(2);
    });
  });
});
