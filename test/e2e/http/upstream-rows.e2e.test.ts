import { randomUUID } from 'node:crypto';
import { buildContainer, resolvePhysicalSchema } from '@kenali/adapters';
import { createApp } from '@kenali/http';
import { expect } from 'chai';
import { pino } from 'pino';
import supertest from 'supertest';
import { migrateLatest } from '../../../packages/adapters/src/postgres/migrator.js';
import { seedDemoContent } from '../../../packages/adapters/src/seed/seed-demo-content.js';
import { type ScratchDatabase, createScratchDatabase } from '../../support/database.js';
import { API } from '../../support/flows.js';
import { type TestApp, testConfig } from '../../support/kenali-app.js';
import { RESULT } from '../../support/result-flows.js';
import { runCli, summaryOf } from '../../support/rescore-fixtures.js';
import {
  type UpstreamWorld,
  UPSTREAM_CANDIDATES,
  UPSTREAM_SCORES,
  insertUpstreamRows,
  rowsSnapshot,
  seedUpstreamReference,
} from '../../support/upstream-rows.js';
import { type UpstreamSchema, loadUpstreamSchema } from '../../support/upstream-schema.js';

interface ServedProfession {
  readonly rank: number;
  readonly profession_id: number;
  readonly match_percentage: number;
  readonly match_reasoning: string;
  readonly score_breakdown: unknown;
  readonly riasec_alignment: Record<string, unknown>;
}

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

const variants: readonly { name: string; schema: UpstreamSchema; upstreamSeeder: boolean }[] = [
  { name: 'the Go-created production schema', schema: 'go', upstreamSeeder: false },
  { name: "upstream's Alembic schema", schema: 'alembic', upstreamSeeder: false },
  { name: "the Alembic schema after upstream's category seeder", schema: 'alembic', upstreamSeeder: true },
];

