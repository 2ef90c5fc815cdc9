/** Operator and discovery routes: health, readiness, metrics, the service description and the docs. */
const json = (description: string, schema: object) => ({
  description,
  content: { 'application/json': { schema } },
});
const str = { type: 'string' } as const;
const object = (properties: Record<string, object>) => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
});
const html = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

const readiness = object({
  status: { type: 'string', enum: ['ready', 'not_ready'] },
  checks: object({ database: { type: 'string', enum: ['ok', 'unreachable'] } }),
});

export const servicePaths = {
  '/': {
    get: {
      summary: 'What this service is and where its API, docs and health routes are',
      responses: {
        200: json(
          'service description',
          object({
            service: str,
            version: str,
            description: str,
            api: str,
            docs: str,
            redoc: str,
            openapi: str,
            health: str,
          }),
        ),
      },
    },
  },
  '/api/v1/': {
    get: {
      summary: 'The API version and its routes',
      responses: {
        200: json(
          'route list',
          object({
            service: str,
            version: { const: 'v1' },
            routes: {
              type: 'array',
              items: object({ method: { type: 'string', enum: ['GET', 'POST'] }, path: str, summary: str }),
            },
          }),
        ),
      },
    },
  },
  '/health': {
    get: {
      summary: 'Liveness in upstream’s place (the process answers; /readyz checks the database)',
      responses: {
        200: json('alive', object({ status: { const: 'healthy' }, service: str, version: str })),
      },
    },
  },
  '/healthz': {
    get: {
      summary: 'Liveness',
      responses: { 200: json('alive', object({ status: { const: 'ok' } })) },
    },
  },
  '/readyz': {
    get: {
      summary: 'Readiness (database reachable)',
      responses: { 200: json('ready', readiness), 503: json('not ready', readiness) },
    },
  },
  '/metrics': {
    get: {
      summary: 'Prometheus metrics',
      responses: {
        200: {
          description: 'Prometheus text exposition format',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
      },
    },
  },
  '/openapi.json': {
    get: {
      summary: 'This document',
      responses: {
        200: json('the OpenAPI 3.1 document', { type: 'object', required: ['openapi', 'paths'] }),
      },
    },
  },
  '/docs': {
    get: { summary: 'Browsable API documentation (offline assets)', responses: { 200: html('page') } },
  },
  '/redoc': {
    get: {
      summary: 'The same documentation page where upstream serves ReDoc',
      responses: { 200: html('page') },
    },
  },
} as const;
