// @ts-nocheck
import { expect } from 'chai';
import { type TestApp, balanceOf, createUser, testApp } from '../../support/kenali-app.js';

const START = '/api/v1/career-profile/recommendation/start';
const FIT_START = '/api/v1/career-profile/fit-check/start';

describe('POST /career-profile/*/start', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  const sessionsOf = async (user: string) => app.knex('careerprofile_test_sessions').where({ user_id: user });
  const ledgerOf = async (user: string) =>
    app
      .knex('token_ledger as l')
      .join('token_wallet as w', 'w.id', 'l.wallet_id')
      .where('w.user_id', user)
      .select('l.*');

  it('starts a RECOMMENDATION test: debits 3 tokens with a ledger row, writes session, history and the question order', async () => {
    const user = await createUser(app.knex, { tokens: 5 });
    const res = await app.http.post(START).set(user.headers).send({ persona_type: 'pathfinder' });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({
      test_goal: 'RECOMMENDATION',
      status: 'riasec_ongoing',
      total_questions: 72,
    });
    expect([...res.body.question_ids].sort((a: number, b: number) => a - b)).to.deep.equal(
      Array.from({ length: 72 }, (_, i) => i + 1),
    );
    expect(await balanceOf(app.knex, user.id)).to.equal(2);
    const [ledger] = await ledgerOf(user.id);
    expect(ledger).to.include({
      direction: 'OUT',
      amount: 3,
      balance_before: 5,
      balance_after: 2,
      source_type: 'CAREER_PROFILE_TEST',
    });
    expect(ledger.reference_id).to.equal(res.body.session_token);
    const [session] = await sessionsOf(user.id);
    expect(session).to.include({ persona_type: 'PATHFINDER', uses_ikigai: true, status: 'riasec_ongoing' });
    const history = await app.knex('kenalidiri_history').where({ detail_session_id: session.id });
    expect(history).to.have.length(1);
    expect(history[0]).to.include({ status: 'ongoing', test_category_id: 3 });
    const set = await app.knex('riasec_question_sets').where({ test_session_id: session.id }).first();
    expect(set.question_ids).to.deep.equal(res.body.question_ids);
  });

  it('starts a FIT_CHECK test for free', async () => {
    const user = await createUser(app.knex, { tokens: 0 });
    const res = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'BUILDER', target_profession_id: 101 });
    expect(res.status).to.equal(200);
    expect(res.body.test_goal).to.equal('FIT_CHECK');
    expect(await balanceOf(app.knex, user.id)).to.equal(0);
    const [session] = await sessionsOf(user.id);
    expect(session).to.include({ uses_ikigai: false, target_profession_id: 101 });
  });

  it('answers 402 when the balance is short and changes nothing', async () => {
    const user = await createUser(app.knex, { tokens: 2 });
    const res = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(res.status).to.equal(402);
    expect(res.headers['content-type']).to.match(/application\/problem\+json/);
    expect(res.body.detail)
      .to.be.a('string')
      .and.match(/saldo 2/);
    expect(await balanceOf(app.knex, user.id)).to.equal(2);
    expect(await sessionsOf(user.id)).to.have.length(0);
    expect(await ledgerOf(user.id)).to.have.length(0);
  });

  it('answers 404 without a wallet', async () => {
    const user = await createUser(app.knex, { wallet: false });
    const res = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(res.status).to.equal(404);
    expect(await sessionsOf(user.id)).to.have.length(0);
  });

  it('answers 409 with the running session while one is active, before any debit', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const first = await app.http.post(START).set(user.headers).send({ persona_type: 'ACHIEVER' });
    const second = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'ACHIEVER', target_profession_id: 101 });
    expect(second.status).to.equal(409);
    expect(second.body).to.include({
      error: 'active_session_exists',
      active_session_token: first.body.session_token,
      active_session_status: 'riasec_ongoing',
    });
    expect(second.body.active_session_started_at).to.be.a('string');
    expect(await balanceOf(app.knex, user.id)).to.equal(6);
  });

  it('rejects personas a goal does not allow with 422 and a violations list', async () => {
    const user = await createUser(app.knex);
    const res = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'PATHFINDER', target_profession_id: 101 });
    expect(res.status).to.equal(422);
    expect(res.body.errors[0].loc).to.deep.equal(['body', 'persona_type']);
    const unknown = await app.http.post(START).set(user.headers).send({ persona_type: 'WIZARD' });
    expect(unknown.status).to.equal(422);
    expect(await sessionsOf(user.id)).to.have.length(0);
  });

  it('rejects a FIT_CHECK without a target id, and bodies of the wrong shape, with 422', async () => {
    const user = await createUser(app.knex);
    const res = await app.http.post(FIT_START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(res.status).to.equal(422);
    expect(res.body.errors).to.deep.include({
      loc: ['body', 'target_profession_id'],
      msg: 'must be a positive integer',
      type: 'missing',
    });
  });

  it('authenticates: missing or malformed x-user-id and unknown users are 401, other roles 403', async () => {
    const body = { persona_type: 'BUILDER' };
    expect((await app.http.post(START).send(body)).status).to.equal(401);
    expect((await app.http.post(START).set('x-user-id', 'not-a-uuid').send(body)).status).to.equal(401);
    expect(
      (await app.http.post(START).set('x-user-id', '7f1d1c1e-8b9a-4c47-9a55-0d4f2a7b3c11').send(body)).status,
    ).to.equal(401);
    const admin = await createUser(app.knex, { role: 'ADMIN', tokens: 10 });
    expect((await app.http.post(START).set(admin.headers).send(body)).status).to.equal(403);
    expect(await balanceOf(app.knex, admin.id)).to.equal(10);
  });

  it('answers 400 for JSON it cannot parse and 413 for an oversized body, storing nothing', async () => {
    const user = await createUser(app.knex);
    const bad = await app.http
      .post(START)
      .set(user.headers)
      .set('content-type', 'application/json')
      .send('{"persona_type": ');
    expect(bad.status).to.equal(400);
    expect(bad.body.detail).to.be.a('string');
    const huge = await app.http
      .post(START)
      .set(user.headers)
      .send({ persona_type: 'BUILDER', padding: 'x'.repeat(300 * 1024) });
    expect(huge.status).to.equal(413);
    expect(await sessionsOf(user.id)).to.have.length(0);
  });

  it('lets exactly one of 20 parallel starts through for a user with 3 tokens', async () => {
    const user = await createUser(app.knex, { tokens: 3 });
    // Distinct keys make 20 distinct intents, so only the session rules and the wallet lock stand between them.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.http
          .post(START)
          .set(user.headers)
          .set('idempotency-key', `parallel-${i}`)
          .send({ persona_type: 'BUILDER' }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).to.have.length(1);
    expect(statuses.filter((s) => s !== 200).every((s) => s === 409 || s === 402)).to.equal(true);
    expect(await sessionsOf(user.id)).to.have.length(1);
    expect(await ledgerOf(user.id)).to.have.length(1);
    expect(await balanceOf(app.knex, user.id)).to.equal(0);
  });
});