for (const variant of variants) {
  describe(`rows upstream wrote, served after the switch on ${variant.name} (issue 15)`, function () {
    this.timeout(180_000);
    let scratch: ScratchDatabase;
    let world: UpstreamWorld;
    let app: TestApp;
    const get = (path: string) => app.http.get(path).set(world.user.headers);

    before(async function () {
      scratch = await createScratchDatabase();
      await loadUpstreamSchema(scratch.url, variant.schema);
      await seedUpstreamReference(scratch.knex, variant.upstreamSeeder);
      world = await insertUpstreamRows(scratch.knex, variant.schema);
    });
    after(async function () {
      await scratch?.drop();
    });

    it('migrates up and seeds without changing or losing any row upstream wrote', async function () {
      const before = await rowsSnapshot(scratch.knex);
      await migrateLatest(scratch.knex);
      await seedDemoContent(scratch.knex);
      const after = await rowsSnapshot(scratch.knex);
      for (const [table, rows] of before) {
        for (const [id, row] of rows) {
          const now = after.get(table)?.get(id);
          expect(now, `${table} row ${id}`).to.not.equal(undefined);
          // Columns the adoption added may appear; every column the row had keeps its value.
          for (const [column, value] of Object.entries(row)) {
            expect(now?.[column], `${table} ${id}.${column}`).to.deep.equal(value);
          }
        }
      }
      app = await appOn(scratch);
    });

    it('serves the completed recommendation on every result route with the values upstream stored', async function () {
      const token = world.recommendation.token;
      const ranked = world.recommendation.scores.total_scores.profession_scores;

      const riasec = await get(`${API}/riasec/result/${token}`);
      expect(riasec.status, JSON.stringify(riasec.body)).to.equal(200);
      expect(riasec.body.scores).to.deep.equal(UPSTREAM_SCORES);
      expect(riasec.body.riasec_code_info.riasec_code).to.equal('I');
      expect(riasec.body.riasec_code_info.riasec_title).to.equal('Investigative (I)');
      expect(riasec.body.classification_type).to.equal('single');
      expect(riasec.body.status).to.equal('completed');
      expect(riasec.body.test_goal).to.equal('RECOMMENDATION');
      expect(riasec.body.candidates.map((c: { profession_id: number }) => c.profession_id)).to.deep.equal(
        UPSTREAM_CANDIDATES.map((c) => c.profession_id),
      );
      // Derived on read: upstream never stored it; display_order ≤ 5 is a display candidate (§3.7).
      expect(
        riasec.body.candidates.map((c: { is_display_candidate: boolean }) => c.is_display_candidate),
      ).to.deep.equal(UPSTREAM_CANDIDATES.map((c) => c.display_order <= 5));
      expect(riasec.body.display_candidates_count).to.equal(5);

      const ikigai = await get(`${API}/ikigai/result/${token}`);
      expect(ikigai.status, JSON.stringify(ikigai.body)).to.equal(200);
      expect(
        ikigai.body.top_2_professions.map((p: { profession_id: number }) => p.profession_id),
      ).to.deep.equal(ranked.slice(0, 2).map((e) => e.profession_id));
      expect(ikigai.body.top_2_professions[0].total_score).to.equal(ranked[0].total_score);
      expect(ikigai.body.total_professions_evaluated).to.equal(UPSTREAM_CANDIDATES.length);
      // upstream's naive UTC timestamp, in kenali's ISO form with its zone
      expect(ikigai.body.calculated_at).to.equal('2026-02-17T11:15:42.123Z');

      const rec = await get(`${RESULT}/recommendation/${token}`);
      expect(rec.status, JSON.stringify(rec.body)).to.equal(200);
      expect(rec.body.user_first_name).to.equal('Dewi');
      expect(rec.body.riasec_summary).to.deep.include({ riasec_code: 'I', total_candidates_found: 8 });
      expect(rec.body.ikigai_profile_summary).to.deep.equal(world.recommendationData.ikigai_profile_summary);
      const professions = rec.body.recommended_professions as ServedProfession[];
      expect(professions.map((p) => [p.rank, p.profession_id])).to.deep.equal(
        ranked.slice(0, 2).map((e) => [e.rank, e.profession_id]),
      );
      const stored = world.recommendationData.recommended_professions;
      for (const [i, p] of professions.entries()) {
        expect(p.match_percentage).to.equal(stored[i].match_percentage);
        expect(p.match_reasoning).to.equal(stored[i].match_reasoning);
        expect(p.score_breakdown).to.deep.equal(stored[i].score_breakdown);
        const candidate = UPSTREAM_CANDIDATES.find((c) => c.profession_id === p.profession_id);
        // Derived on read: the catalogue's code for "-", the candidate's congruence for "Unknown".
        expect(p.riasec_alignment.congruence_type).to.equal(candidate?.congruence_type);
        expect(p.riasec_alignment.profession_code).to.match(/^[RIASEC]{1,3}$/);
        expect(p.riasec_alignment.congruence_score).to.equal(stored[i].riasec_alignment.congruence_score);
      }
      expect(rec.body.display_candidates).to.have.length(5);
      expect(rec.body.congruent_candidates).to.have.length(3);

      const personality = await get(`${RESULT}/personality/${token}`);
      expect(personality.status, JSON.stringify(personality.body)).to.equal(200);
      expect(personality.body.riasec_code).to.equal('I');
      expect(personality.body.strengths).to.deep.equal(['Kekuatan admin I']);

      const card = await get(`${RESULT}/${token}/card.svg`);
      expect(card.status).to.equal(200);
      expect(card.headers['content-type']).to.match(/^image\/svg\+xml/);

      const fit = await get(`${RESULT}/fit-check/${token}`);
      expect(fit.status, 'a RECOMMENDATION session on the fit-check tab').to.equal(400);
    });

    it('serves the completed fit check (only the Alembic schema has its table)', async function () {
      if (world.fitCheck === undefined) this.skip();
      const token = world.fitCheck.token;
      const fit = await get(`${RESULT}/fit-check/${token}`);
      expect(fit.status, JSON.stringify(fit.body)).to.equal(200);
      expect(fit.body.user_riasec.riasec_code).to.equal('I');
      expect(fit.body.target_profession).to.deep.include({ profession_id: 201, riasec_code: 'IC' });
      expect(fit.body.fit_check_result).to.deep.include({
        match_category: 'MEDIUM',
        rule_type: 'dominant_same',
        match_score: 1,
        dominant_letter_same: true,
      });
      const riasec = await get(`${API}/riasec/result/${token}`);
      expect(riasec.status, JSON.stringify(riasec.body)).to.equal(200);
      expect(riasec.body).to.deep.include({ test_goal: 'FIT_CHECK', next_step: 'fit_check_result' });
      const card = await get(`${RESULT}/${token}/card.svg`);
      expect(card.status).to.equal(200);
    });

    it('answers unfinished and unknown-status sessions as upstream does, never 500', async function () {
      const unfinished = world.unfinished.token;
      expect((await get(`${API}/riasec/result/${unfinished}`)).status).to.equal(404);
      expect((await get(`${RESULT}/recommendation/${unfinished}`)).status).to.equal(400);
      expect((await get(`${API}/ikigai/result/${unfinished}`)).status).to.equal(400);

      const stray = world.stray.token;
      const riasec = await get(`${API}/riasec/result/${stray}`);
      expect(riasec.status, JSON.stringify(riasec.body)).to.equal(200);
      expect(riasec.body.scores).to.deep.equal(UPSTREAM_SCORES);
      for (const path of [`${RESULT}/recommendation/${stray}`, `${API}/ikigai/result/${stray}`]) {
        const res = await get(path);
        expect(res.status, `${path}: ${JSON.stringify(res.body)}`).to.equal(400);
      }
    });

    it('lists every upstream session in the history with its category by code', async function () {
      const res = await get('/api/v1/history/');
      expect(res.status, JSON.stringify(res.body)).to.equal(200);
      const rows = res.body as {
        detail_session_id: number;
        status: string;
        test_category: { category_code: string };
      }[];
      const byId = new Map(rows.map((r) => [r.detail_session_id, r]));
      expect(byId.get(world.recommendation.id)?.status).to.equal('completed');
      expect(byId.get(world.unfinished.id)?.status).to.equal('ongoing');
      if (world.fitCheck) expect(byId.get(world.fitCheck.id)?.status).to.equal('completed');
      for (const r of rows) expect(r.test_category.category_code).to.equal('CAREER_PROFILE');
    });

    it('derives the top ids upstream left NULL when the session becomes the active profile', async function () {
      const ranked = world.recommendation.scores.total_scores.profession_scores;
      const set = await app.http
        .post(`${API}/user-profile/set-active`)
        .set(world.user.headers)
        .set('idempotency-key', randomUUID())
        .send({ session_token: world.recommendation.token });
      expect(set.status, JSON.stringify(set.body)).to.equal(200);
      expect([set.body.top_profession1_id, set.body.top_profession2_id]).to.deep.equal(
        ranked.slice(0, 2).map((e) => e.profession_id),
      );
      expect(set.body.riasec_code).to.equal('I');
    });

    it('continues the session upstream left unfinished', async function () {
      const token = world.unfinished.token;
      const active = await app.http
        .post(`${API}/recommendation/start`)
        .set(world.user.headers)
        .set('idempotency-key', randomUUID())
        .send({ persona_type: 'PATHFINDER' });
      expect(active.status, 'the unfinished upstream session is the active test').to.equal(409);
      expect(active.body.active_session_token).to.equal(token);
    });

    it('rescores the upstream session: reproduced unchanged, and rewritten in this schema when inputs change', async function () {
      const cli = (...args: string[]) => runCli(scratch.url, ['rescore', ...args]);
      const run = await cli('--all', '--json');
      expect(run.code, run.stderr).to.equal(0);
      expect(summaryOf(run.stdout)).to.include({ processed: 1, unchanged: 1, failed: 0 });

      // The third-ranked profession fits the first answer perfectly now: it overtakes the runner-up, and the
      // new ranking is written to this schema's own columns.
      const id = world.recommendation.id;
      const ranked = world.recommendation.scores.total_scores.profession_scores;
      const third = ranked[2].profession_id;
      await scratch.knex.raw(
        `update ikigai_dimension_scores set scores_data = jsonb_set(scores_data, '{dimension_scores,what_you_love}',
           (select jsonb_agg(case when (e->>'profession_id')::int = ? then jsonb_set(e, '{r_raw}', '1') else e end)
              from jsonb_array_elements(scores_data->'dimension_scores'->'what_you_love') e))
         where test_session_id = ?`,
        [third, id],
      );
      const changed = await cli('--session', world.recommendation.token, '--json');
      expect(changed.code, changed.stderr).to.equal(0);
      expect(summaryOf(changed.stdout)).to.include({ processed: 1, changed: 1, failed: 0 });
      const ikigai = await get(`${API}/ikigai/result/${world.recommendation.token}`);
      expect(ikigai.status).to.equal(200);
      const top = ikigai.body.top_2_professions.map((p: { profession_id: number }) => p.profession_id);
      expect(top).to.include(third);
      expect(top).to.not.deep.equal(ranked.slice(0, 2).map((e) => e.profession_id));
      const columns =
        variant.schema === 'alembic'
          ? ['top_profession_1_id', 'top_profession_2_id']
          : ['top_profession1_id', 'top_profession2_id'];
      const totals = await scratch.knex('ikigai_total_scores').where({ test_session_id: id }).first(columns);
      expect([totals[columns[0]], totals[columns[1]]]).to.deep.equal(top);
      const rec = await get(`${RESULT}/recommendation/${world.recommendation.token}`);
      expect(rec.status, JSON.stringify(rec.body)).to.equal(200);
      expect(
        rec.body.recommended_professions.map((p: { profession_id: number }) => p.profession_id),
      ).to.deep.equal(top);
    });
  });
}
