/**
 * Every environment variable kenali reads, in one place: `kenali config` prints the effective values from it
 * and `docs/configuration.md` is generated from it (`npm run docs:config`). A test fails when the decoder
 * (config.codec.ts) reads a variable that is not listed here, or the doc is stale.
 *
 * To add a variable: add it to the codec, add one entry here (keep the group), run `npm run docs:config`.
 */
export interface Variable {
  readonly name: string;
  readonly group: VariableGroup;
  /** What the decoder accepts, e.g. `integer 1–65535`, `boolean`, `gateway | jwt`. */
  readonly type: string;
  /** The value used when the variable is unset, as text; `–` when there is none. */
  readonly default: string;
  readonly description: string;
  /** Printed masked by `kenali config`. */
  readonly secret?: boolean;
}

export type VariableGroup =
  | 'Listening'
  | 'Storage'
  | 'Authentication'
  | 'Read caches'
  | 'AI'
  | 'Tokens and limits'
  | 'Idempotency'
  | 'Operations';

export const VARIABLE_GROUPS: readonly VariableGroup[] = [
  'Listening',
  'Storage',
  'Authentication',
  'Read caches',
  'AI',
  'Tokens and limits',
  'Idempotency',
  'Operations',
];

const v = (
  group: VariableGroup,
  name: string,
  type: string,
  defaultValue: string,
  description: string,
  secret = false,
): Variable => ({ name, group, type, default: defaultValue, description, ...(secret ? { secret } : {}) });

