import { randomUUID } from 'node:crypto';
import { buildContainer, resolvePhysicalSchema } from '@kenali/adapters';
import { createApp } from '@kenali/http';
import { expect } from 'chai';
import { pino } from 'pino';
import supertest from 'supertest';
import { planMigrations } from '../../../packages/adapters/src/postgres/adoption/migration-plan.js';
import { migrateLatest } from '../../../packages/adapters/src/postgres/migrator.js';
import { seedDemoContent } from '../../../packages/adapters/src/seed/seed-demo-content.js';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';
import { type TestApp, createUser, testConfig } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck, completeRecommendation } from '../../support/result-flows.js';
import {
  type CatalogueEntry,
  type UpstreamSchema,
  catalogueSnapshot,
  loadUpstreamSchema,
} from '../../support/upstream-schema.js';

/** The app on one scratch database, with the physical names resolved as `serve` does at start-up. */
const appOn = async (scratch: ScratchDatabase): Promise<TestApp> => {
  const config = testConfig(scratch.url);
  const schema = await resolvePhysicalSchema(scratch.knex);
  const container = buildContainer(config, {
    knex: scratch.knex,
    schema,
    redis: undefined,
    logger: pino({ level: process.env.ADOPTION_LOG ?? 'silent' }),
  });
  const app = createApp(container);
  const callback = app.callback();
  return { http: supertest(callback), knex: scratch.knex, config, callback, app };
};

const key = (e: CatalogueEntry) => `${e.kind} ${e.table}.${e.name}`;

const variants: readonly { name: string; schema: UpstreamSchema; upstreamCategories: boolean }[] = [
  { name: 'the Go-created production schema', schema: 'go', upstreamCategories: false },
  { name: "upstream's Alembic schema", schema: 'alembic', upstreamCategories: false },
  {
    name: "the Alembic schema after upstream's category seeder",
    schema: 'alembic',
    upstreamCategories: true,
  },
  { name: "the Go schema after upstream's category seeder", schema: 'go', upstreamCategories: true },
];

for (const variant of variants) {
  describe(`drop-in on ${variant.name} (ADR 0015)`, function () {
    this.timeout(120_000);
    let scratch: ScratchDatabase;
    let original: CatalogueEntry[];
    let app: TestApp;

    before(async function () {
      scratch = await createScratchDatabase();
      await loadUpstreamSchema(scratch.url, variant.schema);
      if (variant.upstreamCategories) {
        // As upstream's seeder does: CAREER_PROFILE explicitly as id 1, the sequence untouched.
        await scratch.knex('kenalidiri_categories').insert({
          id: 1,
          category_code: 'CAREER_PROFILE',
          category_name: 'Profil Karier',
          detail_table_name: 'careerprofile_test_sessions',
        });
      }
      original = await catalogueSnapshot(scratch.knex);
    });
    after(async function () {
      await scratch?.drop();
    });

    it('plans the adoption without changing anything', async function () {
      const plan = await planMigrations(scratch.knex);
      expect(plan.pending).to.have.length.greaterThan(10);
      expect(plan.lines).to.include(
        'adopt  table careerprofile_test_sessions (kept as it is, rows untouched)',
      );
      expect(plan.lines).to.include('create table user_career_profile');
      expect(await catalogueSnapshot(scratch.knex)).to.deep.equal(original);
    });

    it('migrates up and seeds, dropping, renaming or retyping nothing, and a second run is a no-op', async function () {
      await migrateLatest(scratch.knex);
      await seedDemoContent(scratch.knex);
      const adopted = new Map((await catalogueSnapshot(scratch.knex)).map((e) => [key(e), e.definition]));
      for (const entry of original) expect(adopted.get(key(entry)), key(entry)).to.equal(entry.definition);
      expect((await migrateLatest(scratch.knex)).migrations).to.deep.equal([]);
      expect((await planMigrations(scratch.knex)).pending).to.deep.equal([]);
      const categories = await scratch.knex('kenalidiri_categories').pluck('category_code');
      expect(categories.filter((c: string) => c === 'CAREER_PROFILE')).to.have.length(1);
      app = await appOn(scratch);
    });

    it('runs both goals to their results through HTTP, in the names this database has', async function () {
      const user = await createUser(app.knex, { fullname: 'Rina Maharani' });
      const recommendation = await completeRecommendation(app, user);
      const fitCheck = await completeFitCheck(app, user);
      for (const tab of ['recommendation', 'personality']) {
        const res = await app.http.get(`${RESULT}/${tab}/${recommendation}`).set(user.headers);
        expect(res.status, `${tab}: ${JSON.stringify(res.body)}`).to.equal(200);
      }
      const fit = await app.http.get(`${RESULT}/fit-check/${fitCheck}`).set(user.headers);
      expect(fit.status, JSON.stringify(fit.body)).to.equal(200);

      const session = await app
        .knex('careerprofile_test_sessions')
        .where({ session_token: recommendation })
        .first();
      const underscored = variant.schema === 'alembic';
      const answers = await app.knex('ikigai_responses').where({ test_session_id: session.id }).first();
      const love = answers[underscored ? 'dimension_1_love' : 'dimension1_love'];
      expect(love).to.have.property('reasoning_text');
      const totals = await app.knex('ikigai_total_scores').where({ test_session_id: session.id }).first();
      expect(totals[underscored ? 'top_profession_1_id' : 'top_profession1_id']).to.be.a('number');
      const rec = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
      expect(rec.top_profession1_id).to.equal(
        totals[underscored ? 'top_profession_1_id' : 'top_profession1_id'],
      );
      if (underscored) expect(rec.test_goal).to.equal('RECOMMENDATION');
      // The history row names CAREER_PROFILE by code, whatever id it has here.
      const history = await app
        .knex('kenalidiri_history as h')
        .join('kenalidiri_categories as c', 'c.id', 'h.test_category_id')
        .where({ 'h.detail_session_id': session.id })
        .first('c.category_code', 'h.status');
      expect(history).to.deep.equal({ category_code: 'CAREER_PROFILE', status: 'completed' });
      expect(session.riasec_completed_at).to.be.an.instanceOf(Date);
    });

    it('keeps a started session free of phase timestamps even where the schema defaults them to now()', async function () {
      const user = await createUser(app.knex);
      const res = await app.http
        .post('/api/v1/career-profile/recommendation/start')
        .set(user.headers)
        .set('idempotency-key', randomUUID())
        .send({ persona_type: 'PATHFINDER' });
      expect(res.status).to.be.oneOf([200, 201]);
      const row = await app
        .knex('careerprofile_test_sessions')
        .where({ session_token: res.body.session_token })
        .first('riasec_completed_at', 'ikigai_completed_at');
      expect(row).to.deep.equal({ riasec_completed_at: null, ikigai_completed_at: null });
    });
  });
}
