/** Response schemas of the questions, Ikigai, category and history routes (upstream §3–§4, §2.4). */
const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const strings = { type: 'array', items: str } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const object = (properties: Record<string, object>, optional: readonly string[] = []) => ({
  type: 'object',
  required: Object.keys(properties).filter((key) => !optional.includes(key)),
  properties,
});
const DIMENSIONS = [
  'what_you_love',
  'what_you_are_good_at',
  'what_the_world_needs',
  'what_you_can_be_paid_for',
] as const;
const dimension = { type: 'string', enum: DIMENSIONS } as const;
const perDimension = object(Object.fromEntries(DIMENSIONS.map((key) => [key, str])));

const category = {
  id: int,
  category_code: str,
  category_name: str,
  description: { type: ['string', 'null'] },
  is_active: bool,
};

const professionScores = object({
  rank: int,
  profession_id: int,
  total_score: { type: 'number' },
  score_what_you_love: { type: 'number' },
  score_what_you_are_good_at: { type: 'number' },
  score_what_the_world_needs: { type: 'number' },
  score_what_you_can_be_paid_for: { type: 'number' },
  intrinsic_score: { type: 'number' },
  extrinsic_score: { type: 'number' },
});

export const apiSchemas = {
  RiasecCodeInfo: object({
    riasec_code: str,
    riasec_title: str,
    riasec_description: str,
    strengths: strings,
    challenges: strings,
    strategies: strings,
    work_environments: strings,
    interaction_styles: strings,
  }),
  RiasecQuestions: object({
    success: bool,
    message: str,
    data: {
      type: 'array',
      items: object({ id: { type: 'string', pattern: '^[RIASEC][0-9]{1,2}$' }, pertanyaan: str }),
    },
  }),
  IkigaiDimensions: object({
    dimensions: {
      type: 'array',
      items: object({
        dimension_key: dimension,
        label: str,
        label_id: str,
        question_prompt: str,
        description: str,
        helper_text_selected: str,
        helper_text_not_selected: str,
        example_text_selected: str,
        example_text_not_selected: str,
        min_chars: int,
        max_chars: int,
      }),
    },
    total: int,
  }),
  IkigaiContent: object(
    {
      session_token: str,
      status: { const: 'ikigai_ongoing' },
      generated_at: dateTime,
      from_cache: bool,
      regenerated: { type: 'boolean', description: 'the inverse of from_cache, kept for older clients' },
      total_display_candidates: int,
      total_all_candidates: int,
      user_riasec_code: str,
      message: str,
      candidates_with_content: {
        type: 'array',
        items: object(
          {
            profession_id: int,
            profession_name: str,
            display_order: int,
            congruence_score: { type: 'number' },
            dimension_content: perDimension,
            dimension_options: perDimension,
          },
          ['dimension_options'],
        ),
      },
    },
    ['total_all_candidates', 'user_riasec_code'],
  ),
  DimensionSubmitResponse: object({
    session_token: str,
    dimension_saved: dimension,
    dimensions_completed: { type: 'array', items: dimension },
    dimensions_remaining: { type: 'array', items: dimension },
    all_completed: { const: false },
    message: str,
  }),
  IkigaiCompletion: object({
    session_token: str,
    status: { const: 'completed' },
    top_2_professions: { type: 'array', items: professionScores, maxItems: 2 },
    total_professions_evaluated: int,
    tie_breaking_applied: bool,
    calculated_at: dateTime,
    message: str,
  }),
  Category: object({ ...category, detail_table_name: str, created_at: dateTime }),
  HistoryEntry: object({
    id: int,
    user_id: { type: 'string', format: 'uuid' },
    test_category_id: int,
    detail_session_id: int,
    status: str,
    started_at: dateTime,
    completed_at: { type: ['string', 'null'], format: 'date-time' },
    test_category: {
      oneOf: [object(category), { type: 'null' }],
      description: 'the category of test_category_id (null only if it was deleted)',
    },
  }),
} as const;
