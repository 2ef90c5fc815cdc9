// @ts-nocheck
import { expect } from 'chai';
import {
  type FakeGemini,
  fencedTexts,
  reply,
  smartResponder,
  startFakeGemini,
} from '../../support/fake-gemini.js';
import {
  API,
  DIMENSIONS,
  completeRiasec,
  researchAnswers,
  sessionRow,
  submitDimension,
} from '../../support/flows.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

/** Drives a whole Ikigai phase and returns the stored documents. */
const runIkigai = async (app: TestApp) => {
  const user = await createUser(app.knex);
  const { token } = await completeRiasec(app, user);
  const start = await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
  expect(start.status).to.equal(200);
  const answers = researchAnswers(null);
  let last;
  for (const key of DIMENSIONS) last = await submitDimension(app, user, token, key, null, answers[key].text);
  const session = await sessionRow(app, token);
  const scores = await app.knex('ikigai_dimension_scores').where({ test_session_id: session.id }).first();
  const totals = await app.knex('ikigai_total_scores').where({ test_session_id: session.id }).first();
  const rec = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
  if (!last) throw new Error('no answer was sent');
  if (!last) throw new Error('no answer was sent');
  return { start, final: last, scores, totals, rec, session };
};

describe('the Ikigai phase over HTTP with Gemini (fake server, real SDK)', function () {
  this.timeout(60_000);
  let fake: FakeGemini;
  let app: TestApp;
  before(async () => {
    fake = await startFakeGemini({ modelVersion: 'gemini-2.5-flash-001' });
    app = await testApp({
      AI_PROVIDER: 'gemini',
      GEMINI_API_KEY: fake.apiKey,
      GEMINI_BASE_URL: fake.url,
      GEMINI_MODEL: 'gemini-2.5-flash',
      AI_TIMEOUT_MS: '2000',
    });
  });
  after(async () => fake.close());
  beforeEach(() => fake.reset());

  it('scores with four parallel relevance calls and stores the model that answered', async () => {
    fake.setHandler(smartResponder);
    const { start, final, scores, rec } = await runIkigai(app);
    expect(start.body.candidates_with_content[0].dimension_content.what_you_love).to.not.equal(
      'Deskripsi tidak tersedia.',
    );
    expect(final.status).to.equal(200);
    expect(fake.requests.filter((r) => r.callType === 'relevance')).to.have.length(4);
    expect(scores.ai_model_used).to.equal('gemini-2.5-flash-001');
    expect(scores.scores_data.metadata).to.include({ fallback_used: false });
    expect(rec.ai_model_used).to.equal('gemini-2.5-flash-001');
    expect(rec.recommendations_data.generation_context.narrative_fallback_used).to.equal(false);
  });

  it('one failing dimension: every candidate gets 0.5 there, fallback_used is true and the dimension is listed', async () => {
    fake.setHandler((request, index) =>
      request.callType === 'relevance' && fencedTexts(request.prompt).join(' ').includes('statistik')
        ? reply.serverError()
        : smartResponder(request, index),
    );
    const { final, scores } = await runIkigai(app);
    expect(final.status).to.equal(200);
    expect(scores.scores_data.metadata).to.include({ fallback_used: true });
    expect(scores.scores_data.metadata.failed_dimensions).to.deep.equal(['what_you_are_good_at']);
    const goodAt = scores.scores_data.dimension_scores.what_you_are_good_at as {
      r_raw: number;
      r_normalized: number;
    }[];
    expect(goodAt.every((e) => e.r_raw === 0.5 && e.r_normalized === 0.5)).to.equal(true);
  });

  it('all four failing and the narrative failing: still a ranked, honest result with fallback texts', async () => {
    fake.setHandler((request, index) =>
      request.callType === 'relevance' || request.callType === 'narrative'
        ? reply.serverError()
        : smartResponder(request, index),
    );
    const { final, scores, totals, rec } = await runIkigai(app);
    expect(final.status).to.equal(200);
    expect(final.body.top_2_professions).to.have.length(2);
    expect(scores.ai_model_used).to.equal('none');
    expect(scores.scores_data.metadata.failed_dimensions).to.deep.equal([...DIMENSIONS]);
    expect(totals.scores_data.profession_scores.map((p: { rank: number }) => p.rank)[0]).to.equal(1);
    expect(rec.ai_model_used).to.equal('none');
    expect(rec.recommendations_data.generation_context.narrative_fallback_used).to.equal(true);
    expect(rec.recommendations_data.recommended_professions[0].match_reasoning)
      .to.be.a('string')
      .with.length.above(20);
  });

  it('content generation failing shows placeholder texts and is not cached', async () => {
    // A fresh app: the earlier failures opened the shared client's circuit breaker, as they should.
    const app = await testApp({
      AI_PROVIDER: 'gemini',
      GEMINI_API_KEY: fake.apiKey,
      GEMINI_BASE_URL: fake.url,
      AI_TIMEOUT_MS: '2000',
    });
    fake.setHandler((request, index) =>
      request.callType === 'content' ? reply.serverError() : smartResponder(request, index),
    );
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    const start = await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    expect(start.status).to.equal(200);
    expect(start.body.candidates_with_content[0].dimension_content.what_you_love).to.equal(
      'Deskripsi tidak tersedia.',
    );
    fake.setHandler(smartResponder);
    const content = await app.http.get(`${API}/ikigai/content/${token}`).set(user.headers);
    expect(content.body.from_cache).to.equal(false);
    expect(content.body.candidates_with_content[0].dimension_content.what_you_love).to.not.equal(
      'Deskripsi tidak tersedia.',
    );
  });
});
