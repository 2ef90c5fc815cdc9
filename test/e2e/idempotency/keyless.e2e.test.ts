import { expect } from 'chai';
import { API } from '../../support/flows.js';
import { keyRows, ledgerCount } from '../../support/hold.js';
import { type TestApp, createUser, testApp } from '../../support/kenali-app.js';
import { I_SINGLE, answersFor } from '../../support/riasec-answers.js';
import { changedTables, fingerprinter } from '../fuzz/row-fingerprint.js';

/**
 * The keyless double-click guard (decisions §6, ADR 0007 amended 2026-12-05): it replays only a stored
 * success, and only until the same user's next successful mutation; a refusal is never replayed without a key.
 */
describe('keyless POSTs: a double-click guard that cannot go stale (issue 17)', () => {
  let app: TestApp;
  before(async () => {
    app = await testApp({ IDEMPOTENCY_FALLBACK_WINDOW_SECONDS: '60' });
  });
  const post = (path: string, headers: Record<string, string>, body: object) =>
    app.http.post(`${API}${path}`).set(headers).send(body);

  it('a keyless 404 wallet-not-found is not replayed once the wallet exists', async () => {
    const user = await createUser(app.knex, { wallet: false });
    const refused = await post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    expect(refused.status).to.equal(404);
    expect(refused.body.type).to.match(/wallet-not-found$/);
    expect(await keyRows(app.knex, user.id)).to.have.length(0);
    await app.knex('token_wallet').insert({ user_id: user.id, balance: 9 });
    const paid = await post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    expect(paid.status).to.equal(200);
    expect(paid.headers['idempotent-replayed']).to.equal('false');
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });

  it('a keyless 400 on ikigai/start is not replayed after RIASEC is submitted', async () => {
    const user = await createUser(app.knex);
    const started = await post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    const token = started.body.session_token as string;
    const early = await post('/ikigai/start', user.headers, { session_token: token });
    expect(early.status).to.equal(400);
    const submitted = await post('/riasec/submit', user.headers, {
      session_token: token,
      responses: answersFor(I_SINGLE),
    });
    expect(submitted.status).to.equal(200);
    const ready = await post('/ikigai/start', user.headers, { session_token: token });
    expect(ready.status).to.equal(200);
    expect(ready.headers['idempotent-replayed']).to.equal('false');
    expect(ready.body.status).to.equal('ikigai_ongoing');
  });

  it('a double-click still charges once and replays the first answer byte for byte', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const first = await post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    const second = await post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    expect(first.status).to.equal(200);
    expect(second.headers['idempotent-replayed']).to.equal('true');
    expect(second.text).to.equal(first.text);
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });

  it("a later success by the same user ends the earlier keyless windows; another user's does not", async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const other = await createUser(app.knex, { tokens: 9 });
    const start = (who: typeof user) =>
      post('/recommendation/start', who.headers, { persona_type: 'BUILDER' });
    const first = await start(user);
    await start(other);
    const token = first.body.session_token as string;
    const submitted = await post('/riasec/submit', user.headers, {
      session_token: token,
      responses: answersFor(I_SINGLE),
    });
    expect(submitted.status).to.equal(200);
    // The user's state changed: the same keyless start now runs (a deliberate new test, charged again).
    const again = await start(user);
    expect(again.status).to.equal(200);
    expect(again.headers['idempotent-replayed']).to.equal('false');
    expect(again.body.session_token).to.not.equal(token);
    expect(await ledgerCount(app.knex, user.id)).to.equal(2);
    // The other user's window is untouched.
    const otherAgain = await start(other);
    expect(otherAgain.headers['idempotent-replayed']).to.equal('true');
    expect(await ledgerCount(app.knex, other.id)).to.equal(1);
  });

  it('keyed requests keep replaying their stored business errors', async () => {
    const user = await createUser(app.knex, { wallet: false });
    const keyed = () =>
      post(
        '/recommendation/start',
        { ...user.headers, 'idempotency-key': 'no-wallet' },
        {
          persona_type: 'BUILDER',
        },
      );
    const first = await keyed();
    expect(first.status).to.equal(404);
    await app.knex('token_wallet').insert({ user_id: user.id, balance: 9 });
    const replay = await keyed();
    expect(replay.status).to.equal(404);
    expect(replay.headers['idempotent-replayed']).to.equal('true');
    expect(replay.text).to.equal(first.text);
  });

  // Found by the 20,000-request fuzz run: a keyless start repeated after its window takes the dead record
  // over, is refused (409, a test is active) and frees the key, so the dead record is gone. Nothing a
  // request can see has changed; the fuzzer's row fingerprint now counts only records live when it was sent.
  it('a keyless refusal after the window leaves every live row as it was', async () => {
    const user = await createUser(app.knex, { tokens: 9 });
    const start = () => post('/recommendation/start', user.headers, { persona_type: 'BUILDER' });
    expect((await start()).status).to.equal(200);
    await app
      .knex('idempotency_keys')
      .where({ user_id: user.id })
      .update({ expires_at: app.knex.raw("now() - interval '1 second'") });
    const fingerprint = await fingerprinter(app.knex);
    const sentAt = new Date();
    const seen = await fingerprint(sentAt);
    const refused = await start();
    expect(refused.status).to.equal(409);
    expect(refused.headers['idempotent-replayed']).to.equal('false');
    expect(changedTables(seen, await fingerprint(sentAt))).to.deep.equal([]);
    expect(await keyRows(app.knex, user.id)).to.have.length(0);
    expect(await ledgerCount(app.knex, user.id)).to.equal(1);
  });
});
