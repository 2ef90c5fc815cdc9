// @ts-nocheck
import { SessionId } from '@kenali/domain';
import { expect } from 'chai';
import knexFactory from 'knex';
import { filtered } from '../../../packages/adapters/src/postgres/rescore-filter-sql.js';

/** A query builder only: nothing connects. */
const db = knexFactory({ client: 'pg' });
const everything = { tokens: null, since: null, until: null, scored: true, fallbackOnly: false, stuck: true };

const joinOf = (sql: string, alias: string): string => {
  const match = new RegExp(`left join "[a-z_]+" as "${alias}" on (.*?)(?= left join | where |$)`).exec(sql);
  if (!match) throw new Error(`no join of ${alias} in ${sql}`);
  return match[1];
};

describe('rescore selection SQL', function () {
  after(async function () {
    await db.destroy();
  });

  it('bounds every joined table at the keyset position, so a page never re-reads earlier rows', function () {
    const { sql, bindings } = filtered(db, everything, SessionId(500)).select('s.id').toSQL().toNative();
    for (const alias of ['t', 'd', 'r']) {
      expect(joinOf(sql, alias)).to.match(new RegExp(`"${alias}"\\."test_session_id" > \\$\\d+`));
    }
    expect(sql).to.match(/where "s"\."id" > \$\d+/);
    expect(bindings.filter((b) => b === 500)).to.have.length(4);
  });

  it('leaves the joins unbounded for a selection that starts at the beginning', function () {
    const { sql } = filtered(db, everything, null).select('s.id').toSQL().toNative();
    for (const alias of ['t', 'd', 'r']) expect(joinOf(sql, alias)).not.to.contain('>');
    expect(sql).not.to.contain('"s"."id" >');
  });
});
