import { renderedResultHeaders } from './rendered-result-header.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The shareable result card (ADR 0025): kenali's own route, not in upstream. */
export const cardPaths = {
  '/api/v1/career-profile/result/{session_token}/card.svg': {
    get: {
      operationId: 'getResultCard',
      tags: ['results'],
      summary:
        'The result as a picture: RIASEC hexagon, code and title, the top two professions or the fit verdict',
      description:
        'A standalone SVG (600×780, system font stack, `<title>`/`<desc>` for screen readers) of a finished ' +
        'test. Owner only; the same refusals as the result tabs; reused while the rows behind it are unchanged.',
      security: [{ gatewayUser: [] }, { bearer: [] }, { appLink: [] }],
      parameters: [{ name: 'session_token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        200: {
          description: 'the card',
          headers: renderedResultHeaders,
          content: { 'image/svg+xml': { schema: { type: 'string' } } },
        },
        400: problem(
          'the RIASEC part is done but the test was abandoned or is not finished (as the result tabs)',
        ),
        401: problem('missing, malformed or unknown user'),
        403: problem('role is not USER or EXPERT'),
        404: problem('no such session for this user, or no RIASEC result yet'),
        409: problem('the test is not finished yet'),
        422: problem('malformed session token'),
        429: problem('rate limit exceeded'),
        503: problem('storage unavailable'),
      },
    },
  },
} as const;
