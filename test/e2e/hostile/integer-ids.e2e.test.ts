import { expect } from 'chai';
import { API, completeRiasec } from '../../support/flows.js';
import { type TestApp, balanceOf, createUser, testApp } from '../../support/kenali-app.js';

/** PostgreSQL's `integer` (int4) ends here; every id column of the schema is one. */
const INT4_MAX = 2_147_483_647;
const BEYOND = [INT4_MAX + 1, 2 ** 32, Number.MAX_SAFE_INTEGER];

const rowsOf = async (app: TestApp, user: string) => ({
  sessions: (await app.knex('careerprofile_test_sessions').where({ user_id: user })).length,
  keys: (await app.knex('idempotency_keys').where({ user_id: user })).length,
  balance: await balanceOf(app.knex, user),
});

describe('integer ids beyond int4 (issue 19: the fuzzer found them reaching PostgreSQL as a 500)', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  it('GET /history/{id} with an id no int4 column can hold is a problem+json 404', async () => {
    const user = await createUser(app.knex);
    for (const id of [...BEYOND.map(String), '99999999999999999999', `${INT4_MAX + 1}.0`]) {
      const res = await app.http.get(`/api/v1/history/${id}`).set(user.headers);
      expect(res.status, id).to.equal(404);
      expect(res.type).to.equal('application/problem+json');
    }
    const largest = await app.http.get(`/api/v1/history/${INT4_MAX}`).set(user.headers);
    expect(largest.status).to.equal(404);
  });

  it('POST fit-check/start with target_profession_id beyond int4 is a 422 naming the field, and writes nothing', async () => {
    for (const id of [...BEYOND, String(INT4_MAX + 1)]) {
      const user = await createUser(app.knex, { tokens: 10 });
      const res = await app.http
        .post(`${API}/fit-check/start`)
        .set(user.headers)
        .send({ persona_type: 'BUILDER', target_profession_id: id });
      expect(res.status, String(id)).to.equal(422);
      expect(res.type).to.equal('application/problem+json');
      expect(res.body.errors[0].loc).to.deep.equal(['body', 'target_profession_id']);
      expect(await rowsOf(app, user.id)).to.deep.equal({ sessions: 0, keys: 0, balance: 10 });
    }
  });

  it('the largest int4 is still an ordinary id: an unknown profession is 404', async () => {
    const user = await createUser(app.knex);
    const res = await app.http
      .post(`${API}/fit-check/start`)
      .set(user.headers)
      .send({ persona_type: 'BUILDER', target_profession_id: INT4_MAX });
    expect(res.status).to.equal(404);
  });

  it('ikigai/submit-dimension and assessments/submit with a profession id beyond int4 are 422', async () => {
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    expect(
      (await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token })).status,
    ).to.equal(200);
    const session = await app.knex('careerprofile_test_sessions').where({ session_token: token }).first('id');
    const ikigaiRows = () => app.knex('ikigai_responses').where({ test_session_id: session.id });
    const before = await ikigaiRows();
    const text = 'Saya senang meneliti data dan menemukan pola dari eksperimen.';
    for (const field of [
      { selected_profession_id: INT4_MAX + 1 },
      { selected_profession_ids: [INT4_MAX + 1] },
    ]) {
      const res = await app.http
        .post(`${API}/ikigai/submit-dimension`)
        .set(user.headers)
        .send({
          session_token: token,
          dimension_name: 'what_you_love',
          selection_type: 'selected',
          reasoning_text: text,
          ...field,
        });
      expect(res.status, JSON.stringify(field)).to.equal(422);
      expect(res.body.errors[0].loc).to.include(Object.keys(field)[0]);
    }
    const answer = { selected_profession_id: INT4_MAX + 1, selection_type: 'selected', reasoning_text: text };
    const whole = await app.http
      .post('/api/v1/assessments/submit')
      .set(user.headers)
      .send({
        session_token: token,
        answers: {
          what_you_love: answer,
          what_you_are_good_at: answer,
          what_the_world_needs: answer,
          what_you_can_be_paid_for: answer,
        },
      });
    expect(whole.status).to.equal(422);
    expect(whole.body.errors[0].loc).to.include('selected_profession_id');
    expect(await ikigaiRows()).to.deep.equal(before);
  });

  it('riasec/submit with a question_id beyond int4 is a 422', async () => {
    const user = await createUser(app.knex);
    const started = await app.http
      .post(`${API}/recommendation/start`)
      .set(user.headers)
      .send({ persona_type: 'BUILDER' });
    const responses = Array.from({ length: 72 }, (_, i) => ({
      question_id: i === 0 ? INT4_MAX + 1 : i + 1,
      question_type: 'RIASEC'[i % 6],
      answer_value: 1 + (i % 5),
      answered_at: '2025-01-01T00:00:00Z',
    }));
    const res = await app.http
      .post(`${API}/riasec/submit`)
      .set(user.headers)
      .send({ session_token: started.body.session_token, responses });
    expect(res.status).to.equal(422);
    expect(res.body.errors[0].loc).to.deep.equal(['body', 'responses', 0, 'question_id']);
  });
});
