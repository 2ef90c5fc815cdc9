// @ts-nocheck
import { expect } from 'chai';

/** A JSON type, a union like 'string|null', an array of one item shape, or an object of key shapes. */
export type Shape = string | readonly [Shape] | { readonly [key: string]: Shape };

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

/**
 * Asserts every key of `shape` exists in `value` with the right JSON type, recursively (extra keys are
 * allowed: kenali adds fields, it never removes any). 'number' also accepts integers.
 */
export const expectShape = (value: unknown, shape: Shape, path = 'body'): void => {
  if (typeof shape === 'string') {
    const actual = typeOf(value);
    const allowed = shape.split('|');
    const ok = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    expect(ok, `${path}: expected ${shape}, got ${actual} (${JSON.stringify(value)})`).to.equal(true);
    return;
  }
  if (Array.isArray(shape)) {
    expect(value, `${path}: expected an array`).to.be.an('array');
    (value as unknown[]).forEach((item, i) => expectShape(item, shape[0], `${path}[${i}]`));
    return;
  }
  expect(typeOf(value), `${path}: expected an object`).to.equal('object');
  for (const [key, inner] of Object.entries(shape)) {
    expect(value, `${path} lacks ${key}`).to.have.property(key);
    expectShape((value as Record<string, unknown>)[key], inner, `${path}.${key}`);
  }
};

const dimensionTexts = {
  what_you_love: 'string',
  what_you_are_good_at: 'string',
  what_the_world_needs: 'string',
  what_you_can_be_paid_for: 'string',
};
const candidateCard = {
  profession_id: 'integer',
  name: 'string',
  congruence_type: 'string',
  expansion_tier: 'integer',
  is_display_candidate: 'boolean',
};

/** Upstream §5.3 `RecommendationResultResponse` plus the REXTRA-AI additive fields the issue asks for. */
export const RECOMMENDATION_RESULT: Shape = {
  session_token: 'string',
  user_first_name: 'string',
  test_completed_at: 'string|null',
  riasec_summary: {
    riasec_code: 'string',
    riasec_title: 'string',
    top_types: ['string'],
    total_candidates_found: 'integer',
  },
  candidate_profession_names: [{ profession_id: 'integer', name: 'string' }],
  ikigai_profile_summary: dimensionTexts,
  recommended_professions: [
    {
      rank: 'integer',
      profession_id: 'integer',
      profession_name: 'string',
      match_percentage: 'number',
      match_reasoning: 'string',
      riasec_alignment: {
        user_code: 'string',
        profession_code: 'string',
        congruence_type: 'string',
        congruence_score: 'number',
      },
      score_breakdown: {
        total_score: 'number',
        intrinsic_score: 'number',
        extrinsic_score: 'number',
        score_what_you_love: 'number',
        score_what_you_are_good_at: 'number',
        score_what_the_world_needs: 'number',
        score_what_you_can_be_paid_for: 'number',
      },
    },
  ],
  points_awarded: 'null',
  TODO_points: 'string',
  test_duration_minutes: 'integer',
  riasec_scores_raw: { R: 'integer', I: 'integer', A: 'integer', S: 'integer', E: 'integer', C: 'integer' },
  display_candidates: [candidateCard],
  congruent_candidates: [candidateCard],
  riasec_profile: {
    riasec_code: 'string',
    riasec_title: 'string',
    riasec_description: 'string',
    strengths: ['string'],
    challenges: ['string'],
    strategies: ['string'],
    interaction_styles: ['string'],
    work_environments: ['string'],
  },
};

/** Upstream §5.4 `FitCheckResultResponse` (next steps and CTAs inside `explanation`). */
export const FIT_CHECK_RESULT: Shape = {
  session_token: 'string',
  user_first_name: 'string',
  test_completed_at: 'string|null',
  user_riasec: { riasec_code: 'string', riasec_title: 'string', top_types: ['string'] },
  target_profession: {
    profession_id: 'integer',
    name: 'string',
    riasec_code: 'string',
    riasec_title: 'string',
  },
  fit_check_result: {
    match_category: 'string',
    match_label: 'string',
    match_stars: 'integer',
    rule_type: 'string',
    dominant_letter_same: 'boolean',
    is_adjacent_hexagon: 'boolean',
    match_score: 'number|null',
    explanation: {
      meaning: 'string',
      reason_points: ['string'],
      implication: 'string',
      next_steps: ['string'],
      cta_primary: 'string',
      cta_secondary: 'string|null',
      match_label: 'string',
      match_stars: 'integer',
    },
  },
  points_awarded: 'null',
  TODO_points: 'string',
};

/** Upstream §5.5 `PersonalityResultResponse`. */
export const PERSONALITY_RESULT: Shape = {
  session_token: 'string',
  riasec_code: 'string',
  riasec_title: 'string',
  top_types: [{ letter: 'string', name: 'string' }],
  about_code: 'string',
  strengths: ['string'],
  challenges: ['string'],
  strategies: ['string'],
  interaction_styles: ['string'],
  work_environments: ['string'],
};

const PROFILE_FIELDS = {
  profile_id: 'string',
  test_session_id: 'integer',
  session_token: 'string',
  riasec_code: 'string|null',
  top_profession1_id: 'integer|null',
  top_profession2_id: 'integer|null',
  activated_at: 'string',
};

/** Upstream §5.6 (REXTRA-AI) active-profile answers. */
export const ACTIVE_PROFILE: Shape = { has_active_profile: 'boolean', ...PROFILE_FIELDS };
export const SET_ACTIVE_RESULT: Shape = { success: 'boolean', ...PROFILE_FIELDS, message: 'string' };
