import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { SignJWT } from 'jose';
import { visibleLength } from '@kenali/domain';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs512-0123456789';
const key = new TextEncoder().encode(SECRET);
const now = () => Math.floor(Date.now() / 1000);

const token = (sub: string, options: { alg?: string; exp?: number | null } = {}) => {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: options.alg ?? 'HS256' })
    .setSubject(sub)
    .setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 600);
  return jwt.sign(key);
};

describe('auth edges (issue 19)', () => {
  describe('AUTH_MODE=jwt', () => {
    let app: TestApp;
    before(async () => {
      app = await testApp({ AUTH_MODE: 'jwt', JWT_SECRET: SECRET, JWT_LEEWAY_SECONDS: '30' });
    });
    const profile = async (jwt: string) =>
      app.http.get(`${API}/user-profile`).set('authorization', `Bearer ${jwt}`);

    it('accepts an HS256 token with exp, and one expired within the leeway', async () => {
      const user = await createUser(app.knex);
      expect((await profile(await token(user.id))).status).to.not.equal(401);
      expect((await profile(await token(user.id, { exp: now() - 10 }))).status).to.not.equal(401);
    });

    it('refuses a token without exp (it would never expire) and one expired beyond the leeway', async () => {
      const user = await createUser(app.knex);
      const forever = await profile(await token(user.id, { exp: null }));
      expect(forever.status).to.equal(401);
      expect(forever.type).to.equal('application/problem+json');
      expect((await profile(await token(user.id, { exp: now() - 120 }))).status).to.equal(401);
    });

    it('refuses HS384/HS512 tokens signed with the HS256 secret: the algorithm is pinned', async () => {
      const user = await createUser(app.knex);
      for (const alg of ['HS384', 'HS512']) {
        expect((await profile(await token(user.id, { alg }))).status, alg).to.equal(401);
      }
    });
  });

  describe('client address behind proxies', () => {
    it('with TRUST_PROXY, a rotating left-most X-Forwarded-For does not lift a per-address limit', async () => {
      // riasec/questions allows 120 a minute; the multiplier makes it 6.
      const app = await testApp({
        RATE_LIMIT_ENABLED: 'true',
        RATE_LIMIT_MULTIPLIER: '0.05',
        TRUST_PROXY: 'true',
        TRUST_PROXY_HOPS: '1',
      });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await app.http
          .get(`${API}/riasec/questions`)
          .set('x-forwarded-for', `10.9.${i}.${i}, 203.0.113.7`);
        statuses.push(res.status);
      }
      expect(statuses.filter((s) => s === 429)).to.have.length(4);
      // A different real client (the right-most hop) has its own budget.
      const other = await app.http.get(`${API}/riasec/questions`).set('x-forwarded-for', '203.0.113.8');
      expect(other.status).to.equal(200);
    });

    it('requests with made-up user ids meet a per-address limit before authentication', async () => {
      const app = await testApp({ RATE_LIMIT_ENABLED: 'true', ADDRESS_RATE_LIMIT_PER_MINUTE: '5' });
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await app.http.get(`${API}/user-profile`).set('x-user-id', randomUUID());
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 5)).to.deep.equal([401, 401, 401, 401, 401]);
      expect(statuses.slice(5)).to.deep.equal([429, 429, 429]);
      const limited = await app.http.get(`${API}/user-profile`).set('x-user-id', randomUUID());
      expect(limited.type).to.equal('application/problem+json');
      expect(Number(limited.headers['retry-after'])).to.be.within(1, 60);
    });
  });

  describe('reasoning_text counts visible characters', () => {
    it('format characters such as U+200B do not count towards the 10-character minimum', async () => {
      expect(visibleLength('\u200B'.repeat(20) + 'abc')).to.equal(3);
      expect(visibleLength(' 📊📊 ')).to.equal(2);
      const app = await testApp();
      const user = await createUser(app.knex);
      const { token: session } = await completeRiasec(app, user);
      await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: session });
      const submit = (text: string) =>
        app.http.post(`${API}/ikigai/submit-dimension`).set(user.headers).send({
          session_token: session,
          dimension_name: 'what_you_love',
          selection_type: 'not_selected',
          selected_profession_id: null,
          reasoning_text: text,
        });
      const invisible = await submit(`abc${'\u200B'.repeat(20)}def`);
      expect(invisible.status).to.equal(422);
      expect(JSON.stringify(invisible.body)).to.contain('reasoning_text');
      expect((await submit('abcdefghij')).status).to.equal(200);
    });
  });
});
