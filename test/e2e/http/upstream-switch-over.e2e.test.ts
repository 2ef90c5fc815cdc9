import { expect } from 'chai';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';
import { API } from '../../support/flows.js';
import { type TestApp, createUser } from '../../support/kenali-app.js';
import { upstreamFiles } from '../../support/paths.js';
import { RESULT, completeFitCheck, completeRecommendation } from '../../support/result-flows.js';
import { runCli, summaryOf } from '../../support/rescore-fixtures.js';
import { type Rows, appOnAdopted, expectRowsKept } from '../../support/switch-over.js';
import {
  type UpstreamWorld,
  insertUpstreamRows,
  rowsSnapshot,
  seedUpstreamReference,
} from '../../support/upstream-rows.js';
import {
  type CatalogueEntry,
  type UpstreamSchema,
  catalogueSnapshot,
  loadUpstreamSchema,
} from '../../support/upstream-schema.js';

/**
 * Issue 15, item 8: the switch-over as an operator runs it, with the `kenali` command, on a database that
 * already holds rows upstream wrote (a completed RECOMMENDATION with its recommendation, a completed FIT_CHECK
 * where the schema has its table, an unfinished session): `migrate plan`, `migrate up`, `seed`, both goals
 * over HTTP, the old sessions' results, `rescore`, and a second `migrate up` that changes nothing. Before and
 * after, the catalogue of every table that existed is compared: only the additions ADR 0015 lists may appear.
 */

/** What ADR 0015 lets `migrate up` add to tables that existed (Go schema; the Alembic one has them all). */
const ADR_ADDITIONS = new Set([
  'column careerprofile_test_sessions.persona_type',
  'column careerprofile_test_sessions.test_goal',
  'column careerprofile_test_sessions.target_profession_id',
  'column careerprofile_test_sessions.uses_ikigai',
  'column careerprofile_test_sessions.algorithm_version',
  'column careerprofile_test_sessions.question_set_version',
  'column riasec_results.riasec_code',
  'index careerprofile_test_sessions.idx_careerprofile_sessions_user_id',
  'index kenalidiri_history.idx_kenalidiri_history_user_id',
]);

const key = (e: CatalogueEntry) => `${e.kind} ${e.table}.${e.name}`;

/**
 * A state between the two schemas: the Go entity's own migration has added the goal columns to the Go
 * tables (upstream §1.1: persona nullable and longer, goal NOT NULL with a default, uses_ikigai defaulting to
 * false), and the Go seeder wrote personas in lower case.
 */
const GO_ENTITY_COLUMNS = `alter table careerprofile_test_sessions
  add column persona_type varchar(50), add column test_goal varchar(50) not null default 'RECOMMENDATION',
  add column target_profession_id bigint, add column uses_ikigai boolean default false,
  add column algorithm_version varchar(50), add column question_set_version varchar(50)`;

interface Variant {
  readonly name: string;
  readonly schema: UpstreamSchema;
  readonly upstreamSeeder: boolean;
  readonly between?: { readonly schema: string; readonly rows: string };
}

const variants: readonly Variant[] = [
  { name: 'the Go-created production schema', schema: 'go', upstreamSeeder: false },
  {
    name: 'the Go schema after the Go entity added the goal columns',
    schema: 'go',
    upstreamSeeder: false,
    between: {
      schema: GO_ENTITY_COLUMNS,
      rows: 'update careerprofile_test_sessions set persona_type = lower(persona_type)',
    },
  },
  { name: "the Go schema after upstream's category seeder", schema: 'go', upstreamSeeder: true },
  { name: "upstream's Alembic schema", schema: 'alembic', upstreamSeeder: false },
  { name: "the Alembic schema after upstream's category seeder", schema: 'alembic', upstreamSeeder: true },
];

