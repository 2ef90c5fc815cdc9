/** Variables of authentication and of the read caches (see variables.ts). */
import { v, type Variable } from './variable.js';

export const AUTH_VARIABLES: readonly Variable[] = [
  // Authentication
  v(
    'Authentication',
    'AUTH_MODE',
    'gateway | jwt',
    'gateway',
    'gateway: the gateway sends the verified user in x-user-id; jwt: a Bearer JWT whose sub is the user id.',
  ),
  v(
    'Authentication',
    'GATEWAY_SHARED_SECRET',
    'string',
    '–',
    'Gateway mode: every request must carry it in x-gateway-secret (compared in constant time).',
    true,
  ),
  v(
    'Authentication',
    'AUTH_GATEWAY_TRUST_UNAUTHENTICATED',
    'boolean',
    'false',
    'Gateway mode without GATEWAY_SHARED_SECRET on a non-loopback HOST refuses to start unless this is true ' +
      '(then whoever reaches the port can act as any user; a warning is logged at every start).',
  ),
  v('Authentication', 'JWT_SECRET', 'string', '–', 'JWT mode: the HS256 secret.', true),
  v('Authentication', 'JWT_JWKS_URL', 'http(s) URL', '–', 'JWT mode: a JWKS endpoint instead of a secret.'),
  v('Authentication', 'JWT_ISSUER', 'string', '–', 'JWT mode: required iss claim, when set.'),
  v('Authentication', 'JWT_AUDIENCE', 'string', '–', 'JWT mode: required aud claim, when set.'),
  v(
    'Authentication',
    'JWT_ALGORITHM',
    'HS256 | HS384 | HS512 | RS256 | RS384 | RS512 | PS256 | ES256 | ES384 | EdDSA',
    'HS256 with JWT_SECRET, else RS256',
    'JWT mode: the only algorithm a token may use (a secret verifies only HS*).',
  ),
  v(
    'Authentication',
    'JWT_LEEWAY_SECONDS',
    'integer 0–300',
    '30',
    'JWT mode: clock skew allowed on exp and nbf; exp itself is required.',
  ),
  // Read caches
  v(
    'Read caches',
    'AUTH_USER_CACHE_TTL_MS',
    'integer 0–60000',
    '2000',
    'How long a found user is kept by the auth lookup; a role change shows within it (0 = off, ADR 0012).',
  ),
  v(
    'Read caches',
    'REFERENCE_CACHE_TTL_MS',
    'integer 0–3600000',
    '60000',
    'How long reference data is kept in memory: RIASEC codes, professions per code, profession names and profiles, for the result routes and for scoring in the write routes (0 = off, ADR 0012, ADR 0034).',
  ),
  v(
    'Read caches',
    'RESULT_CACHE_ENTRIES',
    'integer 0–100000',
    '2000',
    'Rendered result answers kept per process, reused while their rows are unchanged (0 = off, ADR 0014).',
  ),
  v(
    'Read caches',
    'RESULT_CACHE_TTL_MS',
    'integer 0–3600000',
    'REFERENCE_CACHE_TTL_MS',
    'Longest reuse of one rendered answer.',
  ),
];
