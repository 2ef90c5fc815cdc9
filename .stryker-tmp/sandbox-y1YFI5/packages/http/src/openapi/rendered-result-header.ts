/** The header of the read routes whose answers `RenderedResults` may reuse (ADR 0014). */
// @ts-nocheck

export const renderedResultHeaders = {
  'kenali-result-cache': {
    description:
      '`hit`: the answer rendered earlier for this session, sent because none of the rows it was built from ' +
      'changed since (checked against PostgreSQL on every request; catalogue texts at most ' +
      '2 × `REFERENCE_CACHE_TTL_MS` old). `miss`: rendered now and kept. Absent: not kept (caching off, or an ' +
      'answer that is never reused, such as the generic personality text of an AI outage).',
    schema: { type: 'string', enum: ['hit', 'miss'] },
  },
} as const;

/** A 200 answer of such a route: the JSON body plus that header. */
export const renderedJson = (description: string, schema: object) => ({
  description,
  headers: renderedResultHeaders,
  content: { 'application/json': { schema } },
});
