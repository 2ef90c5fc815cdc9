// Bulk generation of scored sessions for the rescoring benchmark: a few hundred distinct sessions are scored
// by the real pipeline in JS, then replicated to any number of sessions by INSERT … SELECT in PostgreSQL.
import * as E from 'fp-ts/lib/Either.js';
import {
  type CandidateEntry,
  DIMENSION_KEYS,
  type IkigaiScoringInput,
  type IkigaiTotalScoresData,
  ProfessionId,
  RiasecCodeId,
  buildRecommendationsData,
  round2,
  scoreIkigai,
} from '@kenali/domain';
import type { Knex } from 'knex';

const TEMPLATE_TABLE = 'bench_rescore_templates';
const USERS = 1_000;
const TEXT =
  'Saya senang meneliti data, menganalisis angka, dan menemukan pola dari eksperimen di laboratorium.';

const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

/**
 * The stored totals as an older formula left them: every score at 2 dp (the Part 2 brief's rounding,
 * upstream §4.8 step 7) in the same order. A "formula fix" rescore rewrites every session, without moving
 * the top two (so no narrative call): the write path is what is measured.
 */
const olderFormula = (totals: IkigaiTotalScoresData): IkigaiTotalScoresData => ({
  ...totals,
  profession_scores: totals.profession_scores.map((e) => {
    const rounded = Object.fromEntries(
      Object.entries(e).map(([k, v]) => [
        k,
        typeof v === 'number' && k !== 'rank' && k !== 'profession_id' ? round2(v) : v,
      ]),
    );
    return rounded as unknown as typeof e;
  }),
});

const template = (k: number, candidates: number) => {
  const next = random(k + 1);
  const entries: CandidateEntry[] = Array.from({ length: candidates }, (_, i) => ({
    profession_id: ProfessionId(1 + ((k * 37 + i * 11) % 1_000)),
    riasec_code_id: RiasecCodeId(1 + (i % 156)),
    expansion_tier: 1,
    congruence_type: 'exact_match',
    congruence_score: Math.round((1 - i * 0.01) * 100) / 100,
    display_order: i + 1,
    is_display_candidate: i < 5,
  }));
  const selected = entries[Math.floor(next() * 5)].profession_id;
  const input: IkigaiScoringInput = {
    candidates: entries.map((c) => ({ ...c, profession_name: `Profesi ${c.profession_id}` })),
    dimensions: Object.fromEntries(
      DIMENSION_KEYS.map((key, d) => [
        key,
        {
          selected_profession_id: d === 0 ? selected : null,
          r_raw: entries.map((c) => ({
            profession_id: c.profession_id,
            r_raw: Math.round(next() * 10_000) / 10_000,
          })),
        },
      ]),
    ) as unknown as IkigaiScoringInput['dimensions'],
  };
  const scored = scoreIkigai(input, '2026-01-01T00:00:00.000Z');
  if (E.isLeft(scored)) throw new Error('template does not score');
  const texts = Object.fromEntries(DIMENSION_KEYS.map((key) => [key, TEXT])) as Record<
    (typeof DIMENSION_KEYS)[number],
    string
  >;
  const recommendation = buildRecommendationsData({
    ranked: scored.right.total_scores.profession_scores,
    candidates: entries,
    profiles: [],
    userCode: 'IRC',
    userCodeId: 42,
    answers: texts,
    narrative: {
      model: 'bench',
      ikigai_profile_summary: texts,
      match_reasoning: { [String(selected)]: TEXT },
    },
    generatedAt: '2026-01-01T00:00:00.000Z',
  });
  const answer = (key: (typeof DIMENSION_KEYS)[number], d: number) => ({
    selected_profession_id: d === 0 ? selected : null,
    selection_type: d === 0 ? 'selected' : 'not_selected',
    reasoning_text: texts[key],
    answered_at: '2026-01-01T00:00:00.000Z',
  });
  return {
    k,
    candidates_data: JSON.stringify({ candidates: entries, metadata: { total_candidates: candidates } }),
    dims: JSON.stringify(scored.right.dimension_scores),
    totals: JSON.stringify(olderFormula(scored.right.total_scores)),
    top1: scored.right.top_profession1_id,
    top2: scored.right.top_profession2_id,
    rec: JSON.stringify(recommendation),
    answers: JSON.stringify(DIMENSION_KEYS.map((key, d) => answer(key, d))),
  };
};

