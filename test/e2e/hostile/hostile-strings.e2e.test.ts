import { expect } from 'chai';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, balanceOf, createUser, testApp } from '../../support/kenali-app.js';

const NUL = '\u0000';
const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';

const TOKEN_ROUTES = [
  'riasec/result',
  'ikigai/content',
  'ikigai/result',
  'result/recommendation',
  'result/fit-check',
  'result/personality',
];

/** Rows a rejected request must not have written for this user. */
const rowsOf = async (app: TestApp, user: string) => ({
  sessions: (await app.knex('careerprofile_test_sessions').where({ user_id: user })).length,
  keys: (await app.knex('idempotency_keys').where({ user_id: user })).length,
  balance: await balanceOf(app.knex, user),
});

describe('hostile strings (issue 19: NUL and lone surrogates reached PostgreSQL as a 500)', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  for (const route of TOKEN_ROUTES) {
    it(`GET …/${route}/{token} with a NUL or broken UTF-8 in the token is a problem+json 404`, async () => {
      const user = await createUser(app.knex);
      for (const token of ['abc%00def', '%00', 'abc%ED%A0%80', '%C0%80', '%E0%A4%A']) {
        const res = await app.http.get(`${API}/${route}/${token}`).set(user.headers);
        expect(res.status, token).to.equal(404);
        expect(res.type).to.equal('application/problem+json');
        expect(res.body.status).to.equal(404);
      }
    });
  }

  it('GET /history/{id} with a NUL is a 404', async () => {
    const user = await createUser(app.knex);
    const res = await app.http.get('/api/v1/history/1%00').set(user.headers);
    expect(res.status).to.equal(404);
    expect(res.type).to.equal('application/problem+json');
  });

  const bodies: [string, (bad: string) => Record<string, unknown>][] = [
    ['recommendation/start', (bad) => ({ persona_type: `BUILDER${bad}` })],
    ['fit-check/start', (bad) => ({ persona_type: bad, target_profession_id: 1 })],
    ['riasec/submit', (bad) => ({ session_token: `tok${bad}`, responses: [] })],
    ['ikigai/start', (bad) => ({ session_token: bad })],
    [
      'ikigai/submit-dimension',
      (bad) => ({
        session_token: 'abc',
        dimension_name: 'what_you_love',
        selection_type: 'not_selected',
        selected_profession_id: null,
        reasoning_text: `Saya suka meneliti data ${bad} dan angka.`,
      }),
    ],
    ['user-profile/set-active', (bad) => ({ session_token: bad })],
    ['../../assessments/submit', (bad) => ({ session_token: 'abc', answers: { [bad]: {} } })],
  ];
  for (const [route, body] of bodies) {
    for (const [name, bad] of [
      ['NUL', NUL],
      ['lone high surrogate', LONE_HIGH],
      ['lone low surrogate', LONE_LOW],
    ] as const) {
      it(`POST …/${route} with a ${name} in a field is a 422 naming it, and writes nothing`, async () => {
        const user = await createUser(app.knex, { tokens: 10 });
        const res = await app.http
          .post(`${API}/${route}`)
          .set(user.headers)
          .set('content-type', 'application/json')
          .send(JSON.stringify(body(bad)));
        expect(res.status).to.equal(422);
        expect(res.type).to.equal('application/problem+json');
        expect(res.body.errors[0].type).to.equal('string_unstorable');
        expect(res.body.errors[0].loc[0]).to.equal('body');
        expect(await rowsOf(app, user.id)).to.deep.equal({ sessions: 0, keys: 0, balance: 10 });
      });
    }
  }

  it('a NUL in a JSON key is a 422 too', async () => {
    const user = await createUser(app.knex);
    const res = await app.http
      .post(`${API}/recommendation/start`)
      .set(user.headers)
      .set('content-type', 'application/json')
      .send(`{"persona_type":"BUILDER","x\\u0000":1}`);
    expect(res.status).to.equal(422);
    expect(res.body.errors[0].loc).to.deep.equal(['body', 'x\u0000']);
  });

  it('a paired surrogate (an emoji) is ordinary text and passes', async () => {
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    const res = await app.http.post(`${API}/ikigai/submit-dimension`).set(user.headers).send({
      session_token: token,
      dimension_name: 'what_you_love',
      selection_type: 'not_selected',
      selected_profession_id: null,
      reasoning_text: 'Saya suka meneliti data 📊 dan angka setiap hari.',
    });
    expect(res.status).to.equal(200);
  });

  it('an Idempotency-Key or x-user-id with hostile bytes is refused before anything runs', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    const key = await app.http
      .post(`${API}/recommendation/start`)
      .set(user.headers)
      .set('idempotency-key', 'k\u00e9y')
      .send({ persona_type: 'BUILDER' });
    expect(key.status).to.equal(400);
    const id = await app.http
      .post(`${API}/recommendation/start`)
      .set('x-user-id', `${user.id}\u00ff`)
      .send({ persona_type: 'BUILDER' });
    expect(id.status).to.equal(401);
    expect(await rowsOf(app, user.id)).to.deep.equal({ sessions: 0, keys: 0, balance: 10 });
  });
});
