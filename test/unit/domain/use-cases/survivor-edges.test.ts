import type { Session, UserId } from '@kenali/domain';
import {
  AbandonSession,
  DIMENSION_KEYS,
  GetIkigaiResult,
  GetActiveProfile,
  SessionId,
  buildPersonalityResult,
  fallbackAboutCode,
  topTypeNames,
} from '@kenali/domain';
import { expect } from 'chai';
import { ScriptedRelevanceJudge } from '../../../fakes/index.js';
import { DimensionMother, canonicalCode } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { World } from './world.js';

describe('use case survivors (finalize races, profile of an unfinished session, code letters)', function () {
  let w: World;
  let user: UserId;
  let session: Session;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    for (let i = 0; i < 3; i++) w.profession('I');
    session = await w.ikigaiOngoing(user);
    await runRight(w.repos.ikigai.ensureResponseRow(session.id, w.clock.now()));
    for (const key of DIMENSION_KEYS)
      await runRight(w.repos.ikigai.saveAnswer(session.id, key, DimensionMother.answer()));
  });

  it('FinalizeIkigai names the professions in the stored ranking as the catalogue does', async function () {
    await runRight(w.ikigai().finalize.execute(session));
    const scores = w.db.state.ikigaiScores.get(Number(session.id));
    const names = scores?.totalScores.profession_scores.map((p) => [
      Number(p.profession_id),
      p.profession_name,
    ]);
    expect(names).to.have.length(3);
    for (const [id, name] of names ?? []) expect(name).to.equal(w.db.state.professions.get(Number(id))?.name);
  });

  it('FinalizeIkigai refuses when the session vanished, or completed elsewhere without scores', async function () {
    const row = w.db.state.sessions.get(Number(session.id));
    if (!row) throw new Error('no row');
    w.db.state.sessions.set(Number(session.id), { ...row, status: 'completed', completed_at: w.clock.now() });
    await runLeft(w.ikigai().finalize.execute(session), 'CandidatesMissing');
    w.db.state.sessions.delete(Number(session.id));
    const gone = await runLeft(
      w.ikigai(new ScriptedRelevanceJudge()).finalize.execute(session),
      'WrongStatus',
    );
    expect(gone).to.deep.equal({
      _tag: 'WrongStatus',
      actual: 'ikigai_ongoing',
      expected: ['ikigai_ongoing'],
    });
  });

  it('GetIkigaiResult does not score an abandoned session, even with all four answers', async function () {
    await runRight(new AbandonSession(w.uow).execute(user, session.session_token));
    const error = await runLeft(
      new GetIkigaiResult(w.repos, w.ikigai().finalize).execute(user, session.session_token),
      'WrongStatus',
    );
    expect(error).to.deep.equal({ _tag: 'WrongStatus', actual: 'abandoned', expected: ['completed'] });
    expect(w.db.state.ikigaiScores.size).to.equal(0);
  });

  it('GetActiveProfile shows no completion time for a profile that points at an unfinished session', async function () {
    const owner = w.user();
    await w.completedFitCheck(owner, w.profession('I'));
    const profile = w.db.state.careerProfiles.get(owner);
    const ongoing = await w.started(owner);
    const row = [...w.db.state.sessions.values()].find((r) => r.session_token === ongoing.session_token);
    if (!profile || !row) throw new Error('fixture');
    w.db.state.careerProfiles.set(owner, { ...profile, activeSession: SessionId(row.id) });
    const view = await runRight(new GetActiveProfile(w.repos).execute(owner));
    expect(view).to.deep.include({
      has_active_profile: true,
      session_token: ongoing.session_token,
      test_completed_at: null,
      riasec_code: null,
    });
  });

  it('shows only RIASEC letters of a code in top types', function () {
    expect(topTypeNames('R?x')).to.deep.equal(['Realistic']);
    const code = { ...canonicalCode('RI'), riasec_code: 'RI?' };
    expect(buildPersonalityResult('tok', code, 'teks').top_types).to.deep.equal([
      { letter: 'R', name: 'Realistic' },
      { letter: 'I', name: 'Investigative' },
    ]);
  });

  it('writes a two-sentence fallback about the code', function () {
    const [first, second, ...rest] = fallbackAboutCode('SE').split('\n');
    expect(rest).to.deep.equal([]);
    expect(first).to.match(/^Kode SE merangkum .*\.$/);
    expect(second).to.match(/^Semakin sering kamu mencoba .*\.$/);
  });
});
