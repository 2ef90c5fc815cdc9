// @ts-nocheck
import { expect } from 'chai';
import {
  API,
  DIMENSIONS,
  completeRiasec,
  researchAnswers,
  sessionRow,
  submitDimension,
} from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

describe('the Ikigai phase over HTTP with the offline engine', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });

  it('GET /ikigai/dimensions lists the four dimensions in their fixed order, without auth', async () => {
    const res = await app.http.get(`${API}/ikigai/dimensions`);
    expect(res.status).to.equal(200);
    expect(res.body.total).to.equal(4);
    expect(res.body.dimensions.map((d: { dimension_key: string }) => d.dimension_key)).to.deep.equal([
      ...DIMENSIONS,
    ]);
    expect(res.body.dimensions[0]).to.include.keys(
      'label_id',
      'question_prompt',
      'helper_text_selected',
      'min_chars',
      'max_chars',
    );
  });

  it('runs start → content → four answers → scores, stores every document, and completes session and history', async () => {
    const user = await createUser(app.knex);
    const { token, candidates } = await completeRiasec(app, user);
    const start = await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    expect(start.status).to.equal(200);
    expect(start.body).to.include({ status: 'ikigai_ongoing', from_cache: false, regenerated: true });
    const display = candidates.filter((c) => c.display_order <= 5);
    expect(start.body.total_display_candidates).to.equal(display.length);
    const first = start.body.candidates_with_content[0];
    expect(first.profession_name).to.be.a('string').and.not.equal('Unknown');
    expect(Object.keys(first.dimension_content)).to.deep.equal([...DIMENSIONS]);

    // A distinct key: a keyless repeat inside the dedup window would be a replay of the first answer.
    const again = await app.http
      .post(`${API}/ikigai/start`)
      .set(user.headers)
      .set('idempotency-key', 'second-start')
      .send({ session_token: token });
    expect(again.body).to.include({ from_cache: true, regenerated: false });
    const content = await app.http.get(`${API}/ikigai/content/${token}`).set(user.headers);
    expect(content.body.from_cache).to.equal(true);
    const session = await sessionRow(app, token);
    expect(await app.knex('ikigai_responses').where({ test_session_id: session.id })).to.have.length(1);

    const answers = researchAnswers(display[0].profession_id);
    let last: { status: number; body: Record<string, unknown> } | undefined;
    for (const [i, key] of DIMENSIONS.entries()) {
      last = await submitDimension(app, user, token, key, answers[key].selected, answers[key].text);
      expect(last.status, JSON.stringify(last.body)).to.equal(200);
      if (i < 3) expect(last.body).to.include({ all_completed: false, dimension_saved: key });
    }
    const done = last!.body as {
      status: string;
      top_2_professions: { rank: number; profession_id: number }[];
    };
    expect(done.status).to.equal('completed');
    expect(done.top_2_professions.map((p) => p.rank)).to.deep.equal([1, 2]);

    const stored = await app.knex('ikigai_dimension_scores').where({ test_session_id: session.id }).first();
    expect(stored.ai_model_used).to.equal('offline-lexical-v1');
    expect(stored.total_api_calls).to.equal(4);
    // jsonb orders object keys itself, so compare the key sets.
    expect(stored.scores_data.dimension_scores).to.have.all.keys(...DIMENSIONS);
    expect(stored.scores_data.metadata).to.include({
      scoring_strategy: 'batch_semantic_matching',
      fallback_used: false,
      total_candidates_scored: candidates.length,
    });
    expect(stored.scores_data.dimension_scores.what_you_love[0]).to.have.all.keys(
      'profession_id',
      'r_raw',
      'r_normalized',
      'text_score',
      'click_score',
      'dimension_total',
    );
    const totals = await app.knex('ikigai_total_scores').where({ test_session_id: session.id }).first();
    expect(totals.top_profession1_id).to.equal(done.top_2_professions[0].profession_id);
    expect(totals.scores_data.profession_scores.map((p: { rank: number }) => p.rank)).to.deep.equal(
      candidates.map((_, i) => i + 1),
    );
    expect(totals.scores_data.metadata).to.include.keys(
      'total_professions_ranked',
      'tie_breaking_applied',
      'tie_breaking_details',
      'top_2_professions',
      'calculated_at',
    );

    const rec = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
    expect(rec.top_profession1_id).to.equal(totals.top_profession1_id);
    expect(rec.top_profession2_id).to.equal(totals.top_profession2_id);
    const recommended = rec.recommendations_data.recommended_professions[0];
    expect(recommended.riasec_alignment.congruence_type).to.match(
      /^(exact_match|congruent_|subset_|dominant_)/,
    );
    expect(recommended.riasec_alignment.profession_code).to.match(/^[RIASEC]{1,3}$/);
    expect(rec.recommendations_data.generation_context).to.include({
      narrative_fallback_used: false,
      user_riasec_code: 'I',
    });
    expect(rec.recommendations_data.ikigai_profile_summary).to.have.all.keys(...DIMENSIONS);

    const after = await sessionRow(app, token);
    expect(after.status).to.equal('completed');
    expect(after.ikigai_completed_at).to.be.instanceOf(Date);
    expect(
      (await app.knex('kenalidiri_history').where({ detail_session_id: session.id }).first()).status,
    ).to.equal('completed');
    expect((await app.knex('user_career_profile').where({ user_id: user.id }).first()).set_source).to.equal(
      'AUTO_FIRST_TIME',
    );

    // A late retry of the fourth answer gets the same completion; a different answer is refused.
    const late = await app.http
      .post(`${API}/ikigai/submit-dimension`)
      .set(user.headers)
      .set('idempotency-key', 'late-retry')
      .send({
        session_token: token,
        dimension_name: 'what_you_can_be_paid_for',
        selected_profession_id: null,
        selection_type: 'not_selected',
        reasoning_text: answers.what_you_can_be_paid_for.text,
      });
    expect(late.status).to.equal(200);
    expect(late.body).to.deep.equal(done);
    expect(
      (
        await submitDimension(
          app,
          user,
          token,
          'what_you_can_be_paid_for',
          null,
          'Jawaban yang sama sekali berbeda sekarang.',
        )
      ).status,
    ).to.equal(400);
    expect(await app.knex('ikigai_total_scores').where({ test_session_id: session.id })).to.have.length(1);

    const result = await app.http.get(`${API}/ikigai/result/${token}`).set(user.headers);
    expect(result.status).to.equal(200);
    expect(result.body).to.deep.equal(done);
  });

  describe('refusals', () => {
    it('404 for another user’s session, 400 for a FIT_CHECK session or a session not yet past RIASEC', async () => {
      const owner = await createUser(app.knex);
      const stranger = await createUser(app.knex);
      const { token } = await completeRiasec(app, owner);
      expect(
        (await app.http.post(`${API}/ikigai/start`).set(stranger.headers).send({ session_token: token }))
          .status,
      ).to.equal(404);
      const fresh = await createUser(app.knex);
      const started = await app.http
        .post(`${API}/recommendation/start`)
        .set(fresh.headers)
        .send({ persona_type: 'BUILDER' });
      const early = await app.http
        .post(`${API}/ikigai/start`)
        .set(fresh.headers)
        .send({ session_token: started.body.session_token });
      expect(early.status).to.equal(400);
      const fitUser = await createUser(app.knex);
      const fit = await app.http
        .post(`${API}/fit-check/start`)
        .set(fitUser.headers)
        .send({ persona_type: 'BUILDER', target_profession_id: 101 });
      expect(
        (
          await app.http
            .post(`${API}/ikigai/start`)
            .set(fitUser.headers)
            .send({ session_token: fit.body.session_token })
        ).status,
      ).to.equal(400);
    });

    it('validates answers: 422 for schema and consistency, 400 for a foreign profession and for changing an answer', async () => {
      const user = await createUser(app.knex);
      const { token, candidates } = await completeRiasec(app, user);
      await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
      const text = 'Saya suka menganalisis data penelitian setiap hari.';
      const bad = await app.http.post(`${API}/ikigai/submit-dimension`).set(user.headers).send({
        session_token: token,
        dimension_name: 'what_you_hate',
        selection_type: 'not_selected',
        reasoning_text: text,
      });
      expect(bad.status).to.equal(422);
      const inconsistent = await app.http.post(`${API}/ikigai/submit-dimension`).set(user.headers).send({
        session_token: token,
        dimension_name: 'what_you_love',
        selected_profession_id: null,
        selection_type: 'selected',
        reasoning_text: text,
      });
      expect(inconsistent.status).to.equal(422);
      expect(inconsistent.body.errors).to.be.an('array').that.is.not.empty;
      expect(
        (await submitDimension(app, user, token, 'what_you_love', null, '   pendek   ')).status,
      ).to.equal(422);
      const foreign = await submitDimension(app, user, token, 'what_you_love', 999_999, text);
      expect(foreign.status).to.equal(400);
      const ok = await submitDimension(app, user, token, 'what_you_love', candidates[0].profession_id, text);
      expect(ok.status).to.equal(200);
      expect(
        (await submitDimension(app, user, token, 'what_you_love', candidates[0].profession_id, text)).status,
      ).to.equal(200);
      const changed = await submitDimension(app, user, token, 'what_you_love', null, `${text} Berubah.`);
      expect(changed.status).to.equal(400);
      const session = await sessionRow(app, token);
      const row = await app.knex('ikigai_responses').where({ test_session_id: session.id }).first();
      expect(row.dimension1_love.reasoning_text).to.equal(text);
      expect(row.dimension2_good_at).to.equal(null);
    });
  });

  it('resumes a scoring run that was interrupted after the fourth answer was stored', async () => {
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    const answers = researchAnswers(null);
    for (const key of DIMENSIONS.slice(0, 3))
      await submitDimension(app, user, token, key, null, answers[key].text);
    // The process died right after committing the fourth answer: the answer is stored, no scores exist.
    const session = await sessionRow(app, token);
    const fourth = {
      selected_profession_id: null,
      selection_type: 'not_selected',
      reasoning_text: answers.what_you_can_be_paid_for.text,
      answered_at: new Date().toISOString(),
    };
    await app
      .knex('ikigai_responses')
      .where({ test_session_id: session.id })
      .update({ dimension4_paid_for: JSON.stringify(fourth) });
    expect((await sessionRow(app, token)).status).to.equal('ikigai_ongoing');

    const [viaResult, viaRetry] = await Promise.all([
      app.http.get(`${API}/ikigai/result/${token}`).set(user.headers),
      submitDimension(
        app,
        user,
        token,
        'what_you_can_be_paid_for',
        null,
        answers.what_you_can_be_paid_for.text,
      ),
    ]);
    expect(viaResult.status).to.equal(200);
    expect(viaRetry.status).to.equal(200);
    expect(viaRetry.body).to.deep.equal(viaResult.body);
    expect((await sessionRow(app, token)).status).to.equal('completed');
    expect(await app.knex('ikigai_total_scores').where({ test_session_id: session.id })).to.have.length(1);
    expect(await app.knex('career_recommendations').where({ test_session_id: session.id })).to.have.length(1);
  });
});
