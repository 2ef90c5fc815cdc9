import { expect } from 'chai';
import { migrateLatest } from '../../../packages/adapters/src/postgres/migrator.js';
import { seedDemoContent } from '../../../packages/adapters/src/seed/seed-demo-content.js';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';

/**
 * Issue 15, item 3: `kenali seed` never collides with ids another seeder chose. Here the Go admin numbered
 * the categories its own way (CAREER_PROFILE is not 3) and gave two RIASEC codes ids that kenali's seed uses
 * for other codes; before the fix the seed's one insert handed a sequence id to a displaced code that another
 * row of the same insert carried explicitly, and the whole seed rolled back on the primary key.
 */
describe('kenali seed on a database where the Go side chose other ids (issue 15)', function () {
  this.timeout(60_000);
  let scratch: ScratchDatabase;

  before(async function () {
    scratch = await createScratchDatabase();
    await migrateLatest(scratch.knex);
    await scratch.knex('kenalidiri_categories').insert([
      { id: 1, category_code: 'FEEDBACK', category_name: 'Umpan balik', detail_table_name: 'x' },
      { id: 2, category_code: 'PERSONALITY', category_name: 'Kepribadian', detail_table_name: 'x' },
      { id: 7, category_code: 'CAREER_PROFILE', category_name: 'Profil Karier Go', detail_table_name: 'x' },
    ]);
    await scratch.knex('riasec_codes').insert([
      { id: 1, riasec_code: 'CR', riasec_title: 'Go CR' },
      { id: 2, riasec_code: 'CS', riasec_title: 'Go CS' },
    ]);
  });
  after(async function () {
    await scratch?.drop();
  });

  it('seeds every missing row, keeps the ones there and their ids, and a second seed adds nothing', async function () {
    const { knex } = scratch;
    const report = await seedDemoContent(knex);
    expect(report.riasec_codes).to.equal(154);

    const careerProfile = await knex('kenalidiri_categories').where({ category_code: 'CAREER_PROFILE' });
    expect(
      careerProfile.map((c: { id: number; category_name: string }) => [c.id, c.category_name]),
    ).to.deep.equal([[7, 'Profil Karier Go']]);
    const codes = await knex('riasec_codes')
      .orderBy('id')
      .select<{ id: number; riasec_code: string }[]>('id', 'riasec_code');
    expect(codes).to.have.length(156);
    expect(new Set(codes.map((c) => c.riasec_code)).size).to.equal(156);
    expect(codes.slice(0, 2)).to.deep.equal([
      { id: 1, riasec_code: 'CR' },
      { id: 2, riasec_code: 'CS' },
    ]);
    expect(await knex('riasec_codes').where({ id: 1 }).first('riasec_title')).to.deep.equal({
      riasec_title: 'Go CR',
    });

    expect(await seedDemoContent(knex)).to.deep.equal({
      categories: 0,
      riasec_codes: 0,
      questions: 0,
      professions: 0,
    });
    // The sequences stand past every id, so the Go admin's next insert gets a free one.
    const { rows } = await knex.raw<{ rows: { next: string }[] }>(
      `select nextval(pg_get_serial_sequence('riasec_codes', 'id')) as next`,
    );
    expect(Number(rows[0].next)).to.be.greaterThan(Math.max(...codes.map((c) => c.id)));
  });
});
