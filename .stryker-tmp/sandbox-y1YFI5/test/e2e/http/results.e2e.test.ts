// @ts-nocheck
import { CachedCatalogue, TOKENS } from '@kenali/adapters';
import { expect } from 'chai';
import type { Knex } from 'knex';
import { postgresRepositories } from '../../../packages/adapters/src/postgres/postgres-unit-of-work.js';
import { sessionRow } from '../../support/flows.js';
import { type TestApp, type TestUser, createUser, testApp } from '../../support/kenali-app.js';
import { RESULT, completeFitCheck, completeRecommendation } from '../../support/result-flows.js';
import {
  FIT_CHECK_RESULT,
  PERSONALITY_RESULT,
  RECOMMENDATION_RESULT,
  expectShape,
} from '../../support/upstream-shapes.js';
import { I_SINGLE } from '../../support/riasec-answers.js';

describe('the result tabs over HTTP (upstream §5.1–§5.5)', () => {
  let app: TestApp;
  let owner: TestUser;
  let recommendation: string;
  let fitCheck: string;
  before(async () => {
    app = await testApp();
    owner = await createUser(app.knex, { fullname: 'Sari Wulandari Putri' });
    recommendation = await completeRecommendation(app, owner);
    fitCheck = await completeFitCheck(app, owner);
  });
  const get = (tab: string, token: string, user = owner) =>
    app.http.get(`${RESULT}/${tab}/${token}`).set(user.headers);

  it('RECOMMENDATION: the recommendation tab has every upstream field, filled from storage and catalogue', async () => {
    const res = await get('recommendation', recommendation);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expectShape(res.body, RECOMMENDATION_RESULT);
    const session = await sessionRow(app, recommendation);
    const rec = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
    const candidates = (
      await app.knex('ikigai_candidate_professions').where({ test_session_id: session.id }).first()
    ).candidates_data.candidates as { profession_id: number; display_order: number }[];
    const names = new Map<number, string>(
      (await app.knex('professions').select('id', 'name')).map((p: { id: number; name: string }) => [
        p.id,
        p.name,
      ]),
    );
    const body = res.body;
    expect(body).to.include({
      session_token: recommendation,
      user_first_name: 'Sari',
      test_completed_at: (session.completed_at as Date).toISOString(),
      points_awarded: null,
    });
    expect(body.riasec_summary).to.deep.equal({
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: ['Investigative'],
      total_candidates_found: candidates.length,
    });
    expect(body.candidate_profession_names).to.deep.equal(
      candidates
        .slice(0, 30)
        .map((c) => ({ profession_id: c.profession_id, name: names.get(c.profession_id) })),
    );
    expect(body.ikigai_profile_summary).to.deep.equal(rec.recommendations_data.ikigai_profile_summary);
    const ranked = body.recommended_professions as {
      rank: number;
      profession_id: number;
      profession_name: string;
      riasec_alignment: { profession_code: string; congruence_type: string; user_code: string };
    }[];
    expect(ranked.map((p) => p.rank)).to.deep.equal([1, 2]);
    expect(ranked.map((p) => p.profession_id)).to.deep.equal([
      rec.top_profession1_id,
      rec.top_profession2_id,
    ]);
    for (const p of ranked) {
      expect(p.profession_name).to.equal(names.get(p.profession_id));
      expect(p.riasec_alignment.user_code).to.equal('I');
      expect(p.riasec_alignment.profession_code).to.match(/^[RIASEC]{1,3}$/);
      expect(p.riasec_alignment.congruence_type).to.not.match(/^unknown$/i);
    }
    expect(body.riasec_scores_raw).to.deep.equal(I_SINGLE);
    expect(body.test_duration_minutes).to.be.at.least(1);
    const display = body.display_candidates as { profession_id: number }[];
    const congruent = body.congruent_candidates as { profession_id: number }[];
    expect([...display, ...congruent].map((c) => c.profession_id)).to.have.members(
      candidates.map((c) => c.profession_id),
    );
    expect(display.map((c) => c.profession_id)).to.deep.equal(
      candidates.filter((c) => c.display_order <= 5).map((c) => c.profession_id),
    );
    const code = await app.knex('riasec_codes').where({ riasec_code: 'I' }).first();
    expect(body.riasec_profile).to.include({ riasec_code: 'I', riasec_title: code.riasec_title });
    expect(body.riasec_profile.strengths).to.deep.equal(code.strengths);
  });

  it('RECOMMENDATION: names come from the catalogue: a renamed profession shows once the reference cache expires', async () => {
    const TTL_MS = 60_000;
    // The catalogue's clock is the test's: the held name is checked on every run, however slow the machine.
    let now = 1_000_000;
    const short = await testApp(
      { REFERENCE_CACHE_TTL_MS: String(TTL_MS), RESULT_CACHE_ENTRIES: '0' },
      {
        configure: (c) =>
          c.rebind(TOKENS.Repositories).toResolvedValue(
            (knex: Knex) => {
              const repos = postgresRepositories(knex);
              return {
                ...repos,
                catalogue: new CachedCatalogue(repos.catalogue, TTL_MS, { now: () => now }),
              };
            },
            [TOKENS.Knex],
          ),
      },
    );
    const read = () => short.http.get(`${RESULT}/recommendation/${recommendation}`).set(owner.headers);
    const session = await sessionRow(app, recommendation);
    const rec = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
    const id = rec.top_profession1_id as number;
    const before = await app.knex('professions').where({ id }).first('name');
    expect((await read()).body.recommended_professions[0].profession_name).to.equal(before.name);
    await app.knex('professions').where({ id }).update({ name: 'Nama Baru Uji' });
    try {
      // Within the TTL the held name is served (the read costs no catalogue query)...
      now += TTL_MS - 1;
      expect((await read()).body.recommended_professions[0].profession_name).to.equal(before.name);
      // ...after it, the new name, while the stored document keeps the name it was written with.
      now += 1;
      const res = await read();
      expect(res.body.recommended_professions[0].profession_name).to.equal('Nama Baru Uji');
      expect(rec.recommendations_data.recommended_professions[0].profession_name).to.equal(before.name);
    } finally {
      await app.knex('professions').where({ id }).update({ name: before.name });
    }
  });

  it('RECOMMENDATION: the personality tab serves the code, its lists and a three-line about text', async () => {
    const res = await get('personality', recommendation);
    expect(res.status).to.equal(200);
    expectShape(res.body, PERSONALITY_RESULT);
    const code = await app.knex('riasec_codes').where({ riasec_code: 'I' }).first();
    expect(res.body).to.deep.include({
      session_token: recommendation,
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: [{ letter: 'I', name: 'Investigative' }],
      strengths: code.strengths,
      challenges: code.challenges,
      strategies: code.strategies,
      interaction_styles: code.interaction_styles,
      work_environments: code.work_environments,
    });
    expect(res.body.about_code.split('\n')).to.have.length(3);
  });

  it('FIT_CHECK: the fit-check tab explains the stored verdict with labels, stars and CTAs inside explanation', async () => {
    const res = await get('fit-check', fitCheck);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expectShape(res.body, FIT_CHECK_RESULT);
    const session = await sessionRow(app, fitCheck);
    const row = await app.knex('fit_check_results').where({ test_session_id: session.id }).first();
    const body = res.body;
    expect(body).to.include({ session_token: fitCheck, user_first_name: 'Sari', points_awarded: null });
    expect(body.test_completed_at).to.equal((session.completed_at as Date).toISOString());
    expect(body.user_riasec).to.deep.equal({
      riasec_code: 'I',
      riasec_title: 'Investigative',
      top_types: ['Investigative'],
    });
    expect(body.target_profession).to.deep.equal({
      profession_id: 101,
      name: 'Teknisi Listrik',
      riasec_code: 'RIC',
      riasec_title: 'Realistic – Investigative – Conventional',
    });
    const verdict = body.fit_check_result;
    expect(verdict).to.include({
      match_category: row.match_category,
      rule_type: row.rule_type,
      dominant_letter_same: row.dominant_letter_same,
      is_adjacent_hexagon: row.is_adjacent_hexagon,
      match_score: Number(row.match_score),
    });
    // I against RIC: different dominant letters that are hexagon neighbours.
    expect(verdict).to.include({ match_category: 'MEDIUM', rule_type: 'adjacent_dominant' });
    expect(verdict).to.include({ match_label: 'Kecocokan Sedang', match_stars: 2 });
    expect(verdict.explanation).to.include({
      cta_primary: 'Lihat Rekomendasi',
      cta_secondary: 'Strategi Adaptasi',
      match_label: 'Kecocokan Sedang',
      match_stars: 2,
    });
    expect(verdict.explanation.reason_points).to.have.length(2);
    expect(verdict.explanation.reason_points[0]).to.include('I').and.include('RIC');
    expect(verdict.explanation.next_steps).to.have.length(3);
  });

  it('FIT_CHECK: the personality tab is shared by both goals', async () => {
    const res = await get('personality', fitCheck);
    expect(res.status).to.equal(200);
    expectShape(res.body, PERSONALITY_RESULT);
    expect(res.body).to.include({ session_token: fitCheck, riasec_code: 'I' });
  });

  it('rebuilds a missing narrative row (crash between scoring and narrative) instead of a 404', async () => {
    const user = await createUser(app.knex);
    const token = await completeRecommendation(app, user);
    const session = await sessionRow(app, token);
    const original = await app.knex('career_recommendations').where({ test_session_id: session.id }).first();
    await app.knex('career_recommendations').where({ test_session_id: session.id }).delete();
    const res = await get('recommendation', token, user);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    const again = await app.knex('career_recommendations').where({ test_session_id: session.id });
    expect(again).to.have.length(1);
    expect(again[0].top_profession1_id).to.equal(original.top_profession1_id);
    expect(
      res.body.recommended_professions.map((p: { profession_id: number }) => p.profession_id),
    ).to.deep.equal([original.top_profession1_id, original.top_profession2_id]);
  });
});
