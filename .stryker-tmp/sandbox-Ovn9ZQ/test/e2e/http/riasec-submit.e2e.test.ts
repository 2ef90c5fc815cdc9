// @ts-nocheck
import { expect } from 'chai';
import { I_SINGLE, SA_DUAL, answersFor } from '../../support/riasec-answers.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';

const START = '/api/v1/career-profile/recommendation/start';
const FIT_START = '/api/v1/career-profile/fit-check/start';
const SUBMIT = '/api/v1/career-profile/riasec/submit';
const RESULT = '/api/v1/career-profile/riasec/result';

describe('POST /career-profile/riasec/submit and GET /riasec/result', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  const start = async (user: TestUser) => {
    const res = await app.http.post(START).set(user.headers).send({ persona_type: 'BUILDER' });
    expect(res.status).to.equal(200);
    return res.body as { session_token: string; question_ids: number[] };
  };
  const rowCounts = async (token: string) => {
    const session = await app.knex('careerprofile_test_sessions').where({ session_token: token }).first();
    const count = async (table: string) =>
      (await app.knex(table).where({ test_session_id: session.id })).length;
    return {
      status: session.status as string,
      responses: await count('riasec_responses'),
      results: await count('riasec_results'),
      candidates: await count('ikigai_candidate_professions'),
    };
  };

  it('scores the upstream worked example as I single and stores responses, result and candidates', async () => {
    const user = await createUser(app.knex);
    const session = await start(user);
    const res = await app.http
      .post(SUBMIT)
      .set(user.headers)
      .send({ session_token: session.session_token, responses: answersFor(I_SINGLE, session.question_ids) });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({
      status: 'riasec_completed',
      classification_type: 'single',
      is_inconsistent_profile: false,
      next_step: 'ikigai',
    });
    expect(res.body.scores).to.deep.equal(I_SINGLE);
    expect(res.body.riasec_code_info.riasec_code).to.equal('I');
    expect(res.body.riasec_code_info.riasec_title).to.equal('Investigative (I)');
    expect(res.body.riasec_code_info.strengths).to.be.an('array').that.is.not.empty;
    expect(res.body.total_candidates).to.equal(res.body.candidates.length).and.be.within(1, 30);
    expect(res.body.candidates[0]).to.include({ display_order: 1, is_display_candidate: true });
    expect(res.body.display_candidates_count).to.equal(Math.min(5, res.body.candidates.length));
    expect(await rowCounts(session.session_token)).to.deep.equal({
      status: 'riasec_completed',
      responses: 1,
      results: 1,
      candidates: 1,
    });
    const stored = await app
      .knex('ikigai_candidate_professions as k')
      .join('careerprofile_test_sessions as s', 's.id', 'k.test_session_id')
      .where('s.session_token', session.session_token)
      .first('k.candidates_data', 'k.total_candidates', 'k.generation_strategy');
    expect(stored.candidates_data.candidates).to.deep.equal(res.body.candidates);
    expect(stored.candidates_data.metadata).to.include({
      user_riasec_code: 'I',
      expansion_strategy: '4_tier_expansion',
      total_candidates: stored.total_candidates,
    });

    const reload = await app.http.get(`${RESULT}/${session.session_token}`).set(user.headers);
    expect(reload.status).to.equal(200);
    expect(reload.body).to.deep.equal({ ...res.body, validity_warning: null });
  });

  it('finishes a FIT_CHECK at submit: fit_check_results row, session and history completed', async () => {
    const user = await createUser(app.knex);
    const started = await app.http
      .post(FIT_START)
      .set(user.headers)
      .send({ persona_type: 'ACHIEVER', target_profession_id: 101 });
    const res = await app.http
      .post(SUBMIT)
      .set(user.headers)
      .send({ session_token: started.body.session_token, responses: answersFor(SA_DUAL) });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({
      status: 'completed',
      classification_type: 'dual',
      next_step: 'fit_check_result',
    });
    expect(res.body.riasec_code_info.riasec_code).to.equal('SA');
    const session = await app
      .knex('careerprofile_test_sessions')
      .where({ session_token: started.body.session_token })
      .first();
    expect(session.completed_at).to.be.instanceOf(Date);
    const fit = await app.knex('fit_check_results').where({ test_session_id: session.id }).first();
    expect(fit).to.include({ profession_id: 101 });
    expect(['HIGH', 'MEDIUM', 'LOW']).to.include(fit.match_category);
    const history = await app.knex('kenalidiri_history').where({ detail_session_id: session.id }).first();
    expect(history.status).to.equal('completed');
    const profile = await app.knex('user_career_profile').where({ user_id: user.id }).first();
    expect(profile).to.include({ active_session_id: session.id, set_source: 'AUTO_FIRST_TIME' });
  });

  describe('every refusal answers its status and stores nothing', () => {
    let user: TestUser;
    let session: { session_token: string; question_ids: number[] };
    beforeEach(async () => {
      user = await createUser(app.knex);
      session = await start(user);
    });
    const submit = (responses: unknown, token = session.session_token, headers = user.headers) =>
      app.http.post(SUBMIT).set(headers).send({ session_token: token, responses });
    const expectUntouched = async () =>
      expect(await rowCounts(session.session_token)).to.deep.equal({
        status: 'riasec_ongoing',
        responses: 0,
        results: 0,
        candidates: 0,
      });

    it('404 for an unknown token and for another user’s session', async () => {
      expect((await submit(answersFor(I_SINGLE), 'no-such-token')).status).to.equal(404);
      const stranger = await createUser(app.knex);
      const res = await submit(answersFor(I_SINGLE), session.session_token, stranger.headers);
      expect(res.status).to.equal(404);
      await expectUntouched();
    });

    it('400 for a second submit of the same session', async () => {
      expect((await submit(answersFor(I_SINGLE))).status).to.equal(200);
      const again = await submit(answersFor(SA_DUAL));
      expect(again.status).to.equal(400);
      expect(again.body.detail).to.match(/riasec\/result/);
    });

    it('400 listing duplicate question ids', async () => {
      const answers = answersFor(I_SINGLE);
      answers[1] = { ...answers[0] };
      const res = await submit(answers);
      expect(res.status).to.equal(400);
      expect(res.body.duplicates).to.deep.equal([answers[0].question_id]);
      await expectUntouched();
    });

    it('422 for a payload that is not exactly 72 answers, and for values outside 1–5', async () => {
      const res = await submit(answersFor(I_SINGLE).slice(0, 71));
      expect(res.status).to.equal(422);
      const answers = answersFor(I_SINGLE);
      answers[5] = { ...answers[5], answer_value: 6 };
      expect((await submit(answers)).status).to.equal(422);
      await expectUntouched();
    });

    it('422 when a question_type contradicts the id', async () => {
      const answers = answersFor(I_SINGLE);
      answers[0] = { ...answers[0], question_type: answers[0].question_type === 'R' ? 'C' : 'R' };
      const res = await submit(answers);
      expect(res.status).to.equal(422);
      expect(res.body.errors[0].loc.at(-1)).to.equal('question_type');
      await expectUntouched();
    });

    it('422 for uniform answers and for a total below 120', async () => {
      const uniform = await submit(answersFor({ R: 36, I: 36, A: 36, S: 36, E: 36, C: 36 }));
      expect(uniform.status).to.equal(422);
      expect(uniform.body.reason).to.equal('uniform_scores');
      const low = await submit(answersFor({ R: 12, I: 24, A: 12, S: 30, E: 20, C: 12 }));
      expect(low.status).to.equal(422);
      expect(low.body.reason).to.equal('severe_low_interest');
      await expectUntouched();
    });

    it('keeps going with a warning for a total between 120 and 149', async () => {
      const res = await submit(answersFor({ R: 14, I: 36, A: 20, S: 28, E: 20, C: 22 }));
      expect(res.status).to.equal(200);
      expect(res.body.validity_warning).to.be.a('string').that.is.not.empty;
    });

    it('GET /riasec/result is 404 before a submit and for another user', async () => {
      expect((await app.http.get(`${RESULT}/${session.session_token}`).set(user.headers)).status).to.equal(
        404,
      );
      await submit(answersFor(I_SINGLE));
      const stranger = await createUser(app.knex);
      expect(
        (await app.http.get(`${RESULT}/${session.session_token}`).set(stranger.headers)).status,
      ).to.equal(404);
    });
  });
});