export const VARIABLES: readonly Variable[] = [
  // Listening
  v('Listening', 'PORT', 'integer 1–65535', '8010', 'TCP port of the API.'),
  v(
    'Listening',
    'HOST',
    'interface address',
    '127.0.0.1 without DATABASE_URL, else 0.0.0.0',
    'Interface the API listens on. The standalone mode (embedded PostgreSQL) stays on loopback by default.',
  ),
  v(
    'Listening',
    'TRUST_PROXY',
    'boolean',
    'false',
    'Take the client IP from X-Forwarded-For (behind the gateway); used by the anonymous rate limits.',
  ),
  v(
    'Listening',
    'TRUST_PROXY_HOPS',
    'integer 1–10',
    '1',
    'Proxies in front of kenali that append to X-Forwarded-For: the client address is the one the outermost ' +
      'of them saw; entries further left, which the client writes, are ignored (ADR 0022).',
  ),
  v(
    'Listening',
    'BODY_LIMIT_KB',
    'integer 1–10240',
    '256',
    'Largest JSON request body, in KiB, after any Content-Encoding is undone (ADR 0022).',
  ),
  v(
    'Listening',
    'REQUEST_TIMEOUT_MS',
    'integer 1000–30000',
    '30000',
    "A request's headers and body must arrive within this, else 408 and the connection is closed " +
      '(headers within min(this, 20 s)).',
  ),
  v(
    'Listening',
    'CORS_ORIGINS',
    'comma-separated list or *',
    '*',
    'Origins allowed to call the API from a browser (* = any, as upstream).',
  ),
  v('Listening', 'CORS_METHODS', 'comma-separated list', 'GET,POST,OPTIONS', 'Methods allowed cross-origin.'),
  v(
    'Listening',
    'CORS_HEADERS',
    'comma-separated list or *',
    '*',
    'Request headers allowed cross-origin (* = any).',
  ),
  // Storage
  v(
    'Storage',
    'DATABASE_URL',
    'postgres:// URL',
    '–',
    'PostgreSQL. Unset: an embedded PostgreSQL under KENALI_DATA_DIR, started and stopped with the process.',
    true,
  ),
  v(
    'Storage',
    'KENALI_DATA_DIR',
    'path',
    '.kenali',
    'Directory of the embedded PostgreSQL (pg/) and of the file other kenali processes use to join it.',
  ),
  v(
    'Storage',
    'MIGRATE_ON_START',
    'true | false',
    'true',
    'The service applies pending migrations before listening (`kenali serve --no-migrate` sets false). false: a ' +
      'database with pending migrations stops the start with exit code 5; run `kenali migrate plan` and ' +
      '`kenali migrate up` separately (ADR 0015).',
  ),
  v(
    'Storage',
    'REDIS_URL',
    'redis:// or rediss:// URL',
    '–',
    'Optional cache and rate-limit counters; every Redis error is a logged miss.',
    true,
  ),
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
    'How long RIASEC codes and profession names read by the result routes are kept in memory (0 = off).',
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
  // AI
  v(
    'AI',
    'AI_PROVIDER',
    'gemini | offline',
    'gemini with GEMINI_API_KEY, else offline',
    'Which engine answers the four AI calls.',
  ),
  v('AI', 'GEMINI_API_KEY', 'string', '–', 'Google Gemini API key.', true),
  v('AI', 'GEMINI_MODEL', 'string', 'gemini-2.5-flash', 'Gemini model name.'),
  v('AI', 'GEMINI_BASE_URL', 'http(s) URL', '–', 'Another Gemini endpoint (tests use a local fake).'),
  v('AI', 'AI_TIMEOUT_MS', 'integer 100–300000', '20000', 'Timeout of one AI attempt.'),
  // Tokens and limits
  v(
    'Tokens and limits',
    'RECOMMENDATION_TOKEN_COST',
    'integer 0–1000',
    '3',
    'Tokens a RECOMMENDATION start costs (FIT_CHECK is free).',
  ),
  v(
    'Tokens and limits',
    'SESSION_EXPIRY_HOURS',
    'integer 1–8760',
    '72',
    'An unfinished session with no activity (start or RIASEC submission) for this long stops blocking new ' +
      'starts; the next start records it abandoned, without a refund (ADR 0018).',
  ),
  v(
    'Tokens and limits',
    'RATE_LIMIT_ENABLED',
    'boolean',
    'true',
    'Per-user rate limits of the upstream service (false for load tests).',
  ),
  v('Tokens and limits', 'RATE_LIMIT_MULTIPLIER', 'number 0.001–100000', '1', 'Scales every rate limit.'),
  v(
    'Tokens and limits',
    'ADDRESS_RATE_LIMIT_PER_MINUTE',
    'integer 0–1000000',
    '600',
    'Requests per client address per minute on authenticated routes, counted in memory before the user ' +
      'lookup (0 = off; off with RATE_LIMIT_ENABLED=false); set TRUST_PROXY(_HOPS) behind a gateway.',
  ),
  // Idempotency
  v('Idempotency', 'IDEMPOTENCY_ENABLED', 'boolean', 'true', 'Idempotency of every POST.'),
  v(
    'Idempotency',
    'IDEMPOTENCY_TTL_HOURS',
    'integer 1–720',
    '24',
    'How long a stored outcome is replayed for a key.',
  ),
  v(
    'Idempotency',
    'IDEMPOTENCY_TTL_SECONDS',
    'integer 1–2592000',
    'IDEMPOTENCY_TTL_HOURS × 3600',
    'The same in seconds; wins over IDEMPOTENCY_TTL_HOURS (tests).',
  ),
  v(
    'Idempotency',
    'IDEMPOTENCY_MAX_CACHE_SIZE',
    'integer 1–10000000',
    '10000',
    'Live keys per user; beyond it a new key answers 429.',
  ),
  v(
    'Idempotency',
    'IDEMPOTENCY_CLEANUP_INTERVAL_MINUTES',
    'integer 1–1440',
    '60',
    'How often expired records are deleted.',
  ),
  v('Idempotency', 'IDEMPOTENCY_CLEANUP_BATCH_SIZE', 'integer 1–100000', '500', 'Rows per cleanup DELETE.'),
  v(
    'Idempotency',
    'IDEMPOTENCY_CLEANUP_DUTY_CYCLE',
    'number 0.001–1',
    '0.005',
    'Share of its wall time the cleanup spends deleting (1 = back to back).',
  ),
  v(
    'Idempotency',
    'IDEMPOTENCY_LEASE_SECONDS',
    'integer 1–60',
    '30',
    'An execution that died without finishing frees its key after this long.',
  ),
  v(
    'Idempotency',
    'IDEMPOTENCY_FALLBACK_WINDOW_SECONDS',
    'integer 1–3600',
    '60',
    'Requests without a key are deduplicated by their fingerprint for this long.',
  ),
  // Operations
  v('Operations', 'LOG_LEVEL', 'fatal | error | warn | info | debug | trace | silent', 'info', 'Log level.'),
  v(
    'Operations',
    'SHUTDOWN_GRACE_MS',
    'integer 0–600000',
    '10000',
    'On SIGTERM/SIGINT: how long in-flight requests may take to finish before their connections are cut.',
  ),
  v(
    'Operations',
    'METRICS_PORT',
    'integer 1–65535',
    '–',
    'Serve /metrics on this port instead of the API port (then the API port has no /metrics).',
  ),
  v('Operations', 'METRICS_HOST', 'interface address', 'HOST', 'Interface of the METRICS_PORT listener.'),
  v(
    'Operations',
    'METRICS_TOKEN',
    'string',
    '–',
    '/metrics requires Authorization: Bearer <token> when set, wherever it is served.',
    true,
  ),
];
