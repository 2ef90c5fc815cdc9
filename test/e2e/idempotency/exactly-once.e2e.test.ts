import { createKnex } from '@kenali/adapters';
import { expect } from 'chai';
import type { Knex } from 'knex';
import type { Response } from 'supertest';
import { API, DIMENSIONS, completeRiasec, researchAnswers } from '../../support/flows.js';
import { ledgerCount, sessionCount, sleep } from '../../support/hold.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { testDatabase } from '../../support/database.js';
import { PgFaultProxy } from '../../support/pg-fault-proxy.js';

/** The statement that records an outcome (ADR 0007): inside the business transaction, or after it. */
const OUTCOME_WRITE = "update idempotency_keys set state = 'completed'";

/**
 * Issue 17 / ADR 0017: the connection to PostgreSQL dies exactly between the effect and the outcome write
 * (and at COMMIT). The client never gets an unrecorded 2xx and never a 500; the retry with the same key
 * converges to one answer, replayed byte for byte, and one charge.
 */
describe('exactly-once answers with the database connection cut at chosen moments (issue 17)', function () {
  this.timeout(60_000);
  let proxy: PgFaultProxy;
  let knex: Knex;
  let app: TestApp;
  let direct: Knex;
  before(async () => {
    const db = await testDatabase();
    direct = db.knex;
    const target = new URL(db.url);
    proxy = await PgFaultProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    knex = createKnex(proxy.urlFor(db.url), { poolMax: 4, acquireTimeoutMs: 3000 });
    app = await testApp({ IDEMPOTENCY_LEASE_SECONDS: '1' }, { knex });
  });
  after(async () => {
    await knex?.destroy();
    await proxy?.close();
  });
  afterEach(() => proxy.clearRules());

  /** Retries with the same key until the answer is no longer "try again" (503 or 409 in flight). */
  const settle = async (send: () => Promise<Response>): Promise<Response> => {
    for (let i = 0; i < 40; i++) {
      const res = await send();
      if (res.status !== 503 && res.status !== 409) return res;
      await sleep(Number(res.headers['retry-after'] ?? 1) * 100);
    }
    throw new Error('the key never settled');
  };

  const startWith = (user: { headers: Record<string, string> }, key: string) => () =>
    app.http
      .post(`${API}/recommendation/start`)
      .set(user.headers)
      .set('idempotency-key', key)
      .send({ persona_type: 'BUILDER' });

  it('a start whose connection dies at the in-transaction outcome write: 503, nothing charged, then one charge replayed byte for byte', async () => {
    const user = await createUser(direct, { tokens: 9 });
    const send = startWith(user, 'cut-outcome');
    const rule = proxy.dropOn(OUTCOME_WRITE, 'before');
    const first = await send();
    await rule.dropped;
    expect(first.status).to.equal(503);
    expect(first.body.type).to.match(/storage-unavailable$/);
    expect(first.headers['retry-after']).to.match(/^\d+$/);
    expect(await ledgerCount(direct, user.id)).to.equal(0);
    expect(await sessionCount(direct, user.id)).to.equal(0);

    const answer = await settle(send);
    expect(answer.status).to.equal(200);
    const replay = await send();
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(answer.text);
    expect(await ledgerCount(direct, user.id)).to.equal(1);
  });

  it('a start whose COMMIT is sent but never answered: 503 (not 500), and the retry resolves the key to one charge', async () => {
    const user = await createUser(direct, { tokens: 9 });
    const send = startWith(user, 'cut-commit');
    const rule = proxy.dropOn('COMMIT', 'after');
    const first = await send();
    await rule.dropped;
    expect(first.status).to.equal(503);
    const answer = await settle(send);
    expect(answer.status).to.equal(200);
    const replays = await Promise.all([send(), send()]);
    for (const replay of replays) expect(replay.text).to.equal(answer.text);
    expect(await ledgerCount(direct, user.id)).to.equal(1);
    expect(await sessionCount(direct, user.id)).to.equal(1);
  });

  it('submit-dimension whose outcome write after the commit dies: 503, never the unrecorded 200; the retry answers once and replays', async () => {
    const user = await createUser(direct);
    const { token, candidates } = await completeRiasec(app, user);
    expect(
      (await app.http.post(`${API}/ikigai/start`).set(user.headers).send({ session_token: token })).status,
    ).to.equal(200);
    const answer = researchAnswers(candidates[0].profession_id).what_you_love;
    const send = () =>
      app.http
        .post(`${API}/ikigai/submit-dimension`)
        .set(user.headers)
        .set('idempotency-key', 'cut-dimension')
        .send({
          session_token: token,
          dimension_name: DIMENSIONS[0],
          selected_profession_id: answer.selected,
          selection_type: 'selected',
          reasoning_text: answer.text,
        });
    const rule = proxy.dropOn(OUTCOME_WRITE, 'before');
    const first = await send();
    await rule.dropped;
    expect(first.status).to.equal(503);
    expect(first.headers['idempotent-replayed']).to.equal(undefined);

    const settled = await settle(send);
    expect(settled.status).to.equal(200);
    expect(settled.body).to.include({ dimension_saved: DIMENSIONS[0] });
    const replay = await send();
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(settled.text);
    const stored = await direct('idempotency_keys').where({ user_id: user.id, key: 'cut-dimension' });
    expect(stored).to.have.length(1);
    expect(stored[0].state).to.equal('completed');
  });
});
