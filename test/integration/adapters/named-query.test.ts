import { expect } from 'chai';
import { namedQuery, statement } from '../../../packages/adapters/src/postgres/named-query.js';
import { testDatabase } from '../../support/database.js';

// Placeholders out of order and repeated: the transaction path must bind each `$n` to its own value.
const STATEMENT = {
  name: 'kenali_test_named_query_v1',
  text: 'select $2::text as second, $1::int + 1 as next, $2::text || $1::text as both',
};

describe('namedQuery: one named statement on the pool or inside a transaction', () => {
  it('answers the same rows on a pooled connection and on a transaction connection', async () => {
    const { knex } = await testDatabase();
    const expected = [{ second: 'b', next: 42, both: 'b41' }];
    expect(await namedQuery(knex, STATEMENT, [41, 'b'])).to.deep.equal(expected);
    // Twice on the pool: the second run reuses the statement prepared on that connection.
    expect(await namedQuery(knex, STATEMENT, [41, 'b'])).to.deep.equal(expected);
    const inTransaction = await knex.transaction((trx) => namedQuery(trx, STATEMENT, [41, 'b']));
    expect(inTransaction).to.deep.equal(expected);
  });

  it('refuses to run on a transaction that has already finished', async () => {
    const { knex } = await testDatabase();
    const trx = await knex.transaction();
    await trx.commit();
    let failure: unknown;
    await namedQuery(trx, STATEMENT, [1, 'x']).catch((e: unknown) => (failure = e));
    expect(String(failure)).to.match(/transaction already complete/);
  });

  it('sees the writes of its own transaction and rejects with the driver error on bad SQL', async () => {
    const { knex } = await testDatabase();
    const seen = await knex.transaction(async (trx) => {
      await trx.raw('create temp table nq_probe_trx (v int) on commit drop');
      await trx.raw('insert into nq_probe_trx values (7)');
      return namedQuery<{ v: number }>(
        trx,
        { name: 'kenali_test_nq_probe_v1', text: 'select v from nq_probe_trx where v = $1' },
        [7],
      );
    });
    expect(seen).to.deep.equal([{ v: 7 }]);
    let failure: unknown;
    await namedQuery(
      knex,
      { name: 'kenali_test_nq_bad_v1', text: 'select from no_such_table_xyz' },
      [],
    ).catch((e: unknown) => (failure = e));
    expect((failure as { code?: string }).code).to.equal('42P01');
    // The connection went back to the pool in a usable state.
    expect(await namedQuery(knex, STATEMENT, [1, 'x'])).to.deep.equal([{ second: 'x', next: 2, both: 'x1' }]);
  });

  it('names a knex-style text by its digest and numbers its placeholders', async () => {
    const { knex } = await testDatabase();
    const sum = statement('select ?::int + ?::int as total');
    expect(sum.text).to.equal('select $1::int + $2::int as total');
    expect(sum.name).to.match(/^k_[0-9a-f]{20}$/);
    // The same text always gets the same name; another text (a schema's other column) never shares it.
    expect(statement('select ?::int + ?::int as total')).to.deep.equal(sum);
    expect(statement('select ?::int - ?::int as total').name).to.not.equal(sum.name);
    expect(await namedQuery(knex, sum, [40, 2])).to.deep.equal([{ total: 42 }]);
  });
});
