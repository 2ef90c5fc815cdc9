import { renderedJson } from './rendered-result-header.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});
const secured = [{ gatewayUser: [] }, { bearer: [] }, { appLink: [] }];
const tokenParam = [{ name: 'session_token', in: 'path', required: true, schema: { type: 'string' } }];
const common = {
  401: problem('unauthenticated'),
  403: problem('wrong role'),
  429: problem('rate limited'),
  503: problem('storage unavailable'),
};
const answer = {
  type: 'object',
  required: ['selection_type', 'reasoning_text'],
  properties: {
    selected_profession_id: {
      type: ['integer', 'null'],
      minimum: 1,
      maximum: 2147483647,
      description: 'one of this session’s candidates; null with not_selected',
    },
    selected_profession_ids: {
      type: 'array',
      items: { type: 'integer', minimum: 1, maximum: 2147483647 },
      maxItems: 2,
      description: 'later clients; the first counts',
    },
    selection_type: { type: 'string', enum: ['selected', 'not_selected'] },
    reasoning_text: { type: 'string', description: '10–2000 characters after trimming' },
  },
};

/** The Ikigai phase (upstream §4) and the one-request assessment submit. */
export const ikigaiPaths = {
  '/api/v1/career-profile/ikigai/dimensions': {
    get: {
      summary: 'The four Ikigai dimensions, fixed order (public)',
      responses: { 200: json('dimensions', ref('IkigaiDimensions')), 429: problem('rate limited') },
    },
  },
  '/api/v1/career-profile/ikigai/start': {
    post: {
      summary:
        'Start the Ikigai phase (idempotent on ikigai_ongoing) and return content for the display candidates',
      security: secured,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['session_token'],
              properties: { session_token: { type: 'string' } },
            },
          },
        },
      },
      responses: {
        200: json('content (from_cache / regenerated)', ref('IkigaiContent')),
        400: problem('FIT_CHECK session or wrong status'),
        404: problem('session not found or not yours'),
        ...common,
      },
    },
  },
  '/api/v1/career-profile/ikigai/content/{session_token}': {
    get: {
      summary: 'Reload the content (cache, else regenerated)',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: json('content', ref('IkigaiContent')),
        400: problem('not in ikigai_ongoing'),
        404: problem('not found'),
        ...common,
      },
    },
  },
  '/api/v1/career-profile/ikigai/submit-dimension': {
    post: {
      summary: 'Answer one dimension; the fourth answer scores every candidate and completes the session',
      description:
        'An answer is stored once; sending the identical answer again succeeds again (and resumes an interrupted scoring run).',
      security: secured,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              allOf: [
                answer,
                {
                  type: 'object',
                  required: ['session_token', 'dimension_name'],
                  properties: {
                    session_token: { type: 'string' },
                    dimension_name: {
                      type: 'string',
                      enum: [
                        'what_you_love',
                        'what_you_are_good_at',
                        'what_the_world_needs',
                        'what_you_can_be_paid_for',
                      ],
                    },
                  },
                },
              ],
            },
          },
        },
      },
      responses: {
        200: json('DimensionSubmitResponse, or IkigaiCompletionResponse after the fourth answer', {
          oneOf: [ref('DimensionSubmitResponse'), ref('IkigaiCompletion')],
        }),
        400: problem('wrong status, dimension already answered differently, profession not a candidate'),
        404: problem('session not found or not yours'),
        422: problem('schema error, selection inconsistent with the id, text outside 10–2000 characters'),
        ...common,
      },
    },
  },
  '/api/v1/career-profile/ikigai/result/{session_token}': {
    get: {
      summary: 'The completion response, rebuilt from storage (an interrupted scoring run is finished first)',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: renderedJson('IkigaiCompletionResponse', ref('IkigaiCompletion')),
        400: problem('not completed'),
        404: problem('not found'),
        ...common,
      },
    },
  },
  '/api/v1/assessments/submit': {
    post: {
      summary:
        'The whole Ikigai assessment (four answers) in one request; same validations and completion response',
      security: secured,
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['session_token', 'answers'],
              properties: {
                session_token: { type: 'string' },
                answers: {
                  type: 'object',
                  required: [
                    'what_you_love',
                    'what_you_are_good_at',
                    'what_the_world_needs',
                    'what_you_can_be_paid_for',
                  ],
                  additionalProperties: answer,
                },
              },
            },
          },
        },
      },
      responses: {
        200: json('IkigaiCompletionResponse', ref('IkigaiCompletion')),
        400: problem('wrong status or answers'),
        404: problem('not found'),
        422: problem('invalid answers (loc names the dimension)'),
        ...common,
      },
    },
  },
} as const;
