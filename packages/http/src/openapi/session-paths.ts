const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The way out of an unfinished session (ADR 0018): kenali's own route, not in upstream's briefs. */
export const sessionPaths = {
  '/api/v1/career-profile/sessions/{session_token}/abandon': {
    post: {
      operationId: 'abandonSession',
      tags: ['sessions'],
      summary: 'End an unfinished session so a new test can start (owner only, idempotent, no refund)',
      description:
        'Sets the session and its kenalidiri_history row to `abandoned` in one transaction. Abandoning an ' +
        'abandoned session answers the same 200 again. Tokens already spent are not refunded (upstream never ' +
        'refunds). An unfinished session idle for SESSION_EXPIRY_HOURS (72 h) stops blocking starts by itself.',
      security: [{ gatewayUser: [] }, { bearer: [] }, { appLink: [] }],
      parameters: [{ name: 'session_token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'the session, now abandoned',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['session_token', 'test_goal', 'status', 'tokens_refunded', 'message'],
                properties: {
                  session_token: { type: 'string' },
                  test_goal: { enum: ['RECOMMENDATION', 'FIT_CHECK'] },
                  status: { const: 'abandoned' },
                  tokens_refunded: { const: 0 },
                  message: { type: 'string' },
                },
              },
            },
          },
        },
        400: problem('the session is already completed; its result stays'),
        401: problem('missing, malformed or unknown user'),
        403: problem('role is not USER or EXPERT'),
        404: problem('no such session for this user'),
        422: problem('malformed session token'),
        429: problem('rate limit exceeded'),
        503: problem('storage unavailable'),
      },
    },
  },
} as const;
