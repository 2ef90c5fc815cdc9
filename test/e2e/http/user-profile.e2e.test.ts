import { expect } from 'chai';
import { sessionRow } from '../../support/flows.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import {
  USER_PROFILE,
  completeFitCheck,
  completeRecommendation,
  startOnly,
} from '../../support/result-flows.js';
import { ACTIVE_PROFILE, SET_ACTIVE_RESULT, expectShape } from '../../support/upstream-shapes.js';

describe('the active career profile (upstream §5.6 on the Go table, decisions §4)', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });
  const profileOf = (user: TestUser) => app.http.get(USER_PROFILE).set(user.headers);
  const setActive = (user: TestUser, token: string, key?: string) => {
    const req = app.http.post(`${USER_PROFILE}/set-active`).set(user.headers);
    return (key ? req.set('idempotency-key', key) : req).send({ session_token: token });
  };
  const row = (user: TestUser) => app.knex('user_career_profile').where({ user_id: user.id }).first();

  it('answers has_active_profile: false before any finished test', async () => {
    const user = await createUser(app.knex);
    const res = await profileOf(user);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ has_active_profile: false });
  });

  it('points at the first finished session (AUTO_FIRST_TIME), keeps it on a retake, and switches on set-active (USER_SELECTED)', async () => {
    const user = await createUser(app.knex);
    const first = await completeRecommendation(app, user);
    const firstSession = await sessionRow(app, first);
    const rec = await app.knex('career_recommendations').where({ test_session_id: firstSession.id }).first();
    const auto = await profileOf(user);
    expect(auto.status).to.equal(200);
    expectShape(auto.body, ACTIVE_PROFILE);
    expect(auto.body).to.include({
      has_active_profile: true,
      profile_id: user.id,
      test_session_id: firstSession.id,
      session_token: first,
      active_session_token: first,
      riasec_code: 'I',
      top_profession1_id: rec.top_profession1_id,
      top_profession2_id: rec.top_profession2_id,
      test_goal: 'RECOMMENDATION',
      set_source: 'AUTO_FIRST_TIME',
      pinned: true,
    });

    const second = await completeRecommendation(app, user);
    const secondSession = await sessionRow(app, second);
    expect(secondSession.id).to.not.equal(firstSession.id);
    expect(secondSession.status).to.equal('completed');
    expect((await row(user)).active_session_id).to.equal(firstSession.id);

    const set = await setActive(user, second);
    expect(set.status, JSON.stringify(set.body)).to.equal(200);
    expectShape(set.body, SET_ACTIVE_RESULT);
    expect(set.body).to.include({
      success: true,
      test_session_id: secondSession.id,
      session_token: second,
      set_source: 'USER_SELECTED',
    });
    const stored = await row(user);
    expect(stored).to.include({
      active_session_id: secondSession.id,
      set_source: 'USER_SELECTED',
      pinned: true,
    });
    expect((stored.set_at as Date).toISOString()).to.equal(set.body.set_at);
    const after = await profileOf(user);
    expect(after.body).to.include({ session_token: second, set_source: 'USER_SELECTED' });
  });

  it('a FIT_CHECK first test becomes the profile with the checked profession as its top profession', async () => {
    const user = await createUser(app.knex);
    const token = await completeFitCheck(app, user);
    const res = await profileOf(user);
    expect(res.body).to.include({
      session_token: token,
      test_goal: 'FIT_CHECK',
      set_source: 'AUTO_FIRST_TIME',
      top_profession1_id: 101,
      top_profession2_id: null,
    });
  });

  it('set-active refuses missing, foreign, unfinished and FIT_CHECK sessions and changes nothing', async () => {
    const user = await createUser(app.knex);
    const stranger = await createUser(app.knex);
    const mine = await completeRecommendation(app, user);
    const fit = await completeFitCheck(app, user);
    const theirs = await completeRecommendation(app, stranger);
    const before = await row(user);
    expect((await setActive(user, 'no-such-token')).status).to.equal(404);
    expect((await setActive(user, theirs)).status).to.equal(404);
    const wrongGoal = await setActive(user, fit);
    expect(wrongGoal.status).to.equal(400);
    expect(wrongGoal.body.type).to.match(/wrong-goal$/);
    const unfinished = await setActive(user, await startOnly(app, user, 'recommendation'));
    expect(unfinished.status).to.equal(400);
    expect(unfinished.body.type).to.match(/wrong-status$/);
    // A blank token names no session: 404, as upstream's `str` field answers (ADR 0021).
    expect((await setActive(user, '')).status).to.equal(404);
    expect(await row(user)).to.deep.equal(before);
    expect(before.active_session_id).to.equal((await sessionRow(app, mine)).id);
    expect((await row(stranger)).active_session_id).to.equal((await sessionRow(app, theirs)).id);
  });

  it('set-active is idempotent: the same key replays the same bytes without writing again', async () => {
    const user = await createUser(app.knex);
    const token = await completeRecommendation(app, user);
    const first = await setActive(user, token, 'pick-profile-1');
    expect(first.status).to.equal(200);
    expect(first.headers['idempotent-replayed']).to.equal('false');
    const stored = await row(user);
    const replay = await setActive(user, token, 'pick-profile-1');
    expect(replay.status).to.equal(200);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(first.text);
    expect(await row(user)).to.deep.equal(stored);
  });
});
