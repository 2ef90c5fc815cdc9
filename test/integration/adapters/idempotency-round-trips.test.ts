import { randomBytes, randomUUID } from 'node:crypto';
import type { UserId } from '@kenali/domain';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { PostgresIdempotencyStore } from '../../../packages/adapters/src/postgres/postgres-idempotency-store.js';
import { testDatabase } from '../../support/database.js';
import { runRight } from '../../support/expect-either.js';
import { untilBlockedOnLock } from '../../support/hold.js';

// Issue 21: every write route claims and completes a key, so each of those is one round trip. Far in the
// past (like the contract's clock), so nothing else in a shared database is ever touched.
const T0 = new Date('2002-03-04T05:06:07.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('PostgresIdempotencyStore round trips (issue 21)', function () {
  let knex: Knex;
  let store: PostgresIdempotencyStore;
  let statements: string[];
  const record = (query: { sql: string }) => statements.push(query.sql);

  before(async function () {
    this.timeout(180_000);
    knex = (await testDatabase()).knex;
    store = new PostgresIdempotencyStore(knex);
  });
  beforeEach(function () {
    statements = [];
    knex.on('query', record);
  });
  afterEach(function () {
    knex.removeListener('query', record);
  });

  const user = () => randomUUID() as UserId;
  const claimOf = (who: UserId, key: string, fingerprint: string, now = T0) => ({
    user: who,
    key,
    origin: 'fallback' as const,
    method: 'POST',
    route: '/api/v1/career-profile/riasec/submit',
    fingerprint,
    now,
    leaseSeconds: 30,
    ttlSeconds: 60,
    maxLiveKeys: 10,
  });
  const fp = () => randomBytes(32).toString('hex');
  const ok = { status: 200, headers: { 'content-type': 'application/json' }, body: Buffer.from('{"a":1}') };

  it('claims, completes a success (ending the other keyless windows) and replays in one statement each', async function () {
    const who = user();
    const earlier = claimOf(who, `fp:${fp()}`, fp());
    const first = await runRight(store.claim(earlier));
    if (first._tag !== 'Claimed') expect.fail(`expected Claimed, got ${first._tag}`);
    await runRight(store.complete(first.ticket, ok, at(1)));
    statements = [];

    const f = fp();
    const claimed = await runRight(store.claim(claimOf(who, `fp:${f}`, f, at(2))));
    expect(statements, 'claim').to.have.length(1);
    if (claimed._tag !== 'Claimed') expect.fail(`expected Claimed, got ${claimed._tag}`);
    expect(await runRight(store.complete(claimed.ticket, ok, at(3)))).to.equal(true);
    expect(statements, 'claim + completion').to.have.length(2);
    const [ended] = await knex('idempotency_keys').where({ id: first.ticket.id }).select('expires_at');
    expect((ended as { expires_at: Date }).expires_at).to.deep.equal(at(3));
    statements = [];

    const replay = await runRight(store.claim(claimOf(who, `fp:${f}`, f, at(4))));
    expect(statements, 'replay').to.have.length(1);
    if (replay._tag !== 'Replay') expect.fail(`expected Replay, got ${replay._tag}`);
    expect(Buffer.from(replay.response.body).toString()).to.equal('{"a":1}');
    expect(await runRight(store.complete(claimed.ticket, ok, at(5))), 'a second completion').to.equal(false);
  });

  it('answers in flight from a second read when the key was inserted after the claim statement began', async function () {
    const who = user();
    const f = fp();
    // Another execution's claim, uncommitted: the claim statement's snapshot cannot see it, its insert waits.
    const other = await knex.transaction();
    try {
      await other('idempotency_keys').insert({
        user_id: who,
        key: `fp:${f}`,
        origin: 'fallback',
        method: 'POST',
        route: '/api/v1/career-profile/riasec/submit',
        fingerprint: f,
        state: 'in_flight',
        attempt: 1,
        locked_until: at(20),
        created_at: T0,
        expires_at: at(60),
      });
      const pending = store.claim(claimOf(who, `fp:${f}`, f, at(5)))();
      await untilBlockedOnLock(knex);
      await other.commit();
      const outcome = await runRight(() => pending);
      expect(outcome).to.deep.equal({ _tag: 'InFlight', retryAfterSeconds: 15, ageMs: 5000 });
    } finally {
      if (!other.isCompleted()) await other.rollback();
    }
    // The store's own statements: the claim, whose snapshot missed the row, then the read that found it.
    const mine = statements.filter((s) => /with live as|^select \* from "idempotency_keys"/.test(s));
    expect(mine.map((s) => s.trim().slice(0, 9))).to.deep.equal(['with live', 'select * ']);
  });
});