/** Inserts `count` completed, scored RECOMMENDATION sessions with every document (≈ 30 kB of JSON each). */
export const generateScoredSessions = async (
  knex: Knex,
  count: number,
  options: { templates?: number; candidates?: number } = {},
): Promise<void> => {
  const templates = options.templates ?? 256;
  const candidates = options.candidates ?? 30;
  await knex.schema.dropTableIfExists(TEMPLATE_TABLE);
  await knex.schema.createTable(TEMPLATE_TABLE, (t) => {
    t.integer('k').primary();
    for (const c of ['candidates_data', 'dims', 'totals', 'rec', 'answers']) t.jsonb(c).notNullable();
    t.bigInteger('top1');
    t.bigInteger('top2');
  });
  const rows = Array.from({ length: templates }, (_, k) => template(k, candidates));
  for (let i = 0; i < rows.length; i += 64) await knex(TEMPLATE_TABLE).insert(rows.slice(i, i + 64));
  const at = "timestamptz '2026-01-01T00:00:00Z'";
  await knex.raw(
    `INSERT INTO users (fullname, email, password, phone_number)
     SELECT 'Bench ' || g, 'bench-' || g || '@example.test', 'x', '0800' FROM generate_series(1, ${USERS}) g`,
  );
  await knex.raw(
    `INSERT INTO careerprofile_test_sessions (user_id, session_token, persona_type, test_goal, uses_ikigai, status,
            started_at, riasec_completed_at, ikigai_completed_at, completed_at)
     SELECT u.ids[1 + g % ${USERS}], gen_random_uuid()::text, 'BUILDER', 'RECOMMENDATION', true, 'completed',
            ${at}, ${at}, ${at}, ${at} + g * interval '1 second'
       FROM generate_series(1, ?) g, (SELECT array_agg(id) AS ids FROM users) u`,
    [count],
  );
  const fromTemplates = `FROM careerprofile_test_sessions s JOIN ${TEMPLATE_TABLE} t ON t.k = s.id % ${templates}`;
  await knex.raw(
    `INSERT INTO ikigai_candidate_professions (test_session_id, candidates_data, total_candidates, generation_strategy)
     SELECT s.id, t.candidates_data, ${candidates}, '4_tier_expansion' ${fromTemplates}`,
  );
  await knex.raw(
    `INSERT INTO ikigai_responses (test_session_id, dimension1_love, dimension2_good_at, dimension3_world_needs,
            dimension4_paid_for, completed, completed_at)
     SELECT s.id, t.answers -> 0, t.answers -> 1, t.answers -> 2, t.answers -> 3, true, ${at} ${fromTemplates}`,
  );
  await knex.raw(
    `INSERT INTO ikigai_dimension_scores (test_session_id, scores_data, calculated_at, ai_model_used, total_api_calls)
     SELECT s.id, t.dims, ${at}, 'offline-lexical-v2', 4 ${fromTemplates}`,
  );
  await knex.raw(
    `INSERT INTO ikigai_total_scores (test_session_id, scores_data, top_profession1_id, top_profession2_id, calculated_at)
     SELECT s.id, t.totals, t.top1, t.top2, ${at} ${fromTemplates}`,
  );
  await knex.raw(
    `INSERT INTO career_recommendations (test_session_id, recommendations_data, top_profession1_id, top_profession2_id,
            ai_model_used, generated_at)
     SELECT s.id, t.rec, t.top1, t.top2, 'bench', ${at} ${fromTemplates}`,
  );
  await knex.schema.dropTable(TEMPLATE_TABLE);
  await knex.raw('VACUUM ANALYZE');
};
