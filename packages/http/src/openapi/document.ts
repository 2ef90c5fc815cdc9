import { cardPaths } from './card-paths.js';
import { professionPaths } from './profession-paths.js';
import { ikigaiPaths } from './ikigai-paths.js';
import { IDEMPOTENCY_POLICY, withIdempotency } from './idempotency-policy.js';
import { withOperationMeta } from './operation-meta.js';
import { paths } from './paths.js';
import { schemas } from './schemas.js';
import { servicePaths } from './service-paths.js';
import { transportResponses, withTransportResponses } from './transport-responses.js';
import { sessionPaths } from './session-paths.js';

/** The OpenAPI 3.1 description served at /openapi.json; a contract test checks it lists every route. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'kenali — Kenali Diri career profile API',
    version: '0.1.0',
    description:
      'Drop-in replacement of the upstream career-profile service. Errors are application/problem+json with a string `detail`; ' +
      'validation errors are 422 with `errors: [{loc, msg, type}]`. Authenticated routes take `x-user-id` from the gateway ' +
      '(AUTH_MODE=gateway, optional `x-gateway-secret`) or a Bearer JWT (AUTH_MODE=jwt). ' +
      IDEMPOTENCY_POLICY,
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: {
      gatewayUser: { type: 'apiKey', in: 'header', name: 'x-user-id' },
      appLink: {
        type: 'apiKey',
        in: 'header',
        name: 'x-kenali-link',
        description:
          'the opening link of the web client printed by `kenali user create --link`; gateway mode without a ' +
          'gateway secret only (ADR 0029)',
      },
      bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
    schemas,
    responses: transportResponses,
  },
  paths: withOperationMeta(
    withTransportResponses(
      withIdempotency({
        ...servicePaths,
        ...paths,
        ...sessionPaths,
        ...ikigaiPaths,
        ...cardPaths,
        ...professionPaths,
      }),
    ),
  ),
  'x-idempotency-policy': IDEMPOTENCY_POLICY,
} as const;
