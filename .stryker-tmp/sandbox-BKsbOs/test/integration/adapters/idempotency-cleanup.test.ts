// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { runCleanup } from '../../../packages/adapters/src/idempotency/cleanup-job.js';
import { PostgresIdempotencyStore } from '../../../packages/adapters/src/postgres/postgres-idempotency-store.js';
import { testDatabase } from '../../support/database.js';

// Far in the past (before the idempotency contract's own T0), so only this suite's rows are ever at stake.
const NOW = new Date('1999-06-01T00:00:00.000Z');
const PREFIX = `cleanup-${randomUUID().slice(0, 8)}`;

/** `count` rows keyed `${PREFIX}-${kind}-i`: completed, or in flight with a lease ending at `lockedUntil`. */
const insert = async (
  knex: Knex,
  kind: string,
  count: number,
  expiresAt: string,
  lockedUntil: string | null = null,
) => {
  const inFlight = lockedUntil !== null;
  await knex.raw(
    `insert into idempotency_keys (user_id, key, origin, method, route, fingerprint, state, attempt, locked_until,
       response_status, response_headers, response_body, created_at, completed_at, expires_at)
     select gen_random_uuid(), ? || '-' || g, 'header', 'POST', '/api/v1/career-profile/recommendation/start',
       md5(g::text) || md5((g + 1)::text), ?, 1, ?::timestamptz,
       ?::int, ?::jsonb, ?::bytea, ?::timestamptz - interval '1 day', ?::timestamptz, ?::timestamptz
     from generate_series(1, ?) g`,
    [
      `${PREFIX}-${kind}`,
      inFlight ? 'in_flight' : 'completed',
      lockedUntil,
      inFlight ? null : 201,
      inFlight ? null : '{"content-type":"application/json"}',
      inFlight ? null : Buffer.from('{"session_token":"x"}'),
      expiresAt,
      inFlight ? null : expiresAt,
      expiresAt,
      count,
    ],
  );
};

const counts = async (knex: Knex): Promise<Record<string, number>> => {
  const result = await knex.raw<{ rows: { kind: string; n: string }[] }>(
    `select split_part(key, '-', 3) as kind, count(*) as n from idempotency_keys where key like ? group by 1`,
    [`${PREFIX}-%`],
  );
  return Object.fromEntries(result.rows.map((r) => [r.kind, Number(r.n)]));
};

describe('idempotency cleanup against PostgreSQL', function () {
  this.timeout(60_000);
  let knex: Knex;
  before(async function () {
    this.timeout(180_000);
    knex = (await testDatabase()).knex;
  });
  afterEach(async function () {
    await knex('idempotency_keys').whereLike('key', `${PREFIX}-%`).delete();
  });

  it('deletes every expired row in paced batches and keeps the live ones', async function () {
    await insert(knex, 'expired', 1_234, '1999-05-31T00:00:00Z');
    await insert(knex, 'boundary', 7, NOW.toISOString()); // expires_at = now is not yet expired
    await insert(knex, 'live', 321, '1999-06-02T00:00:00Z');
    await insert(knex, 'leased', 11, '1999-05-31T00:00:00Z', '1999-06-01T00:05:00Z'); // in flight, lease runs
    await insert(knex, 'abandoned', 13, '1999-05-31T00:00:00Z', '1999-05-31T23:00:00Z'); // lease long over
    const store = new PostgresIdempotencyStore(knex);
    const pauses: number[] = [];
    const deleted = await runCleanup(store, NOW, {
      batchSize: 100,
      dutyCycle: 0.5,
      minPauseMs: 1,
      sleep: (ms) => {
        pauses.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    expect(deleted).to.equal(1_234 + 13);
    expect(pauses).to.have.length(Math.floor((1_234 + 13) / 100)); // none after the last, partial batch
    expect(await counts(knex)).to.deep.equal({ boundary: 7, live: 321, leased: 11 });
    expect(await runCleanup(store, NOW)).to.equal(0);
  });

  it('leaves the rest for the next run when aborted between batches', async function () {
    await insert(knex, 'expired', 1_000, '1999-05-31T00:00:00Z');
    const store = new PostgresIdempotencyStore(knex);
    const controller = new AbortController();
    let pauses = 0;
    const deleted = await runCleanup(store, NOW, {
      batchSize: 100,
      signal: controller.signal,
      sleep: () => {
        if (++pauses === 3) controller.abort();
        return Promise.resolve();
      },
    });
    expect(deleted).to.equal(300);
    expect(await counts(knex)).to.deep.equal({ expired: 700 });
    expect(await runCleanup(store, NOW, { batchSize: 1_000 })).to.equal(700);
    expect(await counts(knex)).to.deep.equal({});
  });
});
