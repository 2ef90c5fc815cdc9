import { expect } from 'chai';
import { API } from '../../support/flows.js';
import { holdWallet, ledgerCount, sessionCount, sleep, untilBlockedOnLock } from '../../support/hold.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';

const START = `${API}/recommendation/start`;
const body = { persona_type: 'BUILDER' };

describe('idempotent POSTs under concurrency (E)', function () {
  this.timeout(120_000);
  let app: TestApp;
  before(async () => {
    app = await testApp();
  });
  const start = (headers: Record<string, string>, key: string, extra: Record<string, string> = {}) =>
    app.http.post(START).set(headers).set('idempotency-key', key).set(extra).send(body);

  it('E1: a duplicate of a request in flight gets 409 + Retry-After at once, then the replay; one charge', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const release = await holdWallet(app.knex, user.id);
    const original = start(user.headers, 'held-1').then((r) => r);
    await untilBlockedOnLock(app.knex);
    // "At once": the original cannot finish while the wallet is held, so a 409 now did not wait for it.
    const duplicate = await start(user.headers, 'held-1');
    expect(duplicate.status).to.equal(409);
    expect(duplicate.headers['retry-after']).to.match(/^\d+$/);
    expect(duplicate.body.type).to.match(/idempotency-in-flight$/);
    await release();
    const first = await original;
    expect(first.status).to.equal(200);
    const replay = await start(user.headers, 'held-1');
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(first.text);
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });

  it('E1w: Prefer: wait=N holds the duplicate until the original finishes, then replays it', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const release = await holdWallet(app.knex, user.id);
    const original = start(user.headers, 'wait-1').then((r) => r);
    await untilBlockedOnLock(app.knex);
    const waiting = start(user.headers, 'wait-1', { prefer: 'wait=5' }).then((r) => r);
    // Held, not answered: the duplicate is still open while the original is blocked (up to its 5 s wait).
    const early = await Promise.race([waiting.then(() => 'answered'), sleep(700).then(() => 'open')]);
    expect(early).to.equal('open');
    await release();
    const [first, replay] = await Promise.all([original, waiting]);
    expect(replay.status).to.equal(200);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(first.text);
  });

  it('E2: 50 concurrent identical requests, repeated 20 times, execute and charge exactly once each time', async () => {
    for (let round = 0; round < 20; round++) {
      const user = await createUser(app.knex, { tokens: 9 });
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => start(user.headers, `storm-${round}`)),
      );
      const statuses = new Set(responses.map((r) => r.status));
      expect(
        [...statuses].every((s) => s === 200 || s === 409),
        `round ${round}: ${[...statuses].join(',')}`,
      ).to.equal(true);
      const created = responses.filter((r) => r.status === 200);
      expect(new Set(created.map((r) => r.text)).size, `round ${round}`).to.equal(1);
      expect(created.filter((r) => r.headers['idempotent-replayed'] === 'false')).to.have.length(1);
      expect(await ledgerCount(app.knex, user.id), `round ${round}`).to.equal(1);
      expect(await sessionCount(app.knex, user.id)).to.equal(1);
    }
  });

  it('E3: concurrent conflicting payloads under one key: exactly one executes, the other is 409 or 422', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const [a, b] = await Promise.all([
      app.http
        .post(START)
        .set(user.headers)
        .set('idempotency-key', 'conflict-1')
        .send({ persona_type: 'BUILDER' }),
      app.http
        .post(START)
        .set(user.headers)
        .set('idempotency-key', 'conflict-1')
        .send({ persona_type: 'ACHIEVER' }),
    ]);
    expect([a.status, b.status].filter((s) => s === 200)).to.have.length(1);
    expect([a.status, b.status].filter((s) => s === 409 || s === 422)).to.have.length(1);
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });

  it('E6: 20 concurrent keyless duplicates execute once', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => app.http.post(START).set(user.headers).send(body)),
    );
    expect(responses.every((r) => r.status === 200 || r.status === 409)).to.equal(true);
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });
});
