import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { freePort } from '../../support/server-process.js';
import { fetchStatus, startServe } from '../../support/serve-process.js';

/** A session one answer away from scoring, and the request that sends that last answer (four AI calls). */
const lastAnswerPending = async (app: TestApp) => {
  const user: TestUser = await createUser(app.knex);
  const { token } = await completeRiasec(app, user);
  await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token });
  const answers = researchAnswers(null);
  for (const key of DIMENSIONS.slice(0, 3))
    await submitDimension(app, user, token, key, null, answers[key].text);
  const send = (url: string, key: string) =>
    fetch(`${url}${API}/ikigai/submit-dimension`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user-id': user.id, 'idempotency-key': key },
      body: JSON.stringify({
        session_token: token,
        dimension_name: 'what_you_can_be_paid_for',
        selected_profession_id: null,
        selection_type: 'not_selected',
        reasoning_text: answers.what_you_can_be_paid_for.text,
      }),
    });
  return { user, token, send };
};

describe('kenali serve: one process, graceful shutdown, restart after kill -9 (ADR 0019)', function () {
  this.timeout(240_000);
  let fake: FakeGemini;
  let app: TestApp;
  let url: string;
  const relevanceCalls = () => fake.requests.filter((r) => r.callType === 'relevance').length;
  const untilScoring = async (before: number) => {
    const deadline = Date.now() + 20_000;
    while (relevanceCalls() < before + 4 && Date.now() < deadline) await sleep(50);
    expect(relevanceCalls()).to.equal(before + 4);
  };
  before(async () => {
    fake = await startFakeGemini();
    app = await testApp();
    url = (await testDatabase()).url;
  });
  after(async () => fake.close());
  const geminiEnv = () => ({
    DATABASE_URL: url,
    AI_PROVIDER: 'gemini',
    GEMINI_API_KEY: fake.apiKey,
    GEMINI_BASE_URL: fake.url,
    AI_TIMEOUT_MS: '30000',
  });

  it('SIGTERM: new connections are refused at once, the request in flight completes, exit 0', async () => {
    const pending = await lastAnswerPending(app);
    fake.setHandler(async (request, index) =>
      request.callType === 'relevance'
        ? reply.delay(2500, await smartResponder(request, index))
        : smartResponder(request, index),
    );
    const serve = await startServe(await freePort(), geminiEnv());
    const before = relevanceCalls();
    const slow = pending.send(serve.url, 'lifecycle-slow');
    await untilScoring(before);
    serve.child.kill('SIGTERM');
    // Polls until the listener refuses; the deadline only turns a hang into a failure (a loaded machine may
    // take longer than the old 40 tries to deliver SIGTERM, never shorter).
    let refused: number | Error = 0;
    const deadline = Date.now() + 20_000;
    while (!(refused instanceof Error) && Date.now() < deadline) {
      refused = await fetchStatus(`${serve.url}/readyz`);
      if (!(refused instanceof Error)) await sleep(25);
    }
    expect(refused, 'a new connection after SIGTERM').to.be.instanceOf(Error);
    const answered = await slow;
    expect(answered.status).to.equal(200);
    expect((await sessionRow(app, pending.token)).status, 'scored before the exit').to.equal('completed');
    expect(await serve.exited, serve.stderr()).to.equal(0);
  });

  it('a request cut after SHUTDOWN_GRACE_MS frees its key: the retry on the next server runs at once', async () => {
    const pending = await lastAnswerPending(app);
    fake.setHandler(async (request, index) =>
      request.callType === 'relevance'
        ? reply.delay(20_000, await smartResponder(request, index))
        : smartResponder(request, index),
    );
    const port = await freePort();
    const victim = await startServe(port, { ...geminiEnv(), SHUTDOWN_GRACE_MS: '300' });
    const before = relevanceCalls();
    const doomed = pending.send(victim.url, 'lifecycle-cut').catch((error: unknown) => error);
    await untilScoring(before);
    victim.child.kill('SIGTERM');
    expect(await doomed, 'the cut request').to.be.instanceOf(Error);
    expect(await victim.exited, victim.stderr()).to.equal(0);
    const left = await app.knex('idempotency_keys').where({ user_id: pending.user.id, key: 'lifecycle-cut' });
    expect(left, 'the claim of the cut request').to.have.length(0);

    fake.setHandler(smartResponder);
    const next = await startServe(port, geminiEnv());
    try {
      // Without the release this would be 409 until the 30-second lease ran out.
      const retried = await pending.send(next.url, 'lifecycle-cut');
      expect(retried.status).to.equal(200);
      expect(retried.headers.get('idempotent-replayed')).to.equal('false');
    } finally {
      next.child.kill('SIGTERM');
      expect(await next.exited).to.equal(0);
    }
  });

  it('after kill -9 nothing holds the port: a new serve on the same port starts', async () => {
    const port = await freePort();
    const first = await startServe(port, { DATABASE_URL: url });
    first.child.kill('SIGKILL');
    expect(await first.exited).to.equal(null);
    const second = await startServe(port, { DATABASE_URL: url });
    second.child.kill('SIGTERM');
    expect(await second.exited, second.stderr()).to.equal(0);
  });

  it('standalone: kill -9 leaves no blocker for the next start, and SIGTERM stops the embedded PostgreSQL', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kenali-serve-'));
    // As root the server runs as the 'postgres' OS user, which must be able to enter the directory.
    await chmod(dataDir, 0o755);
    const env = { KENALI_DATA_DIR: dataDir };
    try {
      const port = await freePort();
      const first = await startServe(port, env, 180_000);
      first.child.kill('SIGKILL');
      await first.exited;
      // The killed process's postmaster is still running on the data dir; the next start must cope.
      const second = await startServe(port, env, 180_000);
      second.child.kill('SIGTERM');
      expect(await second.exited, second.stderr()).to.equal(0);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid')), 'a postmaster left running').to.equal(false);
      expect(existsSync(join(dataDir, 'embedded.json'))).to.equal(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
