import { expect } from 'chai';
import { API } from '../../support/flows.js';
import { type TestApp, balanceOf, createUser, testApp } from '../../support/kenali-app.js';
import { I_SINGLE, answersFor } from '../../support/riasec-answers.js';

const START = `${API}/recommendation/start`;
const FIT_START = `${API}/fit-check/start`;
const abandonUrl = (token: string) => `${API}/sessions/${token}/abandon`;

/** Issue 17 / ADR 0018: no request sequence leaves a user unable to start a test. */
describe('a way out of every session (abandon route, expiry, the 409 that names both)', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp({ SESSION_EXPIRY_HOURS: '1' });
  });
  const sessionRow = (token: string) =>
    app.knex('careerprofile_test_sessions').where({ session_token: token }).first();
  const historyOf = async (user: string) =>
    (await app.knex('kenalidiri_history').where({ user_id: user }).orderBy('id')).map((r) => r.status);

  it('the 409 names the ways out; abandoning frees the user; history says abandoned; no refund', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    const first = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(first.status).to.equal(200);
    const token = first.body.session_token as string;
    // Another persona: an identical keyless request would be the double-click guard's replay.
    const blocked = await app.http.post(START).set(user.headers).send({ persona_type: 'ACHIEVER' });
    expect(blocked.status).to.equal(409);
    expect(blocked.body).to.include({
      error: 'active_session_exists',
      active_session_token: token,
      abandon_url: abandonUrl(token),
    });
    expect(Date.parse(blocked.body.active_session_expires_at)).to.be.greaterThan(Date.now());
    expect(blocked.body.detail).to.include(blocked.body.abandon_url);

    const ended = await app.http
      .post(blocked.body.abandon_url as string)
      .set(user.headers)
      .send();
    expect(ended.status).to.equal(200);
    expect(ended.body).to.include({ session_token: token, status: 'abandoned', tokens_refunded: 0 });
    expect((await sessionRow(token)).status).to.equal('abandoned');
    expect(await historyOf(user.id)).to.deep.equal(['abandoned']);

    const next = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(next.status).to.equal(200);
    expect(await balanceOf(app.knex, user.id)).to.equal(4);
    expect(await historyOf(user.id)).to.deep.equal(['abandoned', 'ongoing']);
  });

  it('is owner only, idempotent, refuses a completed session, and keyed retries replay byte for byte', async () => {
    const [owner, stranger] = [await createUser(app.knex), await createUser(app.knex)];
    const started = await app.http.post(START).set(owner.headers).send({ persona_type: 'BUILDER' });
    const token = started.body.session_token as string;
    expect((await app.http.post(abandonUrl(token)).set(stranger.headers).send()).status).to.equal(404);
    expect((await sessionRow(token)).status).to.equal('riasec_ongoing');

    const keyed = () =>
      app.http.post(abandonUrl(token)).set(owner.headers).set('idempotency-key', 'leave-1').send();
    const first = await keyed();
    const replay = await keyed();
    expect(first.status).to.equal(200);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(first.text);
    const again = await app.http.post(abandonUrl(token)).set(owner.headers).send();
    expect(again.status).to.equal(200);
    expect(again.text).to.equal(first.text);

    const fit = await app.http
      .post(FIT_START)
      .set(owner.headers)
      .send({ persona_type: 'BUILDER', target_profession_id: 101 });
    const fitToken = fit.body.session_token as string;
    const submitted = await app.http
      .post(`${API}/riasec/submit`)
      .set(owner.headers)
      .send({ session_token: fitToken, responses: answersFor(I_SINGLE) });
    expect(submitted.status).to.equal(200);
    const refused = await app.http.post(abandonUrl(fitToken)).set(owner.headers).send();
    expect(refused.status).to.equal(400);
    expect((await sessionRow(fitToken)).status).to.equal('completed');
  });

  it('keyless abandons of two sessions are two intents (the path is part of the fingerprint)', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    const a = (await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' })).body;
    await app.http.post(abandonUrl(a.session_token)).set(user.headers).send();
    const b = (await app.http.post(START).set(user.headers).send({ persona_type: 'ACHIEVER' })).body;
    const second = await app.http.post(abandonUrl(b.session_token)).set(user.headers).send();
    expect(second.headers['idempotent-replayed']).to.equal('false');
    expect(second.body.session_token).to.equal(b.session_token);
    expect((await sessionRow(b.session_token)).status).to.equal('abandoned');
  });

  it('a fit check whose target was deleted after the start can be ended, and the user starts again', async () => {
    const user = await createUser(app.knex);
    const fit = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'BUILDER', target_profession_id: 101 });
    const token = fit.body.session_token as string;
    // No FK on the target (upstream §1.1): this is what a deletion from the catalogue leaves behind.
    await app.knex('careerprofile_test_sessions').where({ session_token: token }).update({
      target_profession_id: 987_654,
    });
    const stuck = await app.http
      .post(`${API}/riasec/submit`)
      .set(user.headers)
      .send({ session_token: token, responses: answersFor(I_SINGLE) });
    expect(stuck.status).to.equal(404);
    expect((await app.http.post(abandonUrl(token)).set(user.headers).send()).status).to.equal(200);
    const again = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'BUILDER', target_profession_id: 101 });
    expect(again.status).to.equal(200);
  });

  it('an unfinished session idle past SESSION_EXPIRY_HOURS stops blocking without any writer running first', async () => {
    const user = await createUser(app.knex, { tokens: 10 });
    const old = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    const token = old.body.session_token as string;
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await app.knex('careerprofile_test_sessions').where({ session_token: token }).update({
      started_at: twoHoursAgo,
    });
    const fresh = await app.http.post(START).set(user.headers).send({ persona_type: 'ACHIEVER' });
    expect(fresh.status).to.equal(200);
    expect((await sessionRow(token)).status).to.equal('abandoned');
    expect(await historyOf(user.id)).to.deep.equal(['abandoned', 'ongoing']);
  });
});
