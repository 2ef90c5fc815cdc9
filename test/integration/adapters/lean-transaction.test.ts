import { expect } from 'chai';
import type { Knex } from 'knex';
import { createKnex } from '../../../packages/adapters/src/postgres/knex-client.js';
import { leanTransaction } from '../../../packages/adapters/src/postgres/lean-transaction.js';
import { firstRow, statement } from '../../../packages/adapters/src/postgres/named-query.js';
import { testDatabase } from '../../support/database.js';

// ADR 0036: the unit of work's transaction without knex.transaction. Its stand-in must behave like knex's
// transaction for everything the repositories do with it, and give its connection back whatever happens.
describe('leanTransaction: one transaction on a pooled connection (issue 21)', function () {
  let knex: Knex;
  const table = `lean_probe_${process.pid}`;
  const count = async (db: Knex | Knex.Transaction = knex) =>
    Number((await db(table).count({ n: '*' }))[0].n);
  const pool = () => (knex.client as { pool: { numUsed(): number; numFree(): number } }).pool;

  before(async function () {
    this.timeout(180_000);
    knex = createKnex((await testDatabase()).url, { poolMax: 2 });
    await knex.raw(`create table if not exists ${table} (v int)`);
  });
  beforeEach(() => knex(table).delete());
  after(async () => {
    await knex.raw(`drop table if exists ${table}`);
    await knex.destroy();
  });

  it('commits what the builder, raw queries and named statements wrote, all on the one connection', async () => {
    const seen = await leanTransaction(knex, async (trx) => {
      await trx(table).insert({ v: 1 });
      await trx.raw(`insert into ${table} values (?)`, [2]);
      await firstRow(trx, statement(`insert into ${table} values (?) returning v`), [3]);
      // Inside: all three rows; outside (another connection), none yet.
      return { inside: await count(trx), outside: await count() };
    });
    expect(seen).to.deep.equal({ inside: 3, outside: 0 });
    expect(await count()).to.equal(3);
    expect(pool().numUsed()).to.equal(0);
  });

  it('rolls back and rethrows when the work throws, and gives the connection back', async () => {
    const failure = await leanTransaction(knex, async (trx) => {
      await trx(table).insert({ v: 1 });
      throw new Error('work failed');
    }).catch((e: unknown) => e);
    expect(String(failure)).to.contain('work failed');
    expect(await count()).to.equal(0);
    expect(pool().numUsed()).to.equal(0);
  });

  it('rolls back after a failing statement, so the next transaction on the connection starts clean', async () => {
    const failure = await leanTransaction(knex, async (trx) => {
      await trx(table).insert({ v: 1 });
      await trx.raw('select * from no_such_table_here');
    }).catch((e: unknown) => e);
    expect(String(failure)).to.match(/no_such_table_here/);
    // Both connections of the pool in turn: none is left inside an aborted transaction.
    for (let i = 0; i < 4; i++) await leanTransaction(knex, (trx) => trx(table).insert({ v: i }));
    expect(await count()).to.equal(4);
  });

  it('refuses to be used once it has ended', async () => {
    let leaked: Knex.Transaction | undefined;
    await leanTransaction(knex, (trx) => {
      leaked = trx;
      return Promise.resolve();
    });
    const trx = leaked as Knex.Transaction;
    expect(trx.isCompleted()).to.equal(true);
    expect(() => trx(table)).to.throw(/transaction already complete/);
    expect(() => trx.raw('select 1')).to.throw(/transaction already complete/);
    const named = await firstRow(trx, statement('select 1 as one'), []).catch((e: unknown) => e);
    expect(String(named)).to.match(/transaction already complete/);
  });

  it('drops a connection whose backend died mid-transaction: the pool replaces it and work goes on', async () => {
    const failure = await leanTransaction(knex, async (trx) => {
      const { pid } = (await firstRow<{ pid: number }>(
        trx,
        statement('select pg_backend_pid() as pid'),
        [],
      )) as {
        pid: number;
      };
      await knex.raw('select pg_terminate_backend(?)', [pid]);
      await trx(table).insert({ v: 1 });
    }).catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(Error);
    // Every later transaction succeeds: the dead connection was not handed out again.
    for (let i = 0; i < 4; i++)
      await leanTransaction(knex, (trx) => firstRow(trx, statement('select 1 as one'), []));
    expect(pool().numUsed()).to.equal(0);
    expect(await count()).to.equal(0);
  });
});
