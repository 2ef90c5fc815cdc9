// @ts-nocheck
import { expect } from 'chai';
import { type FakeGemini, reply, smartResponder, startFakeGemini } from '../../support/fake-gemini.js';
import { testDatabase } from '../../support/database.js';
import {
  API,
  DIMENSIONS,
  completeRiasec,
  researchAnswers,
  sessionRow,
  submitDimension,
} from '../../support/flows.js';
import { sleep } from '../../support/hold.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { startServerProcess } from '../../support/server-process.js';

describe('a final Ikigai submit killed during its AI calls resumes exactly once (issue 4.4, 6.2)', function () {
  this.timeout(120_000);
  let fake: FakeGemini;
  let app: TestApp;
  let url: string;
  before(async () => {
    fake = await startFakeGemini();
    app = await testApp();
    url = (await testDatabase()).url;
  });
  after(async () => fake.close());

  it('kill -9 while the four scoring calls hang, restart, retry with the same key: scored once, then replayed', async () => {
    const env = {
      DATABASE_URL: url,
      AI_PROVIDER: 'gemini',
      GEMINI_API_KEY: fake.apiKey,
      GEMINI_BASE_URL: fake.url,
      IDEMPOTENCY_LEASE_SECONDS: '2',
      AI_TIMEOUT_MS: '10000',
    };
    const user = await createUser(app.knex);
    const { token } = await completeRiasec(app, user);
    await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
    const answers = researchAnswers(null);
    for (const key of DIMENSIONS.slice(0, 3))
      await submitDimension(app, user, token, key, null, answers[key].text);

    // Scoring calls hang long enough to kill the server in the middle of them.
    fake.setHandler(async (request, index) =>
      request.callType === 'relevance'
        ? reply.delay(8000, await smartResponder(request, index))
        : smartResponder(request, index),
    );
    const finalBody = JSON.stringify({
      session_token: token,
      dimension_name: 'what_you_can_be_paid_for',
      selected_profession_id: null,
      selection_type: 'not_selected',
      reasoning_text: answers.what_you_can_be_paid_for.text,
    });
    const send = (server: string) =>
      fetch(`${server}${API}/ikigai/submit-dimension`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-user-id': user.id,
          'idempotency-key': 'final-answer',
        },
        body: finalBody,
      });
    const victim = await startServerProcess(env);
    const doomed = send(victim.url).catch((error: unknown) => error);
    const deadline = Date.now() + 10_000;
    while (fake.requests.filter((r) => r.callType === 'relevance').length < 4 && Date.now() < deadline)
      await sleep(50);
    expect(fake.requests.filter((r) => r.callType === 'relevance')).to.have.length(4);
    await victim.crash();
    expect(await doomed).to.be.instanceOf(Error);
    const session = await sessionRow(app, token);
    expect(session.status).to.equal('ikigai_ongoing');
    expect(await app.knex('ikigai_total_scores').where({ test_session_id: session.id })).to.have.length(0);

    fake.setHandler(smartResponder);
    const survivor = await startServerProcess(env);
    try {
      let res = await send(survivor.url);
      const until = Date.now() + 8000;
      while (res.status === 409 && Date.now() < until) {
        await sleep(250);
        res = await send(survivor.url);
      }
      expect(res.status).to.equal(200);
      const body = (await res.json()) as { status: string };
      expect(body.status).to.equal('completed');
      const replay = await send(survivor.url);
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
      expect(await app.knex('ikigai_total_scores').where({ test_session_id: session.id })).to.have.length(1);
      expect(await app.knex('career_recommendations').where({ test_session_id: session.id })).to.have.length(
        1,
      );
      expect((await sessionRow(app, token)).status).to.equal('completed');
    } finally {
      await survivor.stop();
    }
  });
});
