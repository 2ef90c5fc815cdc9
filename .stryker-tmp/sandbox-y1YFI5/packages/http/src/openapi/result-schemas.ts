/** Response schemas of the result tabs and the active profile (upstream §5.3–§5.6 plus additive fields). */
// @ts-nocheck

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' } as const;
const strings = { type: 'array', items: str } as const;
const nullableInt = { type: ['integer', 'null'] } as const;
const object = (properties: Record<string, object>, optional: readonly string[] = []) => ({
  type: 'object',
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
});
const header = {
  session_token: str,
  user_first_name: { type: 'string', description: 'first word of users.fullname, else "Pengguna"' },
  test_completed_at: { type: ['string', 'null'], format: 'date-time' },
};
const points = { points_awarded: { type: 'null' }, TODO_points: str };
const dimensionTexts = object(
  Object.fromEntries(
    ['what_you_love', 'what_you_are_good_at', 'what_the_world_needs', 'what_you_can_be_paid_for'].map((k) => [
      k,
      str,
    ]),
  ),
);
const candidateCard = object({
  profession_id: { type: 'integer' },
  name: str,
  congruence_type: str,
  expansion_tier: { type: 'integer' },
  is_display_candidate: { type: 'boolean' },
});
const profileDetails = {
  profile_id: { type: 'string', description: 'the row key of user_career_profile, i.e. the user id' },
  test_session_id: { type: 'integer' },
  session_token: str,
  riasec_code: { type: ['string', 'null'] },
  top_profession1_id: nullableInt,
  top_profession2_id: nullableInt,
  activated_at: { type: 'string', format: 'date-time' },
  active_session_token: str,
  test_goal: { type: 'string', enum: ['RECOMMENDATION', 'FIT_CHECK'] },
  set_source: { type: 'string', enum: ['AUTO_FIRST_TIME', 'USER_SELECTED'] },
  pinned: { type: 'boolean' },
  set_at: { type: 'string', format: 'date-time' },
  test_completed_at: { type: ['string', 'null'], format: 'date-time' },
};

export const resultSchemas = {
  RecommendedProfession: object({
    rank: { type: 'integer', enum: [1, 2] },
    profession_id: { type: 'integer' },
    profession_name: str,
    match_percentage: { type: 'number', minimum: 0, maximum: 100 },
    match_reasoning: str,
    riasec_alignment: object({
      user_code: str,
      profession_code: str,
      congruence_type: str,
      congruence_score: { type: 'number' },
    }),
    score_breakdown: { type: 'object', additionalProperties: { type: 'number' } },
  }),
  RecommendationResult: object({
    ...header,
    riasec_summary: object({
      riasec_code: str,
      riasec_title: { type: 'string', description: 'letter names joined with " – "' },
      top_types: strings,
      total_candidates_found: { type: 'integer' },
    }),
    candidate_profession_names: {
      type: 'array',
      items: object({ profession_id: { type: 'integer' }, name: str }),
    },
    ikigai_profile_summary: dimensionTexts,
    recommended_professions: { type: 'array', items: ref('RecommendedProfession') },
    ...points,
    test_duration_minutes: { type: 'integer', minimum: 1 },
    riasec_scores_raw: { type: 'object', additionalProperties: { type: 'integer' } },
    display_candidates: { type: 'array', items: candidateCard },
    congruent_candidates: { type: 'array', items: candidateCard },
    riasec_profile: {
      type: 'object',
      description: 'the riasec_codes row (DB title, description, five arrays)',
    },
  }),
  FitCheckResult: object({
    ...header,
    user_riasec: object({ riasec_code: str, riasec_title: str, top_types: strings }),
    target_profession: object({
      profession_id: { type: 'integer' },
      name: str,
      riasec_code: str,
      riasec_title: str,
    }),
    fit_check_result: object({
      match_category: { type: 'string', enum: ['HIGH', 'MEDIUM', 'LOW'] },
      match_label: str,
      match_stars: { type: 'integer', minimum: 1, maximum: 3 },
      rule_type: str,
      dominant_letter_same: { type: 'boolean' },
      is_adjacent_hexagon: { type: 'boolean' },
      match_score: { type: ['number', 'null'] },
      explanation: object({
        meaning: str,
        reason_points: { ...strings, minItems: 2, maxItems: 2 },
        implication: str,
        next_steps: { ...strings, minItems: 3, maxItems: 3 },
        cta_primary: str,
        cta_secondary: { type: ['string', 'null'] },
        match_label: str,
        match_stars: { type: 'integer' },
      }),
    }),
    ...points,
  }),
  PersonalityResult: object({
    session_token: str,
    riasec_code: str,
    riasec_title: str,
    top_types: { type: 'array', items: object({ letter: str, name: str }) },
    about_code: {
      type: 'string',
      description: 'AI text cached 7 days per code; a generic text if the AI fails',
    },
    strengths: strings,
    challenges: strings,
    strategies: strings,
    interaction_styles: strings,
    work_environments: strings,
  }),
  ActiveProfile: {
    oneOf: [
      object({ has_active_profile: { const: false } }),
      object({ has_active_profile: { const: true }, ...profileDetails }),
    ],
  },
  SetActiveProfile: object({ session_token: str }),
  SetActiveProfileResult: object({ success: { const: true }, ...profileDetails, message: str }),
} as const;
