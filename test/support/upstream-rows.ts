import { randomUUID } from 'node:crypto';
import {
  DIMENSION_KEYS,
  type DimensionKey,
  type IkigaiScoringResult,
  type ProfessionScoreEntry,
  scoreIkigai,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { Knex } from 'knex';
import type { UpstreamSchema } from './upstream-schema.js';

/*
 * Rows as the upstream service wrote them before the switch (upstream-kenali-diri.md §1, §3.7, §4.8–§4.10,
 * §5.2): its exact JSON shapes (no `is_display_candidate`, `profession_code` "-", `congruence_type`
 * "Unknown", a four-key `generation_context`, naive ISO timestamps written by `datetime.utcnow()`), top ids
 * NULL in `career_recommendations`, `riasec_results.riasec_code` NULL, `ai_model_used` NULL where the
 * Alembic schema has no default. Built from the spec, not from kenali's writers.
 */

/** `datetime.utcnow().isoformat()`: microseconds, no zone. */
const naive = (at: Date): string => `${at.toISOString().slice(0, 23)}417`;
const daysAgo = (days: number, hour = 9): Date => {
  const at = new Date(Date.UTC(2026, 1, 20 - days, hour, 15, 42, 123));
  return at;
};

/** The codes the Go admin already holds, with upstream's seed layout ids (riasec_codes_seed.sql). */
export const UPSTREAM_CODES = {
  R: 1,
  I: 2,
  C: 6,
  IC: 13,
  IR: 15,
  RCI: 43,
  RIC: 50,
  ICR: 63,
  IRC: 70,
} as const;

/** R45 I56 A20 S22 E32 C46 → `I`, single (the real run of upstream §3.5). */
export const UPSTREAM_SCORES = { R: 45, I: 56, A: 20, S: 22, E: 32, C: 46 } as const;

interface Candidate {
  readonly profession_id: number;
  readonly riasec_code_id: number;
  readonly expansion_tier: 1 | 2 | 3 | 4;
  readonly congruence_type: string;
  readonly congruence_score: number;
  readonly display_order: number;
}

/** Upstream's 4-tier expansion of `I` over kenali's demo catalogue ids, without `is_display_candidate`. */
export const UPSTREAM_CANDIDATES: readonly Candidate[] = [
  [211, UPSTREAM_CODES.I, 1, 'exact_match', 1.0],
  [202, UPSTREAM_CODES.IRC, 2, 'congruent_adjacent', 0.95],
  [208, UPSTREAM_CODES.IRC, 2, 'congruent_adjacent', 0.95],
  [203, UPSTREAM_CODES.ICR, 2, 'congruent_permutation', 0.85],
  [101, UPSTREAM_CODES.RIC, 2, 'congruent_adjacent', 0.95],
  [102, UPSTREAM_CODES.RCI, 2, 'congruent_adjacent', 0.95],
  [201, UPSTREAM_CODES.IC, 3, 'subset_alternate', 0.65],
  [205, UPSTREAM_CODES.IR, 3, 'subset_adjacent', 0.75],
].map(([profession_id, riasec_code_id, expansion_tier, congruence_type, congruence_score], i) => ({
  profession_id: profession_id as number,
  riasec_code_id: riasec_code_id as number,
  expansion_tier: expansion_tier as Candidate['expansion_tier'],
  congruence_type: congruence_type as string,
  congruence_score: congruence_score as number,
  display_order: i + 1,
}));

const candidatesData = (at: Date) => ({
  candidates: UPSTREAM_CANDIDATES,
  metadata: {
    total_candidates: UPSTREAM_CANDIDATES.length,
    user_riasec_code_id: UPSTREAM_CODES.I,
    user_riasec_code: 'I',
    user_riasec_scores: UPSTREAM_SCORES,
    is_inconsistent_profile: false,
    expansion_strategy: '4_tier_expansion',
    expansion_summary: { tier_1_exact: 1, tier_2_congruent: 5, tier_3_subset: 2, tier_4_dominant: 0 },
    display_count: 5,
    generated_at: naive(at),
  },
});

/** The user's clicks: 202 twice, 211 once, one dimension without a click. */
const SELECTED: Record<DimensionKey, number | null> = {
  what_you_love: 202,
  what_you_are_good_at: 211,
  what_the_world_needs: null,
  what_you_can_be_paid_for: 202,
};
const REASONS: Record<DimensionKey, string> = {
  what_you_love: 'Saya suka membangun aplikasi dan memecahkan masalah logika setiap hari.',
  what_you_are_good_at: 'Saya teliti saat mengamati sampel dan mencatat hasil percobaan di laboratorium.',
  what_the_world_needs: 'Masyarakat butuh layanan digital yang aman dan bisa dipercaya untuk semua orang.',
  what_you_can_be_paid_for: 'Saya ingin penghasilan stabil dari membuat perangkat lunak untuk perusahaan.',
};
/** The relevance the AI answered per dimension (r_raw by candidate, in candidate order). */
const R_RAW: Record<DimensionKey, readonly number[]> = {
  what_you_love: [0.41, 0.92, 0.35, 0.66, 0.3, 0.22, 0.58, 0.27],
  what_you_are_good_at: [0.81, 0.44, 0.77, 0.39, 0.31, 0.28, 0.52, 0.6],
  what_the_world_needs: [0.33, 0.71, 0.4, 0.88, 0.36, 0.3, 0.49, 0.25],
  what_you_can_be_paid_for: [0.29, 0.86, 0.34, 0.69, 0.41, 0.37, 0.63, 0.26],
};

const NAMES: Record<number, string> = {
  211: 'Peneliti Biologi',
  202: 'Pengembang Perangkat Lunak',
  208: 'Analis Laboratorium Medis',
  203: 'Analis Keamanan Siber',
  101: 'Teknisi Listrik',
  102: 'Mekanik Otomotif',
  201: 'Analis Data',
  205: 'Ahli Geologi',
};

/** §4.8 as upstream computed it, calculated_at naive. */
const upstreamScores = (calculatedAt: string): IkigaiScoringResult => {
  const scored = scoreIkigai(
    {
      candidates: UPSTREAM_CANDIDATES.map((c) => ({
        profession_id: c.profession_id,
        congruence_score: c.congruence_score,
        display_order: c.display_order,
        profession_name: NAMES[c.profession_id],
      })) as never,
      dimensions: Object.fromEntries(
        DIMENSION_KEYS.map((key) => [
          key,
          {
            selected_profession_id: SELECTED[key],
            r_raw: UPSTREAM_CANDIDATES.map((c, i) => ({
              profession_id: c.profession_id,
              r_raw: R_RAW[key][i],
            })),
          },
        ]),
      ) as never,
    },
    calculatedAt,
  );
  if (E.isLeft(scored)) throw new Error(`fixture scoring failed: ${JSON.stringify(scored.left)}`);
  return scored.right;
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** §5.2 as kenali-diri (MD 3) stored it: "-" codes, "Unknown" types, four context keys, no top ids. */
const upstreamRecommendation = (top: readonly ProfessionScoreEntry[], at: Date) => ({
  ikigai_profile_summary: {
    what_you_love: 'Kamu menikmati membangun sesuatu yang logis dan berguna.',
    what_you_are_good_at: 'Kamu teliti dan sabar saat mengamati detail.',
    what_the_world_needs: 'Kamu peduli pada layanan digital yang aman.',
    what_you_can_be_paid_for: 'Kamu mencari penghasilan stabil dari keahlian teknis.',
  },
  recommended_professions: top.map((e) => ({
    rank: e.rank,
    profession_id: e.profession_id,
    profession_name: e.profession_name,
    match_percentage: round2(e.total_score),
    match_reasoning: `Alasan upstream untuk ${e.profession_name}.`,
    riasec_alignment: {
      user_code: 'I',
      profession_code: '-',
      congruence_score: e.congruence_score,
      congruence_type: 'Unknown',
    },
    score_breakdown: {
      total_score: round2(e.total_score),
      intrinsic_score: round2(e.intrinsic_score),
      extrinsic_score: round2(e.extrinsic_score),
      score_what_you_love: round2(e.score_what_you_love),
      score_what_you_are_good_at: round2(e.score_what_you_are_good_at),
      score_what_the_world_needs: round2(e.score_what_the_world_needs),
      score_what_you_can_be_paid_for: round2(e.score_what_you_can_be_paid_for),
    },
  })),
  generation_context: {
    user_riasec_code: 'I',
    total_candidates_evaluated: UPSTREAM_CANDIDATES.length,
    top_2_selection_method: 'total_score_ranking',
    generation_timestamp: naive(at),
  },
  points_awarded: null,
});

export interface UpstreamWorld {
  readonly user: { readonly id: string; readonly headers: Record<string, string> };
  readonly recommendation: {
    readonly id: number;
    readonly token: string;
    readonly scores: IkigaiScoringResult;
  };
  readonly fitCheck: { readonly id: number; readonly token: string } | undefined;
  readonly unfinished: { readonly id: number; readonly token: string };
  readonly stray: { readonly id: number; readonly token: string };
  readonly recommendationData: ReturnType<typeof upstreamRecommendation>;
}

const columnsOf = async (knex: Knex, table: string): Promise<Set<string>> =>
  new Set(Object.keys(await knex(table).columnInfo()));

/** Inserts only the columns the table has (the Go-created schema lacks several). */
const insertRow = async (knex: Knex, table: string, row: Record<string, unknown>): Promise<number> => {
  const have = await columnsOf(knex, table);
  const kept = Object.fromEntries(Object.entries(row).filter(([column]) => have.has(column)));
  const [inserted] = await knex(table).insert(kept).returning<{ id: number }[]>('id');
  return Number(inserted.id);
};

const json = (value: unknown): string => JSON.stringify(value);

/**
 * What the Go admin holds before the switch: the categories (the Go seeder's ids 1–3, or upstream's seeder
 * with CAREER_PROFILE as id 1) and the RIASEC codes the upstream rows point at, with upstream's titles.
 */
export const seedUpstreamReference = async (knex: Knex, upstreamSeeder: boolean): Promise<void> => {
  const categories = upstreamSeeder
    ? [{ id: 1, category_code: 'CAREER_PROFILE', category_name: 'Profil Karier' }]
    : [
        { id: 1, category_code: 'RIASEC', category_name: 'Tes RIASEC' },
        { id: 2, category_code: 'IKIGAI', category_name: 'Tes IKIGAI' },
        { id: 3, category_code: 'CAREER_PROFILE', category_name: 'Tes Profil Karier' },
      ];
  await knex('kenalidiri_categories').insert(
    categories.map((c) => ({ ...c, detail_table_name: 'careerprofile_test_sessions' })),
  );
  const titles: Record<string, string> = { R: 'Realistic', I: 'Investigative', C: 'Conventional' };
  await knex('riasec_codes').insert(
    Object.entries(UPSTREAM_CODES).map(([code, id]) => ({
      id,
      riasec_code: code,
      riasec_title: `${[...code].map((l) => titles[l]).join(' ')} (${code})`,
      riasec_description: `Deskripsi admin untuk ${code}.`,
      strengths: json([`Kekuatan admin ${code}`]),
      challenges: json([`Tantangan admin ${code}`]),
      strategies: json([`Strategi admin ${code}`]),
      work_environments: json([`Lingkungan admin ${code}`]),
      interaction_styles: json([`Gaya admin ${code}`]),
    })),
  );
};

const questionSet = (token: string): number[] => {
  // Any fixed permutation: upstream's came from random.seed(token); the stored array is the truth.
  const ids = Array.from({ length: 72 }, (_, i) => i + 1);
  const shift = token.charCodeAt(0) % 72;
  return [...ids.slice(shift), ...ids.slice(0, shift)];
};

const answersFor = (scores: typeof UPSTREAM_SCORES, at: Date) => {
  const letters = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
  return letters.flatMap((letter, li) => {
    // 12 answers summing to the score: as many 5s as fit, the rest spread.
    const total = scores[letter];
    const base = Math.floor(total / 12);
    const extra = total - base * 12;
    return Array.from({ length: 12 }, (_, qi) => ({
      question_id: li * 12 + qi + 1,
      question_type: letter,
      answer_value: base + (qi < extra ? 1 : 0),
      answered_at: naive(at),
    }));
  });
};

/** A user of the Go backend (created_at/updated_at naive, as the Go side writes them). */
const insertUser = async (knex: Knex): Promise<UpstreamWorld['user']> => {
  const id = randomUUID();
  await knex('users').insert({
    id,
    fullname: 'Dewi Lestari Putri',
    email: `${id}@example.test`,
    password: 'x',
    phone_number: '0811000000',
    role: 'USER',
    created_at: '2026-01-05 10:00:00',
    updated_at: '2026-01-05 10:00:00',
  });
  return { id, headers: { 'x-user-id': id } };
};

interface SessionSpec {
  readonly user: string;
  readonly goal: 'RECOMMENDATION' | 'FIT_CHECK';
  readonly status: string;
  readonly started: Date;
  readonly riasecDone?: Date;
  readonly ikigaiDone?: Date;
  readonly completed?: Date;
  readonly target?: number;
}

const insertSession = async (knex: Knex, s: SessionSpec): Promise<{ id: number; token: string }> => {
  const token = randomUUID();
  const id = await insertRow(knex, 'careerprofile_test_sessions', {
    user_id: s.user,
    session_token: token,
    persona_type: s.goal === 'FIT_CHECK' ? 'ACHIEVER' : 'PATHFINDER',
    test_goal: s.goal,
    target_profession_id: s.target ?? null,
    uses_ikigai: s.goal === 'RECOMMENDATION',
    status: s.status,
    started_at: s.started,
    // Left out when unset: Alembic's schema then fills now(), as it did for upstream (§1.1 ⚠).
    ...(s.riasecDone ? { riasec_completed_at: s.riasecDone } : {}),
    ...(s.ikigaiDone ? { ikigai_completed_at: s.ikigaiDone } : {}),
    completed_at: s.completed ?? null,
    algorithm_version: '1.0',
    question_set_version: '1.0',
  });
  await knex('riasec_question_sets').insert({
    test_session_id: id,
    question_ids: json(questionSet(token)),
    generated_at: s.started,
  });
  return { id, token };
};

const historyRow = async (knex: Knex, user: string, session: number, started: Date, completed?: Date) => {
  const category = await knex('kenalidiri_categories').where({ category_code: 'CAREER_PROFILE' }).first('id');
  await knex('kenalidiri_history').insert({
    user_id: user,
    test_category_id: category.id,
    detail_session_id: session,
    status: completed ? 'completed' : 'ongoing',
    started_at: started,
    completed_at: completed ?? null,
  });
};

/** RIASEC submit's rows (§3.2–§3.8): responses, the result without its code string, the candidates. */
const insertRiasec = async (knex: Knex, session: number, at: Date): Promise<void> => {
  await knex('riasec_responses').insert({
    test_session_id: session,
    responses_data: json({
      responses: answersFor(UPSTREAM_SCORES, at),
      total_questions: 72,
      completed: true,
      submitted_at: naive(at),
    }),
    created_at: at,
  });
  await insertRow(knex, 'riasec_results', {
    test_session_id: session,
    score_r: UPSTREAM_SCORES.R,
    score_i: UPSTREAM_SCORES.I,
    score_a: UPSTREAM_SCORES.A,
    score_s: UPSTREAM_SCORES.S,
    score_e: UPSTREAM_SCORES.E,
    score_c: UPSTREAM_SCORES.C,
    riasec_code_id: UPSTREAM_CODES.I,
    riasec_code_type: 'single',
    is_inconsistent_profile: false,
    calculated_at: at,
  });
  await knex('ikigai_candidate_professions').insert({
    test_session_id: session,
    candidates_data: json(candidatesData(at)),
    total_candidates: UPSTREAM_CANDIDATES.length,
    generation_strategy: '4_tier_expansion',
    max_candidates_limit: 30,
    generated_at: at,
  });
};

const dimensionColumns = (schema: UpstreamSchema): Record<DimensionKey, string> => {
  const sep = schema === 'alembic' ? '_' : '';
  return {
    what_you_love: `dimension${sep}1_love`,
    what_you_are_good_at: `dimension${sep}2_good_at`,
    what_the_world_needs: `dimension${sep}3_world_needs`,
    what_you_can_be_paid_for: `dimension${sep}4_paid_for`,
  };
};

/** Ikigai start → four answers → finalize (§4.7–§4.8, §5.2), as upstream committed them. */
const insertIkigai = async (knex: Knex, schema: UpstreamSchema, session: number, at: Date) => {
  const columns = dimensionColumns(schema);
  await knex('ikigai_responses').insert({
    test_session_id: session,
    ...Object.fromEntries(
      DIMENSION_KEYS.map((key) => [
        columns[key],
        json({
          selected_profession_id: SELECTED[key],
          selection_type: SELECTED[key] === null ? 'not_selected' : 'selected',
          reasoning_text: REASONS[key],
          answered_at: naive(at),
        }),
      ]),
    ),
    completed: true,
    created_at: at,
    completed_at: at,
  });
  const scores = upstreamScores(naive(at));
  await knex('ikigai_dimension_scores').insert({
    test_session_id: session,
    scores_data: json(scores.dimension_scores),
    calculated_at: at,
    ai_model_used: 'gemini-1.5-flash',
    total_api_calls: 4,
  });
  const top =
    schema === 'alembic'
      ? ['top_profession_1_id', 'top_profession_2_id']
      : ['top_profession1_id', 'top_profession2_id'];
  await knex('ikigai_total_scores').insert({
    test_session_id: session,
    scores_data: json(scores.total_scores),
    [top[0]]: scores.top_profession1_id,
    [top[1]]: scores.top_profession2_id,
    calculated_at: at,
  });
  return scores;
};

/**
 * A user with three sessions upstream wrote: a completed RECOMMENDATION with its recommendation, a completed
 * FIT_CHECK (only where the schema has `fit_check_results`: the Go-created one does not), an unfinished
 * RECOMMENDATION still in `riasec_ongoing`, and a session in `ikigai_completed` (a status upstream's model
 * names but kenali never writes).
 */
export const insertUpstreamRows = async (knex: Knex, schema: UpstreamSchema): Promise<UpstreamWorld> => {
  const user = await insertUser(knex);
  const started = daysAgo(3);
  const riasecDone = daysAgo(3, 10);
  const done = daysAgo(3, 11);

  const rec = await insertSession(knex, {
    user: user.id,
    goal: 'RECOMMENDATION',
    status: 'completed',
    started,
    riasecDone,
    ikigaiDone: done,
    completed: done,
  });
  await historyRow(knex, user.id, rec.id, started, done);
  await insertRiasec(knex, rec.id, riasecDone);
  const scores = await insertIkigai(knex, schema, rec.id, done);
  const recommendationData = upstreamRecommendation(scores.total_scores.profession_scores.slice(0, 2), done);
  // MD 3 leaves the top ids NULL; Alembic's ai_model_used has no default, so it stays NULL there.
  await knex('career_recommendations').insert({
    test_session_id: rec.id,
    recommendations_data: json(recommendationData),
  });

  let fitCheck: UpstreamWorld['fitCheck'];
  if (schema === 'alembic') {
    const fitStarted = daysAgo(2);
    fitCheck = await insertSession(knex, {
      user: user.id,
      goal: 'FIT_CHECK',
      status: 'completed',
      started: fitStarted,
      riasecDone: daysAgo(2, 10),
      completed: daysAgo(2, 10),
      target: 201,
    });
    await historyRow(knex, user.id, fitCheck.id, fitStarted, daysAgo(2, 10));
    await insertRiasec(knex, fitCheck.id, daysAgo(2, 10));
    // I against Analis Data (IC): same dominant, other composition → MEDIUM dominant_same (§3.9).
    await knex('fit_check_results').insert({
      test_session_id: fitCheck.id,
      profession_id: 201,
      user_riasec_code_id: UPSTREAM_CODES.I,
      profession_riasec_code_id: UPSTREAM_CODES.IC,
      match_category: 'MEDIUM',
      rule_type: 'dominant_same',
      dominant_letter_same: true,
      is_adjacent_hexagon: true,
      match_score: 1.0,
      created_at: daysAgo(2, 10),
    });
  }

  // Started an hour ago: still within kenali's expiry, so it is the user's active test.
  const recently = new Date(Date.now() - 3_600_000);
  const strayStarted = daysAgo(1);
  const stray = await insertSession(knex, {
    user: user.id,
    goal: 'RECOMMENDATION',
    status: 'ikigai_completed',
    started: strayStarted,
    riasecDone: daysAgo(1, 10),
    ikigaiDone: daysAgo(1, 11),
  });
  await historyRow(knex, user.id, stray.id, strayStarted);
  await insertRiasec(knex, stray.id, daysAgo(1, 10));

  const unfinished = await insertSession(knex, {
    user: user.id,
    goal: 'RECOMMENDATION',
    status: 'riasec_ongoing',
    started: recently,
  });
  await historyRow(knex, user.id, unfinished.id, recently);

  return {
    user,
    recommendation: { ...rec, scores },
    fitCheck,
    unfinished,
    stray,
    recommendationData,
  };
};

/** Every row of every table, keyed by table then id, as JSON (to compare old rows before and after). */
export const rowsSnapshot = async (
  knex: Knex,
): Promise<Map<string, Map<string, Record<string, unknown>>>> => {
  const tables: string[] = await knex('information_schema.tables')
    .where({ table_schema: knex.raw('current_schema()'), table_type: 'BASE TABLE' })
    .pluck('table_name');
  const out = new Map<string, Map<string, Record<string, unknown>>>();
  for (const table of tables) {
    const { rows } = await knex.raw<{ rows: { row: Record<string, unknown> }[] }>(
      'select to_jsonb(t) as row from ?? t',
      [table],
    );
    out.set(table, new Map(rows.map(({ row }) => [JSON.stringify(row.id ?? row), row])));
  }
  return out;
};
