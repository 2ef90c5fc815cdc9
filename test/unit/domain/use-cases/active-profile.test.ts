import type { Session, UserId } from '@kenali/domain';
import { GetActiveProfile, SessionId, SessionToken, SetActiveProfile } from '@kenali/domain';
import { expect } from 'chai';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { World } from './world.js';

const completedAt = (s: Session): string => {
  if (s.status !== 'completed') throw new Error('expected a completed session');
  return s.completed_at.toISOString();
};

describe('the active career profile (GetActiveProfile, SetActiveProfile)', function () {
  let w: World;
  let user: UserId;
  beforeEach(function () {
    w = new World().withCodes();
    user = w.user();
    for (let i = 0; i < 3; i++) w.profession('I');
  });

  it('has none before any finished test', async function () {
    expect(await runRight(new GetActiveProfile(w.repos).execute(user))).to.deep.equal({
      has_active_profile: false,
    });
  });

  it('shows the profile the first finished RECOMMENDATION set, with its two top professions', async function () {
    const session = await w.completedRecommendation(user);
    const stored = w.db.state.recommendations.get(Number(session.id));
    const profile = w.db.state.careerProfiles.get(user);
    if (!stored || !profile) throw new Error('completion stored no recommendation or profile');
    const view = await runRight(new GetActiveProfile(w.repos).execute(user));
    expect(view).to.deep.equal({
      has_active_profile: true,
      profile_id: user,
      test_session_id: Number(session.id),
      session_token: session.session_token,
      riasec_code: 'I',
      top_profession1_id: stored.topProfession1,
      top_profession2_id: stored.topProfession2,
      activated_at: profile.setAt.toISOString(),
      active_session_token: session.session_token,
      test_goal: 'RECOMMENDATION',
      set_source: profile.source,
      pinned: profile.pinned,
      set_at: profile.setAt.toISOString(),
      test_completed_at: completedAt(session),
    });
    expect(stored.topProfession1).to.be.a('number');
  });

  it('shows the checked profession of a FIT_CHECK profile, and nulls for a recommendation row that is gone', async function () {
    const target = w.profession('I');
    const fit = await w.completedFitCheck(user, target);
    const view = await runRight(new GetActiveProfile(w.repos).execute(user));
    expect(view).to.deep.include({
      has_active_profile: true,
      test_goal: 'FIT_CHECK',
      top_profession1_id: target,
      top_profession2_id: null,
      session_token: fit.session_token,
    });
    const other = w.user();
    const rec = await w.completedRecommendation(other);
    w.db.state.recommendations.delete(Number(rec.id));
    const bare = await runRight(new GetActiveProfile(w.repos).execute(other));
    expect(bare).to.deep.include({ top_profession1_id: null, top_profession2_id: null });
  });

  it('shows nothing when the profile points at a session the user does not own', async function () {
    await w.completedRecommendation(user);
    const profile = w.db.state.careerProfiles.get(user);
    if (!profile) throw new Error('no profile');
    const other = w.user();
    const foreign = await w.completedRecommendation(other);
    w.db.state.careerProfiles.set(user, { ...profile, activeSession: SessionId(Number(foreign.id)) });
    expect(await runRight(new GetActiveProfile(w.repos).execute(user))).to.deep.equal({
      has_active_profile: false,
    });
  });

  it('passes on a failure of the profile read', async function () {
    w.db.faults.failNext('user_career_profile.find');
    await runLeft(new GetActiveProfile(w.repos).execute(user), 'PortError');
  });

  describe('SetActiveProfile', function () {
    it('pins a finished RECOMMENDATION session as the user-selected profile and answers its details', async function () {
      const first = await w.completedRecommendation(user);
      w.clock.advance(3_600_000);
      const firstRow = w.db.state.sessions.get(Number(first.id));
      if (!firstRow) throw new Error('missing row');
      // A second finished session (seeded as completed) that the user now chooses.
      const second = await w.completedRecommendation(w.user());
      const mine = { ...w.db.state.sessions.get(Number(second.id)), user_id: user };
      w.db.state.sessions.set(Number(second.id), mine as typeof firstRow);
      w.clock.advance(60_000);
      const out = await runRight(new SetActiveProfile(w.uow, w.clock).execute(user, second.session_token));
      const setAt = w.clock.now().toISOString();
      expect(out).to.deep.include({
        success: true,
        message: 'Profil karier aktif berhasil diganti ke hasil tes ini.',
        profile_id: user,
        test_session_id: Number(second.id),
        session_token: second.session_token,
        active_session_token: second.session_token,
        set_source: 'USER_SELECTED',
        pinned: true,
        set_at: setAt,
        activated_at: setAt,
        riasec_code: 'I',
        test_completed_at: completedAt(second),
      });
      expect(w.db.state.careerProfiles.get(user)).to.deep.equal({
        user,
        activeSession: second.id,
        pinned: true,
        source: 'USER_SELECTED',
        setAt: w.clock.now(),
      });
      expect(await runRight(new GetActiveProfile(w.repos).execute(user))).to.deep.include({
        session_token: second.session_token,
        set_source: 'USER_SELECTED',
      });
    });

    it('refuses a FIT_CHECK, an unfinished, a foreign or an unknown session and keeps the profile', async function () {
      const set = new SetActiveProfile(w.uow, w.clock);
      const fit = await w.completedFitCheck(user, w.profession('I'));
      const ongoing = await w.started(user);
      const foreign = await w.completedRecommendation(w.user());
      const before = w.db.state.careerProfiles.get(user);
      const goal = await runLeft(set.execute(user, fit.session_token), 'WrongGoal');
      expect(goal).to.deep.equal({ _tag: 'WrongGoal', actual: 'FIT_CHECK', expected: 'RECOMMENDATION' });
      await runLeft(set.execute(user, ongoing.session_token), 'WrongStatus');
      await runLeft(set.execute(user, foreign.session_token), 'SessionNotFound');
      await runLeft(set.execute(user, SessionToken('missing')), 'SessionNotFound');
      expect(w.db.state.careerProfiles.get(user)).to.deep.equal(before);
      expect(w.db.transactions.slice(-4)).to.deep.equal(['rollback', 'rollback', 'rollback', 'rollback']);
    });
  });
});
