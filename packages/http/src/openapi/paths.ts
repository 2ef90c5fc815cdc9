import { renderedJson } from './rendered-result-header.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const secured = [{ gatewayUser: [] }, { bearer: [] }, { appLink: [] }];
const authErrors = {
  401: problem('missing, malformed or unknown user'),
  403: problem('role is not USER or EXPERT'),
  429: problem('rate limit exceeded'),
  503: problem('storage unavailable'),
};
const tokenParam = [{ name: 'session_token', in: 'path', required: true, schema: { type: 'string' } }];

export const paths = {
  '/api/v1/career-profile/recommendation/start': {
    post: {
      summary: 'Start a RECOMMENDATION test (costs 3 tokens, debited once in the same transaction)',
      security: secured,
      requestBody: body('StartRecommendation'),
      responses: {
        200: json('session started', ref('StartSessionResponse')),
        402: problem('not enough tokens; balance unchanged'),
        404: problem('no token wallet'),
        409: problem(
          'another session is still running (active_session_exists); nothing charged. The body names the ways ' +
            'out: resume with active_session_token, POST abandon_url, or wait for active_session_expires_at',
        ),
        422: problem('invalid body or persona'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/fit-check/start': {
    post: {
      summary: 'Start a FIT_CHECK test (free)',
      security: secured,
      requestBody: body('StartFitCheck'),
      responses: {
        200: json('session started', ref('StartSessionResponse')),
        404: problem('target-profession-not-found: the catalogue has no such profession; nothing written'),
        409: problem('another session is still running (same body as the recommendation start)'),
        422: problem('invalid body or persona (PATHFINDER has no fit check)'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/riasec/questions': {
    get: {
      summary: 'The 72 RIASEC items (public)',
      responses: { 200: json('questions', ref('RiasecQuestions')), 429: problem('rate limit exceeded') },
    },
  },
  '/api/v1/career-profile/riasec/submit': {
    post: {
      summary: 'Submit the 72 answers; scores, code, candidates (FIT_CHECK completes here)',
      security: secured,
      requestBody: body('RiasecSubmit'),
      responses: {
        200: renderedJson('RIASEC result', ref('RiasecResult')),
        400: problem('wrong status, duplicate ids or a different question set'),
        404: problem(
          'session not found (or another user’s), question set missing, code or target profession missing',
        ),
        422: problem('schema error, question_type contradicting the id, uniform answers or total below 120'),
        ...authErrors,
        503: problem('catalog_incomplete: no profession matched; nothing stored'),
      },
    },
  },
  '/api/v1/career-profile/riasec/result/{session_token}': {
    get: {
      summary: 'Reload the RIASEC result',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: renderedJson('RIASEC result', ref('RiasecResult')),
        404: problem('session or result not found'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/result/recommendation/{session_token}': {
    get: {
      summary:
        'Recommendation tab: RIASEC summary, candidates, Ikigai summary, the two recommended professions',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: renderedJson('recommendation result', ref('RecommendationResult')),
        400: problem('session not finished, or not a RECOMMENDATION session'),
        404: problem('session not found (or another user’s), or no recommendation stored'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/result/fit-check/{session_token}': {
    get: {
      summary: 'Fit-check tab: the verdict on the target profession with a rule-based explanation',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: renderedJson('fit-check result', ref('FitCheckResult')),
        400: problem('session not finished, or not a FIT_CHECK session'),
        404: problem('session not found (or another user’s), or no fit-check result stored'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/result/personality/{session_token}': {
    get: {
      summary: 'Personality tab (both goals): the code, its five lists and "about_code" (never fails on AI)',
      security: secured,
      parameters: tokenParam,
      responses: {
        422: problem('malformed session token: blank or longer than 100 characters'),
        200: renderedJson('personality result', ref('PersonalityResult')),
        400: problem('session not finished'),
        404: problem('session not found (or another user’s), or no RIASEC result stored'),
        ...authErrors,
      },
    },
  },
  '/api/v1/career-profile/user-profile': {
    get: {
      summary: 'The caller’s active career profile (`has_active_profile: false` when there is none)',
      security: secured,
      responses: { 200: json('active profile', ref('ActiveProfile')), ...authErrors },
    },
  },
  '/api/v1/career-profile/user-profile/set-active': {
    post: {
      summary:
        'Make a completed RECOMMENDATION session the active career profile (USER_SELECTED); idempotent',
      security: secured,
      requestBody: body('SetActiveProfile'),
      responses: {
        200: json('profile set', ref('SetActiveProfileResult')),
        400: problem('session not finished, not a RECOMMENDATION session, or a bad Idempotency-Key'),
        404: problem('session not found (or another user’s)'),
        409: problem('the same Idempotency-Key is still in flight'),
        422: problem('invalid body, or an Idempotency-Key reused with another body'),
        ...authErrors,
      },
    },
  },
  '/api/v1/categories/': {
    get: {
      summary: 'Active Kenali Diri categories (public)',
      responses: {
        200: json('categories', { type: 'array', items: ref('Category') }),
        429: problem('rate limit exceeded'),
      },
    },
  },
  '/api/v1/history/': {
    get: {
      summary: 'The caller’s test history',
      security: secured,
      parameters: [
        {
          name: 'user_id',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description: 'accepted as upstream; must be the caller (403 otherwise)',
        },
      ],
      responses: {
        200: json('history rows, newest first', { type: 'array', items: ref('HistoryEntry') }),
        ...authErrors,
        403: problem('role is not USER or EXPERT, or user_id names another user'),
      },
    },
  },
  '/api/v1/history/{id}': {
    get: {
      summary: 'One of the caller’s history rows',
      security: secured,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        200: json('history row', ref('HistoryEntry')),
        404: problem('History not found (also for an id above 2147483647, which no row can have)'),
        422: problem('id is not an integer'),
        ...authErrors,
      },
    },
  },
} as const;
