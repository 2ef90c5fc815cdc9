import { createKnex } from '@kenali/adapters';
import { expect } from 'chai';
import type { Knex } from 'knex';
import type { Response } from 'supertest';
import { API } from '../../support/flows.js';
import { ledgerCount, sessionCount, sleep } from '../../support/hold.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { testDatabase } from '../../support/database.js';
import { I_SINGLE, answersFor } from '../../support/riasec-answers.js';

const VICTIM = 'kenali-terminate-test';
const USERS = 24;
const ATTEMPTS = 60;

/**
 * Issue 17: PostgreSQL backends of the service are terminated (pg_terminate_backend) again and again while
 * keyed, paid starts run concurrently and retry. No answer may be a 500; every key converges to one outcome,
 * replayed byte for byte, and one charge.
 */
describe('backends terminated mid-transaction under concurrent load (issue 17)', function () {
  this.timeout(180_000);
  let knex: Knex;
  let direct: Knex;
  let app: TestApp;
  before(async () => {
    const db = await testDatabase();
    direct = db.knex;
    knex = createKnex(db.url, { applicationName: VICTIM, poolMax: 8, acquireTimeoutMs: 3000 });
    app = await testApp({ IDEMPOTENCY_LEASE_SECONDS: '1' }, { knex });
  });
  after(async () => {
    await knex?.destroy();
  });

  it('answers no 500, and every retried key ends with one outcome and one charge', async () => {
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    let terminated = 0;
    let killing = true;
    const killer = (async () => {
      while (killing) {
        const result: { rows: unknown[] } = await direct.raw(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = ? and pid <> pg_backend_pid()`,
          [VICTIM],
        );
        terminated += result.rows.length;
        await sleep(15 + Math.random() * 25);
      }
    })();

    const users: TestUser[] = [];
    for (let i = 0; i < USERS; i++) users.push(await createUser(direct, { tokens: 9 }));
    const send = (user: TestUser) =>
      app.http
        .post(`${API}/recommendation/start`)
        .set(user.headers)
        .set('idempotency-key', `terminate-${user.id}`)
        .send({ persona_type: 'BUILDER' });
    /** Retries the key as a client would: after a 503 or a 409 in flight, until it settles. */
    const settle = async (user: TestUser, stopKillingAfter: number): Promise<Response> => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (attempt === stopKillingAfter) killing = false;
        const res = await send(user);
        count(res.status);
        if (res.status !== 503 && res.status !== 409) return res;
        await sleep(50 + Math.random() * 100);
      }
      throw new Error(`key of ${user.id} never settled`);
    };

    let settled: Response[];
    try {
      settled = await Promise.all(users.map((user) => settle(user, ATTEMPTS - 20)));
    } finally {
      killing = false;
      await killer;
    }
    const report = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    console.log(`      [terminate] ${terminated} backends terminated; answers: ${report}`);

    expect(statuses.get(500) ?? 0, 'answers that were 500').to.equal(0);
    expect(terminated, 'the test must actually terminate backends').to.be.greaterThan(0);
    for (const [i, user] of users.entries()) {
      expect(settled[i].status, `final answer of user ${i}`).to.equal(200);
      const replay = await send(user);
      expect(replay.headers['idempotent-replayed']).to.equal('true');
      expect(replay.text).to.equal(settled[i].text);
      expect(await ledgerCount(direct, user.id), `charges of user ${i}`).to.equal(1);
      expect(await sessionCount(direct, user.id), `sessions of user ${i}`).to.equal(1);
    }
  });
  it('also for RIASEC submits and the multi-step ikigai/start: no 500, one stored answer per key', async () => {
    const users: TestUser[] = [];
    const tokens = new Map<string, string>();
    for (let i = 0; i < 12; i++) {
      const user = await createUser(direct, { tokens: 9 });
      const started = await app.http
        .post(`${API}/recommendation/start`)
        .set(user.headers)
        .send({ persona_type: 'BUILDER' });
      expect(started.status).to.equal(200);
      tokens.set(user.id, started.body.session_token as string);
      users.push(user);
    }
    const statuses = new Map<number, number>();
    let terminated = 0;
    let killing = true;
    const killer = (async () => {
      while (killing) {
        const result: { rows: unknown[] } = await direct.raw(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = ? and pid <> pg_backend_pid()`,
          [VICTIM],
        );
        terminated += result.rows.length;
        await sleep(15 + Math.random() * 25);
      }
    })();
    const post = (user: TestUser, path: string, key: string, body: object) => () =>
      app.http.post(`${API}${path}`).set(user.headers).set('idempotency-key', key).send(body);
    const settle = async (send: () => Promise<Response>): Promise<Response> => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        if (attempt === ATTEMPTS - 20) killing = false;
        const res = await send();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status !== 503 && res.status !== 409) return res;
        await sleep(50 + Math.random() * 100);
      }
      throw new Error('a key never settled');
    };
    const flows = users.map((user) => {
      const token = tokens.get(user.id) ?? '';
      return {
        user,
        submit: post(user, '/riasec/submit', `riasec-${user.id}`, {
          session_token: token,
          responses: answersFor(I_SINGLE),
        }),
        ikigai: post(user, '/ikigai/start', `ikigai-${user.id}`, { session_token: token }),
      };
    });
    let answers: Response[][];
    try {
      answers = await Promise.all(
        flows.map(async (flow) => [await settle(flow.submit), await settle(flow.ikigai)]),
      );
    } finally {
      killing = false;
      await killer;
    }
    const report = [...statuses.entries()].map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(`      [terminate] ${terminated} backends terminated; answers: ${report}`);
    expect(statuses.get(500) ?? 0, 'answers that were 500').to.equal(0);
    for (const [i, flow] of flows.entries()) {
      const [submitted, ikigai] = answers[i];
      expect([submitted.status, ikigai.status], `user ${i}`).to.deep.equal([200, 200]);
      expect((await flow.submit()).text).to.equal(submitted.text);
      expect((await flow.ikigai()).text).to.equal(ikigai.text);
      const session = await direct('careerprofile_test_sessions')
        .where({ session_token: tokens.get(flow.user.id) })
        .first();
      expect(session.status).to.equal('ikigai_ongoing');
      expect(await ledgerCount(direct, flow.user.id)).to.equal(1);
    }
  });
});
