const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const listing = {
  type: 'object',
  required: ['profession_id', 'name', 'riasec_code'],
  properties: {
    profession_id: { type: 'integer' },
    name: { type: 'string' },
    riasec_code: { type: ['string', 'null'], description: 'null while the catalogue has not classified it' },
  },
};

/** The web client's profession search (ADR 0029): kenali's own route, not in upstream. */
export const professionPaths = {
  '/api/v1/career-profile/professions': {
    get: {
      tags: ['reference'],
      summary: 'Professions by name or id, for choosing a fit-check target and naming candidates',
      security: [{ gatewayUser: [] }, { bearer: [] }, { appLink: [] }],
      parameters: [
        {
          name: 'q',
          in: 'query',
          required: false,
          schema: { type: 'string', maxLength: 100 },
          description: 'words the name contains, any case',
        },
        {
          name: 'ids',
          in: 'query',
          required: false,
          schema: { type: 'string', pattern: '^[0-9]{1,10}(,[0-9]{1,10}){0,49}$' },
          description: 'comma-separated profession ids (at most 50); ids no profession can have are ignored',
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
        },
      ],
      responses: {
        200: {
          description: 'matching professions ordered by name',
          content: { 'application/json': { schema: { type: 'array', items: listing } } },
        },
        401: problem('missing, malformed or unknown user'),
        403: problem('role is not USER or EXPERT'),
        422: problem('q, ids or limit out of range'),
        429: problem('rate limit exceeded'),
        503: problem('storage unavailable'),
      },
    },
  },
} as const;