for (const variant of variants) {
  describe(`switching over with the kenali command on ${variant.name}, upstream rows present (issue 15)`, function () {
    this.timeout(240_000);
    let scratch: ScratchDatabase;
    let world: UpstreamWorld;
    let original: CatalogueEntry[];
    let rows: Rows;
    let migrated: CatalogueEntry[];
    let app: TestApp;
    let planned: string[] = [];
    const kenali = (...args: string[]) => runCli(scratch.url, args);

    before(async function () {
      upstreamFiles(this, 'schema-go-production.sql', 'schema-alembic-head.sql');
      scratch = await createScratchDatabase();
      await loadUpstreamSchema(scratch.url, variant.schema);
      if (variant.between) await scratch.knex.raw(variant.between.schema);
      await seedUpstreamReference(scratch.knex, variant.upstreamSeeder);
      world = await insertUpstreamRows(scratch.knex, variant.schema);
      if (variant.between) await scratch.knex.raw(variant.between.rows);
      original = await catalogueSnapshot(scratch.knex);
      rows = await rowsSnapshot(scratch.knex);
    });
    after(async function () {
      await scratch?.drop();
    });

    it('migrate plan describes the change, exits 5 (pending) and changes nothing', async function () {
      const plan = await kenali('migrate', 'plan');
      expect(plan.code, plan.stderr).to.equal(5);
      const lines = plan.stdout.split('\n');
      planned = lines;
      expect(lines).to.include('pending  20261122000001_go_owned_accounts');
      expect(lines).to.include('pending  20261206000013_go_fk_rules');
      expect(lines).to.include('  adopt  table careerprofile_test_sessions (kept as it is, rows untouched)');
      expect(lines).to.include('  keep   table users (owned by the Go backend, not altered)');
      expect(lines).to.include('  create table token_wallet');
      expect(lines.some((l) => l.startsWith('  relax  no constraint'))).to.equal(true);
      if (variant.between) {
        expect(lines.filter((l) => l.startsWith('  add column careerprofile_test_sessions'))).to.deep.equal(
          [],
        );
        expect(lines.some((l) => l.startsWith('  add column riasec_results.riasec_code '))).to.equal(true);
      } else if (variant.schema === 'go') {
        expect(
          lines.some((l) => l.startsWith('  add column careerprofile_test_sessions.test_goal')),
        ).to.equal(true);
        expect(lines).to.include('  create table fit_check_results');
        const sessions = await scratch.knex('careerprofile_test_sessions').count<{ n: number }[]>({ n: '*' });
        expect(lines.some((l) => l.startsWith(`  backfill ${sessions[0].n} row(s) of careerprofile_test`))).to
          .be.true;
      } else {
        expect(lines).to.include('  adopt  table fit_check_results (kept as it is, rows untouched)');
        expect(lines.filter((l) => l.startsWith('  add column careerprofile_test_sessions'))).to.deep.equal(
          [],
        );
      }
      expect(await catalogueSnapshot(scratch.knex)).to.deep.equal(original);
      expect(await rowsSnapshot(scratch.knex)).to.deep.equal(rows);
    });

    it('migrate up and seed succeed, and change only what ADR 0015 lists', async function () {
      const up = await kenali('migrate', 'up');
      expect(up.code, up.stderr).to.equal(0);
      expect(up.stdout).to.match(/^applied batch 1: /);
      const seed = await kenali('seed');
      expect(seed.code, seed.stderr).to.equal(0);

      migrated = await catalogueSnapshot(scratch.knex);
      const now = new Map(migrated.map((e) => [key(e), e.definition]));
      // Nothing that existed was dropped, renamed, retyped or given another default or nullability.
      for (const entry of original) expect(now.get(key(entry)), key(entry)).to.equal(entry.definition);
      const existing = new Set(original.map((e) => e.table));
      const known = new Set(original.map(key));
      const additions = migrated.filter((e) => existing.has(e.table) && !known.has(key(e))).map(key);
      for (const addition of additions) expect(ADR_ADDITIONS, addition).to.include(addition);
      // Writers that do not know an added column still insert: each is nullable or has a default.
      for (const e of migrated.filter((m) => m.kind === 'column' && additions.includes(key(m))))
        expect(e.definition, key(e)).to.not.match(/ NO$/);
      // The plan named every table migrate up created and every column and index it added.
      const tables = [...new Set(migrated.map((e) => e.table))].filter((t) => !existing.has(t));
      const unplanned = tables.filter(
        (t) => !t.startsWith('knex_') && !planned.includes(`  create table ${t}`),
      );
      expect(unplanned).to.deep.equal([]);
      for (const addition of additions) {
        const [kind, name] = addition.split(' ');
        const [table, object] = name.split('.');
        const line =
          kind === 'column' ? `  add column ${table}.${object} ` : `  create index ${object} on ${table} `;
        expect(
          planned.some((l) => l.startsWith(line)),
          addition,
        ).to.equal(true);
      }
      if (variant.schema === 'go' && !variant.between)
        expect(additions).to.include('column careerprofile_test_sessions.test_goal');

      expectRowsKept(rows, await rowsSnapshot(scratch.knex));
      const careerProfile = await scratch
        .knex('kenalidiri_categories')
        .where({ category_code: 'CAREER_PROFILE' });
      expect(careerProfile).to.have.length(1);
      app = await appOnAdopted(scratch);
    });

    it('runs both goals to their results over HTTP', async function () {
      const user = await createUser(app.knex, { fullname: 'Rina Maharani' });
      const recommendation = await completeRecommendation(app, user);
      const fitCheck = await completeFitCheck(app, user);
      for (const path of [
        `${RESULT}/recommendation/${recommendation}`,
        `${RESULT}/personality/${recommendation}`,
        `${API}/ikigai/result/${recommendation}`,
        `${RESULT}/fit-check/${fitCheck}`,
        `${API}/riasec/result/${fitCheck}`,
      ]) {
        const res = await app.http.get(path).set(user.headers);
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).to.equal(200);
      }
      const history = await app.http.get('/api/v1/history/').set(user.headers);
      expect(history.body.map((h: { status: string }) => h.status)).to.deep.equal(['completed', 'completed']);
    });

    it('serves the sessions upstream wrote', async function () {
      const get = (path: string) => app.http.get(path).set(world.user.headers);
      const old = world.recommendation.token;
      for (const path of [
        `${RESULT}/recommendation/${old}`,
        `${RESULT}/personality/${old}`,
        `${API}/ikigai/result/${old}`,
        `${API}/riasec/result/${old}`,
      ]) {
        const res = await get(path);
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).to.equal(200);
      }
      const top = (await get(`${API}/ikigai/result/${old}`)).body.top_2_professions.map(
        (p: { profession_id: number }) => p.profession_id,
      );
      const stored = world.recommendation.scores.total_scores.profession_scores;
      expect(top).to.deep.equal(stored.slice(0, 2).map((e) => e.profession_id));
      if (world.fitCheck) {
        const fit = await get(`${RESULT}/fit-check/${world.fitCheck.token}`);
        expect(fit.status, JSON.stringify(fit.body)).to.equal(200);
        expect(fit.body.fit_check_result.match_category).to.equal('MEDIUM');
      }
      expect((await get(`${API}/riasec/result/${world.unfinished.token}`)).status).to.equal(404);
      const history = await get('/api/v1/history/');
      const ids = history.body.map((h: { detail_session_id: number }) => h.detail_session_id);
      expect(ids).to.include.members([world.recommendation.id, world.unfinished.id]);
      if (world.fitCheck) expect(ids).to.include(world.fitCheck.id);
    });

    it('rescores the old and the new sessions without a failure', async function () {
      const run = await kenali('rescore', '--all', '--json');
      expect(run.code, run.stderr).to.equal(0);
      const summary = summaryOf(run.stdout);
      // The old recommendation and the new one (a fit check has no Ikigai to rescore).
      expect(summary).to.include({ processed: 2, failed: 0 });
    });

    it('keeps taking rows as upstream writes them beside kenali (a canary switch-over)', async function () {
      const canary = await insertUpstreamRows(scratch.knex, variant.schema);
      const get = (path: string) => app.http.get(path).set(canary.user.headers);
      const rec = await get(`${RESULT}/recommendation/${canary.recommendation.token}`);
      expect(rec.status, JSON.stringify(rec.body)).to.equal(200);
      if (canary.fitCheck)
        expect((await get(`${RESULT}/fit-check/${canary.fitCheck.token}`)).status).to.equal(200);
    });

    it('a second migrate up is a no-op and plan then says nothing is pending', async function () {
      const again = await kenali('migrate', 'up');
      expect(again.code, again.stderr).to.equal(0);
      expect(again.stdout.trim()).to.equal('already up to date');
      const plan = await kenali('migrate', 'plan');
      expect(plan.code, plan.stderr).to.equal(0);
      expect(plan.stdout.trim()).to.equal('nothing pending: the database is up to date');
      expect(await catalogueSnapshot(scratch.knex)).to.deep.equal(migrated);
      // Every row upstream wrote is still there, unchanged, after the flows and the rescore.
      expectRowsKept(rows, await rowsSnapshot(scratch.knex));
    });

    it('migrate down --all gives back the original catalogue, with every row upstream wrote', async function () {
      const down = await kenali('migrate', 'down', '--all');
      expect(down.code, down.stderr).to.equal(0);
      // Tables kenali created are gone (with their rows); the ones that existed have exactly their old shape.
      // Only knex's own bookkeeping (knex_migrations, knex_migrations_lock) is left behind.
      const back = (await catalogueSnapshot(scratch.knex)).filter((e) => !e.table.startsWith('knex_'));
      expect(back).to.deep.equal(original);
      const now = await rowsSnapshot(scratch.knex);
      expectRowsKept(rows, now);
      // Rows kenali wrote into upstream's tables stay, as rows the FastAPI service wrote would.
      expect(now.get('careerprofile_test_sessions')?.size).to.be.greaterThan(
        rows.get('careerprofile_test_sessions')?.size ?? 0,
      );
    });
  });
}
