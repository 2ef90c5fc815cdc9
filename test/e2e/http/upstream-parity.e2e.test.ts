import { expect } from 'chai';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { I_SINGLE, answersFor } from '../../support/riasec-answers.js';

/** What an unchanged upstream client relies on beyond the happy path (issue 16, ADR 0021). */
describe('upstream contract parity', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  describe('lax input coercion (pydantic lax mode)', () => {
    it('accepts an integer string and an integral float for target_profession_id', async () => {
      for (const target of ['101', 101.0, ' 101 ', '101.0']) {
        const user = await createUser(app.knex);
        const res = await app.http
          .post(`${API}/fit-check/start`)
          .set(user.headers)
          .send({ persona_type: 'BUILDER', target_profession_id: target });
        expect(res.status, JSON.stringify(target)).to.equal(200);
      }
    });

    it('refuses fractions, words, blanks, booleans, objects and arrays with the usual 422 body', async () => {
      for (const target of ['101.5', 101.5, 'abc', '', true, { id: 1 }, [101], null]) {
        const user = await createUser(app.knex);
        const res = await app.http
          .post(`${API}/fit-check/start`)
          .set(user.headers)
          .send({ persona_type: 'BUILDER', target_profession_id: target });
        expect(res.status, JSON.stringify(target)).to.equal(422);
        expect(res.body.detail).to.equal('Validation error');
        expect(res.body.errors[0].loc).to.deep.equal(['body', 'target_profession_id']);
      }
    });

    it('scores answers whose ids and values are strings exactly as the numeric ones', async () => {
      const numeric = answersFor(I_SINGLE);
      const stringy = numeric.map((a) => ({
        ...a,
        question_id: String(a.question_id),
        answer_value: `${a.answer_value}`,
      }));
      const scores = [];
      for (const responses of [numeric, stringy]) {
        const user = await createUser(app.knex, { tokens: 10 });
        const started = await app.http
          .post(`${API}/recommendation/start`)
          .set(user.headers)
          .send({ persona_type: 'BUILDER' });
        const submitted = await app.http
          .post(`${API}/riasec/submit`)
          .set(user.headers)
          .send({ session_token: started.body.session_token, responses });
        expect(submitted.status).to.equal(200);
        scores.push(submitted.body.scores);
      }
      expect(scores[1]).to.deep.equal(scores[0]);
    });

    it('keeps enumerations strict: an unknown dimension name is 422', async () => {
      const user = await createUser(app.knex, { tokens: 10 });
      const { token } = await completeRiasec(app, user);
      const res = await app.http.post(`${API}/ikigai/submit-dimension`).set(user.headers).send({
        session_token: token,
        dimension_name: 'what_you_like',
        selected_profession_id: null,
        selection_type: 'not_selected',
        reasoning_text: 'Saya senang meneliti data dan menganalisis angka.',
      });
      expect(res.status).to.equal(422);
    });
  });

  describe('fields upstream always serialises', () => {
    it('gives every candidate a path (null outside the split path)', async () => {
      const user = await createUser(app.knex, { tokens: 10 });
      const { token } = await completeRiasec(app, user);
      const reloaded = await app.http.get(`${API}/riasec/result/${token}`).set(user.headers);
      for (const candidate of reloaded.body.candidates) {
        expect(candidate).to.have.property('path');
        expect([null, 'A', 'B']).to.include(candidate.path);
      }
    });
  });

  describe('service routes', () => {
    it('answers GET /, /api/v1/, /health and /redoc with 200', async () => {
      const root = await app.http.get('/');
      expect(root.status).to.equal(200);
      expect(root.body).to.include({ openapi: '/openapi.json', health: '/health' });
      const api = await app.http.get('/api/v1/');
      expect(api.status).to.equal(200);
      expect(api.body.routes).to.deep.include({
        method: 'POST',
        path: '/api/v1/career-profile/recommendation/start',
        summary: api.body.routes.find(
          (r: { path: string }) => r.path === '/api/v1/career-profile/recommendation/start',
        ).summary,
      });
      const health = await app.http.get('/health');
      expect(health.status).to.equal(200);
      expect(health.body.status).to.equal('healthy');
      const redoc = await app.http.get('/redoc');
      expect(redoc.status).to.equal(200);
      expect(redoc.type).to.equal('text/html');
    });
  });

  describe('CORS', () => {
    const ORIGIN = 'https://app.example.test';

    it('answers a preflight from any origin with the client headers allowed, without auth', async () => {
      const res = await app.http
        .options(`${API}/recommendation/start`)
        .set('origin', ORIGIN)
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'content-type,x-user-id,idempotency-key');
      expect(res.status).to.equal(200);
      expect(res.headers['access-control-allow-origin']).to.equal('*');
      expect(res.headers['access-control-allow-methods']).to.include('POST');
      const allowed = String(res.headers['access-control-allow-headers']).toLowerCase();
      for (const header of ['content-type', 'x-user-id', 'idempotency-key'])
        expect(allowed).to.include(header);
    });

    it('exposes the replay, back-off and tracing headers on an actual response', async () => {
      const user = await createUser(app.knex, { tokens: 10 });
      const res = await app.http
        .post(`${API}/recommendation/start`)
        .set(user.headers)
        .set('origin', ORIGIN)
        .set('idempotency-key', 'cors-1')
        .send({ persona_type: 'BUILDER' });
      expect(res.status).to.equal(200);
      expect(res.headers['access-control-allow-origin']).to.equal('*');
      const exposed = String(res.headers['access-control-expose-headers']).toLowerCase();
      for (const header of ['idempotent-replayed', 'retry-after', 'x-request-id']) {
        expect(exposed).to.include(header);
      }
    });

    it('serves only the listed origins when CORS_ORIGINS names them', async () => {
      const limited = await testApp({ CORS_ORIGINS: `${ORIGIN}, https://other.example.test` });
      const ok = await limited.http.get('/health').set('origin', ORIGIN);
      expect(ok.headers['access-control-allow-origin']).to.equal(ORIGIN);
      expect(ok.headers.vary).to.include('Origin');
      const refused = await limited.http.get('/health').set('origin', 'https://evil.example.test');
      expect(refused.headers).not.to.have.property('access-control-allow-origin');
      const preflight = await limited.http
        .options('/health')
        .set('origin', 'https://evil.example.test')
        .set('access-control-request-method', 'GET');
      expect(preflight.status).to.equal(400);
    });
  });

  describe('history in upstream’s nested shape', () => {
    it('nests the category and accepts user_id only when it names the caller', async () => {
      const user = await createUser(app.knex, { tokens: 10 });
      await app.http.post(`${API}/recommendation/start`).set(user.headers).send({ persona_type: 'BUILDER' });
      const list = await app.http.get(`/api/v1/history/?user_id=${user.id}`).set(user.headers);
      expect(list.status).to.equal(200);
      const category = await app
        .knex('kenalidiri_categories')
        .where({ category_code: 'CAREER_PROFILE' })
        .first();
      expect(list.body[0].test_category).to.deep.equal({
        id: category.id,
        category_code: 'CAREER_PROFILE',
        category_name: category.category_name,
        description: category.description,
        is_active: category.is_active,
      });
      const one = await app.http.get(`/api/v1/history/${list.body[0].id}`).set(user.headers);
      expect(one.body.test_category.category_code).to.equal('CAREER_PROFILE');
      const other = await createUser(app.knex);
      const foreign = await app.http.get(`/api/v1/history/?user_id=${other.id}`).set(user.headers);
      expect(foreign.status).to.equal(403);
      expect((await app.http.get('/api/v1/history/abc').set(user.headers)).status).to.equal(422);
      expect((await app.http.get(`/api/v1/history/${list.body[0].id}.0`).set(user.headers)).status).to.equal(
        200,
      );
    });
  });
});
