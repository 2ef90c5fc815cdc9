import type { Repositories, Session, UserId, UserSummary } from '@kenali/domain';
import { GetRecommendationResult, SessionToken } from '@kenali/domain';
import { expect } from 'chai';
import { canonicalCode } from '../../../fakes/mothers/index.js';
import { runLeft, runRight } from '../../../support/expect-either.js';
import { failing, withCatalogue } from './ports-with.js';
import { World } from './world.js';

describe('GetRecommendationResult', function () {
  let w: World;
  let user: UserId;
  let caller: UserSummary;
  let session: Session;
  beforeEach(async function () {
    w = new World().withCodes();
    user = w.user();
    caller = { id: user, fullname: 'Rina Wulandari', role: 'USER' };
    for (let i = 0; i < 3; i++) w.profession('I');
    session = await w.completedRecommendation(user);
  });

  const get = (repos: Repositories = w.repos, narrator = w.ikigai().narrator) =>
    new GetRecommendationResult(repos, w.ikigai(undefined, narrator).finalize);
  const nameOf = (id: number) => w.db.state.professions.get(id)?.name;

  it('shows the stored recommendation with the RIASEC summary and catalogue names', async function () {
    const stored = w.db.state.recommendations.get(Number(session.id));
    const outcome = w.db.state.submissions.get(Number(session.id));
    if (!stored || !outcome || session.status !== 'completed') throw new Error('incomplete fixture');
    const result = await runRight(get().execute(caller, session.session_token));
    const { id: _id, ...profile } = canonicalCode('I');
    expect(result).to.deep.include({
      session_token: session.session_token,
      user_first_name: 'Rina',
      test_completed_at: session.completed_at.toISOString(),
      riasec_profile: profile,
      riasec_scores_raw: outcome.scores,
      ikigai_profile_summary: stored.data.ikigai_profile_summary,
    });
    expect(result.riasec_summary).to.deep.equal({
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: ['Investigative'],
      total_candidates_found: 3,
    });
    expect(result.candidate_profession_names).to.deep.equal(
      outcome.candidates_data.candidates.map((c) => ({
        profession_id: Number(c.profession_id),
        name: nameOf(Number(c.profession_id)),
      })),
    );
    expect(result.recommended_professions.map((p) => [p.profession_id, p.profession_name])).to.deep.equal(
      stored.data.recommended_professions.map((p) => [p.profession_id, nameOf(p.profession_id)]),
    );
  });

  it('names a recommended profession that is not a candidate from the catalogue', async function () {
    const stored = w.db.state.recommendations.get(Number(session.id));
    if (!stored) throw new Error('no recommendation');
    const outsider = w.profession('S');
    w.db.state.professions.set(Number(outsider), {
      ...(w.db.state.professions.get(Number(outsider)) as NonNullable<
        ReturnType<typeof w.db.state.professions.get>
      >),
      name: 'Konselor Sekolah',
    });
    const [first, ...rest] = stored.data.recommended_professions;
    w.db.state.recommendations.set(Number(session.id), {
      ...stored,
      data: {
        ...stored.data,
        recommended_professions: [
          { ...first, profession_id: Number(outsider), profession_name: 'lama' },
          ...rest,
        ],
      },
    });
    const result = await runRight(get().execute(caller, session.session_token));
    expect(result.recommended_professions[0].profession_name).to.equal('Konselor Sekolah');
  });

  it('writes a missing recommendation from the stored scores once, then serves it', async function () {
    const before = w.db.state.recommendations.get(Number(session.id));
    w.db.state.recommendations.delete(Number(session.id));
    const { narrator } = w.ikigai();
    const result = await runRight(get(w.repos, narrator).execute(caller, session.session_token));
    const after = w.db.state.recommendations.get(Number(session.id));
    expect(after?.topProfession1).to.equal(before?.topProfession1);
    expect(result.recommended_professions.map((p) => p.profession_id)).to.deep.equal(
      after?.data.recommended_professions.map((p) => p.profession_id),
    );
    expect(narrator.requests).to.have.length(1);
    await runRight(get(w.repos, narrator).execute(caller, session.session_token));
    expect(narrator.requests).to.have.length(1);
  });

  it('answers RecommendationResultNotFound when neither the recommendation nor the scores exist', async function () {
    w.db.state.recommendations.delete(Number(session.id));
    w.db.state.ikigaiScores.delete(Number(session.id));
    await runLeft(get().execute(caller, session.session_token), 'RecommendationResultNotFound');
    expect(w.db.state.recommendations.has(Number(session.id))).to.equal(false);
  });

  it('answers RiasecResultNotFound without the RIASEC outcome or its code row', async function () {
    const outcome = w.db.state.submissions.get(Number(session.id));
    if (!outcome) throw new Error('no outcome');
    w.db.state.codes.delete(Number(outcome.riasec_code_id));
    await runLeft(get().execute(caller, session.session_token), 'RiasecResultNotFound');
    w.db.state.submissions.delete(Number(session.id));
    await runLeft(get().execute(caller, session.session_token), 'RiasecResultNotFound');
  });

  it('refuses a FIT_CHECK, a foreign, an unknown and an unfinished session', async function () {
    const fitUser = w.user();
    const fit = await w.completedFitCheck(fitUser, w.profession('I'));
    const wrong = await runLeft(get().execute({ ...caller, id: fitUser }, fit.session_token), 'WrongGoal');
    expect(wrong.expected).to.equal('RECOMMENDATION');
    await runLeft(get().execute(caller, fit.session_token), 'SessionNotFound');
    await runLeft(get().execute(caller, SessionToken('none')), 'SessionNotFound');
    const third = w.user();
    const ongoing = await w.started(third);
    await runLeft(get().execute({ ...caller, id: third }, ongoing.session_token), 'WrongStatus');
  });

  it('passes on a failure of the code read, the names read and the finalize path', async function () {
    await runLeft(
      get(withCatalogue(w.repos, { codeById: failing() })).execute(caller, session.session_token),
      'PortError',
    );
    await runLeft(
      get(withCatalogue(w.repos, { briefs: failing() })).execute(caller, session.session_token),
      'PortError',
    );
    w.db.state.recommendations.delete(Number(session.id));
    w.db.faults.failNext('ikigai.findScores');
    await runLeft(get().execute(caller, session.session_token), 'PortError');
    w.db.faults.failNext('career_recommendations.find');
    await runLeft(get().execute(caller, session.session_token), 'PortError');
  });
});
