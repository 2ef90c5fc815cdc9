/** Variables of the AI engine, tokens and limits, idempotency and operations (see variables.ts). */
import { v, type Variable } from './variable.js';

export const OPERATIONS_VARIABLES: readonly Variable[] = [
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
