import { expect } from 'chai';
import { migrateLatest, migrationSource } from '../../../packages/adapters/src/postgres/migrator.js';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';

/** Counts the statements knex sends while `run` runs. */
const statements = async (db: ScratchDatabase, run: () => Promise<unknown>): Promise<string[]> => {
  const sent: string[] = [];
  const record = (query: { sql: string }) => sent.push(query.sql);
  db.knex.on('query', record);
  try {
    await run();
  } finally {
    db.knex.off('query', record);
  }
  return sent;
};

describe('migrateLatest on a migrated database (issue 18: fast restart)', function () {
  this.timeout(120_000);
  let db: ScratchDatabase;
  before(async () => {
    db = await createScratchDatabase();
    await migrateLatest(db.knex);
  });
  after(async () => db.drop());

  it('nothing pending: one read of knex_migrations, no lock, nothing applied', async () => {
    let run: Awaited<ReturnType<typeof migrateLatest>> | undefined;
    const sent = await statements(db, async () => (run = await migrateLatest(db.knex)));
    expect(run?.migrations).to.deep.equal([]);
    expect(sent).to.have.length(1);
    expect(sent[0]).to.match(/from "knex_migrations"/);
  });

  it('a pending migration (its row removed) is applied again under the lock', async () => {
    const files = await migrationSource.getMigrations([]);
    const last = files[files.length - 1]?.name ?? '';
    // The last migration's objects exist, so take them away with its own down() before forgetting it.
    const migration = await migrationSource.getMigration(files[files.length - 1]);
    await db.knex.transaction(async (trx) => migration.down?.(trx));
    await db.knex('knex_migrations').where({ name: last }).delete();
    const sent = await statements(db, async () => {
      expect((await migrateLatest(db.knex)).migrations).to.deep.equal([last]);
    });
    expect(sent.some((sql) => /knex_migrations_lock/.test(sql))).to.equal(true);
  });

  it('a migration the files do not know (a newer kenali ran here) is still reported by knex', async () => {
    await db
      .knex('knex_migrations')
      .insert({ name: '29991231000099_from_the_future', batch: 99, migration_time: new Date() });
    try {
      const failure = await migrateLatest(db.knex).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(String(failure)).to.match(/corrupt/i);
    } finally {
      await db.knex('knex_migrations').where({ name: '29991231000099_from_the_future' }).delete();
    }
  });
});
