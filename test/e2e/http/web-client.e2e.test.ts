import { createHash } from 'node:crypto';
import { expect } from 'chai';
import { createAppLink } from '@kenali/adapters';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

const API = '/api/v1/career-profile';
const LINK = 'x-kenali-link';

/** What /app/ needs from the server (ADR 0029): opening links, the profession search, the static bundle. */
describe('web client support: opening links, profession search, /app/', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  describe('opening links (gateway mode without a gateway secret)', () => {
    it('a link stands for its user; only its SHA-256 is stored', async () => {
      const user = await createUser(app.knex);
      const token = await createAppLink(app.knex, user.id);
      expect(token).to.match(/^[A-Za-z0-9_-]{43}$/);
      const stored = await app.knex('app_links').where({ user_id: user.id }).first();
      expect(stored.token_sha256).to.equal(createHash('sha256').update(token).digest('hex'));
      expect(JSON.stringify(stored)).to.not.contain(token);
      const history = await app.http.get('/api/v1/history/').set(LINK, token);
      expect(history.status).to.equal(200);
      const started = await app.http
        .post(`${API}/fit-check/start`)
        .set(LINK, token)
        .send({ persona_type: 'BUILDER', target_profession_id: 101 });
      expect(started.status).to.equal(200);
      const owner = await app
        .knex('careerprofile_test_sessions')
        .where({ session_token: started.body.session_token })
        .first();
      expect(owner.user_id).to.equal(user.id);
    });

    it('an unknown or malformed link is 401, and never falls back to an x-user-id sent with it', async () => {
      const victim = await createUser(app.knex);
      for (const forged of ['A'.repeat(43), 'short', victim.id]) {
        const answer = await app.http.get('/api/v1/history/').set(LINK, forged).set('x-user-id', victim.id);
        expect(answer.status, forged).to.equal(401);
      }
    });

    it('is refused when a gateway secret is set (the gateway is the identity) and in JWT mode', async () => {
      const user = await createUser(app.knex);
      const token = await createAppLink(app.knex, user.id);
      const gated = await testApp({ GATEWAY_SHARED_SECRET: 's'.repeat(32) });
      const viaGateway = await gated.http.get('/api/v1/history/').set(LINK, token);
      expect(viaGateway.status).to.equal(401);
      expect(viaGateway.body.detail).to.contain('tautan aplikasi');
      const jwt = await testApp({ AUTH_MODE: 'jwt', JWT_SECRET: 'j'.repeat(32) });
      expect((await jwt.http.get('/api/v1/history/').set(LINK, token)).status).to.equal(401);
      expect((await jwt.http.get('/app/config.json')).body).to.deep.equal({ authMode: 'jwt', links: false });
      expect((await gated.http.get('/app/config.json')).body).to.deep.equal({
        authMode: 'gateway',
        links: false,
      });
    });
  });

  describe('GET /career-profile/professions', () => {
    let headers: Record<string, string>;
    before(async () => {
      headers = (await createUser(app.knex)).headers;
    });

    it('finds professions by words of their name, any case, ordered by name, with their code', async () => {
      const found = await app.http.get(`${API}/professions`).query({ q: 'ANALIS data' }).set(headers);
      expect(found.status).to.equal(200);
      expect(found.body).to.deep.equal([{ profession_id: 201, name: 'Analis Data', riasec_code: 'IC' }]);
      const many = await app.http.get(`${API}/professions`).query({ q: 'analis', limit: 3 }).set(headers);
      const names = many.body.map((p: { name: string }) => p.name);
      expect(names).to.have.length(3);
      expect(names).to.deep.equal([...names].sort((a: string, b: string) => a.localeCompare(b, 'en')));
    });

    it('answers exactly the ids asked for; LIKE wildcards are plain characters', async () => {
      const byIds = await app.http.get(`${API}/professions`).query({ ids: '204,201,999999' }).set(headers);
      expect(byIds.body.map((p: { profession_id: number }) => p.profession_id).sort()).to.deep.equal([
        201, 204,
      ]);
      const huge = await app.http
        .get(`${API}/professions`)
        .query({ ids: '201,2147483648,9999999999' })
        .set(headers);
      expect(huge.status, 'ids beyond integer never reach the query').to.equal(200);
      expect(huge.body.map((p: { profession_id: number }) => p.profession_id)).to.deep.equal([201]);
      const wildcard = await app.http.get(`${API}/professions`).query({ q: '%' }).set(headers);
      expect(wildcard.body).to.deep.equal([]);
    });

    it('refuses bad parameters with 422 and anonymous callers with 401', async () => {
      for (const query of [
        { ids: '1,x' },
        { ids: '12345678901' },
        { limit: 0 },
        { limit: 51 },
        { q: 'x'.repeat(101) },
      ]) {
        const answer = await app.http.get(`${API}/professions`).query(query).set(headers);
        expect(answer.status, JSON.stringify(query)).to.equal(422);
      }
      expect((await app.http.get(`${API}/professions`)).status).to.equal(401);
    });
  });

  describe('/app/', () => {
    it('serves the page with a strict Content-Security-Policy, revalidated; its assets by hash for a year, gzipped', async () => {
      expect((await app.http.get('/app')).status).to.equal(308);
      const page = await app.http.get('/app/').set('accept-encoding', 'gzip');
      expect(page.status).to.equal(200);
      expect(page.headers['content-type']).to.contain('text/html');
      expect(page.headers['content-encoding']).to.equal('gzip');
      expect(page.headers['cache-control']).to.equal('no-cache');
      expect(page.headers['content-security-policy']).to.contain("script-src 'self'");
      expect(page.text).to.contain('lang="id"');
      const script = /src="(app\.[0-9a-f]{12}\.js)"/.exec(page.text)?.[1];
      expect(script, 'the bundle is named by its hash').to.be.a('string');
      const bundle = await app.http.get(`/app/${script}`);
      expect(bundle.status).to.equal(200);
      expect(bundle.headers['cache-control']).to.contain('immutable');
      expect((await app.http.get('/app/nothing.js')).status).to.equal(404);
      expect((await app.http.get('/app/config.json')).body).to.deep.equal({
        authMode: 'gateway',
        links: true,
      });
    });
  });
});
