import { apiSchemas } from './api-schemas.js';
import { resultSchemas } from './result-schemas.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const scores = {
  type: 'object',
  required: ['R', 'I', 'A', 'S', 'E', 'C'],
  properties: Object.fromEntries(
    ['R', 'I', 'A', 'S', 'E', 'C'].map((l) => [l, { type: 'integer', minimum: 12, maximum: 60 }]),
  ),
};

export const schemas = {
  ...resultSchemas,
  ...apiSchemas,
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['loc', 'msg', 'type'],
          properties: {
            loc: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'integer' }] } },
            msg: { type: 'string' },
            type: { type: 'string' },
          },
        },
      },
    },
  },
  StartRecommendation: {
    type: 'object',
    required: ['persona_type'],
    properties: {
      persona_type: {
        type: 'string',
        enum: ['PATHFINDER', 'BUILDER', 'ACHIEVER'],
        description: 'case-insensitive',
      },
    },
  },
  StartFitCheck: {
    type: 'object',
    required: ['persona_type', 'target_profession_id'],
    properties: {
      persona_type: { type: 'string', enum: ['BUILDER', 'ACHIEVER'], description: 'case-insensitive' },
      target_profession_id: { type: 'integer', minimum: 1, maximum: 2147483647 },
    },
  },
  StartSessionResponse: {
    type: 'object',
    required: ['session_token', 'test_goal', 'status', 'question_ids', 'total_questions', 'message'],
    properties: {
      session_token: { type: 'string', format: 'uuid' },
      test_goal: { type: 'string', enum: ['RECOMMENDATION', 'FIT_CHECK'] },
      status: { const: 'riasec_ongoing' },
      question_ids: { type: 'array', items: { type: 'integer' }, minItems: 72, maxItems: 72 },
      total_questions: { const: 72 },
      message: { type: 'string' },
    },
  },
  RiasecSubmit: {
    type: 'object',
    required: ['session_token', 'responses'],
    properties: {
      session_token: { type: 'string' },
      responses: {
        type: 'array',
        minItems: 72,
        maxItems: 72,
        items: {
          type: 'object',
          required: ['question_id', 'question_type', 'answer_value', 'answered_at'],
          properties: {
            question_id: { type: 'integer', minimum: 1, maximum: 72 },
            question_type: {
              type: 'string',
              enum: ['R', 'I', 'A', 'S', 'E', 'C'],
              description: 'must match the id range',
            },
            answer_value: { type: 'integer', minimum: 1, maximum: 5 },
            answered_at: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
  },
  CandidateEntry: {
    type: 'object',
    required: [
      'profession_id',
      'riasec_code_id',
      'expansion_tier',
      'congruence_type',
      'congruence_score',
      'display_order',
      'is_display_candidate',
      'path',
    ],
    properties: {
      profession_id: { type: 'integer' },
      riasec_code_id: { type: ['integer', 'null'] },
      expansion_tier: { type: 'integer', minimum: 1, maximum: 4 },
      congruence_type: { type: 'string' },
      congruence_score: { type: 'number' },
      display_order: { type: 'integer', minimum: 1, maximum: 30 },
      is_display_candidate: { type: 'boolean' },
      path: { enum: ['A', 'B', null], description: 'split-path branch; null outside the split path' },
    },
  },
  RiasecResult: {
    type: 'object',
    required: [
      'session_token',
      'test_goal',
      'status',
      'scores',
      'classification_type',
      'is_inconsistent_profile',
      'riasec_code_info',
      'candidates',
      'total_candidates',
      'display_candidates_count',
      'validity_warning',
      'next_step',
    ],
    properties: {
      session_token: { type: 'string' },
      test_goal: { type: 'string' },
      status: {
        type: 'string',
        enum: ['riasec_completed', 'ikigai_ongoing', 'completed', 'abandoned'],
        description:
          '`abandoned`: the test ended unfinished (abandoned or expired), or the session carries a status ' +
          "upstream's service wrote that kenali does not continue (e.g. `ikigai_completed`)",
      },
      scores,
      classification_type: { type: 'string', enum: ['single', 'dual', 'triple'] },
      is_inconsistent_profile: { type: 'boolean' },
      riasec_code_info: ref('RiasecCodeInfo'),
      candidates: { type: 'array', items: ref('CandidateEntry') },
      total_candidates: { type: 'integer' },
      display_candidates_count: { type: 'integer' },
      validity_warning: { type: ['string', 'null'] },
      next_step: { type: 'string', enum: ['ikigai', 'fit_check_result'] },
    },
  },
} as const;
