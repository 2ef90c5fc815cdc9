// @ts-nocheck
import * as t from 'io-ts';

/** Non-empty string from the environment. */
const NonEmpty = new t.Type<string, string, unknown>(
  'NonEmptyString',
  (u): u is string => typeof u === 'string' && u.length > 0,
  (u, c) =>
    typeof u === 'string' && u.trim().length > 0 ? t.success(u.trim()) : t.failure(u, c, 'must not be empty'),
  t.identity,
);

/** Integer parsed from an env string, within [min, max]. */
export const IntFromEnv = (name: string, min: number, max: number) =>
  new t.Type<number, string, unknown>(
    name,
    (u): u is number => Number.isInteger(u),
    (u, c) => {
      const n = typeof u === 'string' && /^-?\d+$/.test(u.trim()) ? Number(u) : NaN;
      return Number.isInteger(n) && n >= min && n <= max
        ? t.success(n)
        : t.failure(u, c, `must be an integer between ${min} and ${max}`);
    },
    String,
  );

const NumberFromEnv = (name: string, min: number, max: number) =>
  new t.Type<number, string, unknown>(
    name,
    (u): u is number => typeof u === 'number',
    (u, c) => {
      const n = typeof u === 'string' && u.trim() !== '' ? Number(u) : NaN;
      return Number.isFinite(n) && n >= min && n <= max
        ? t.success(n)
        : t.failure(u, c, `must be a number between ${min} and ${max}`);
    },
    String,
  );

const BoolFromEnv = new t.Type<boolean, string, unknown>(
  'Boolean',
  (u): u is boolean => typeof u === 'boolean',
  (u, c) => {
    const v = typeof u === 'string' ? u.trim().toLowerCase() : '';
    if (['true', '1', 'yes', 'on'].includes(v)) return t.success(true);
    if (['false', '0', 'no', 'off'].includes(v)) return t.success(false);
    return t.failure(u, c, 'must be true or false');
  },
  String,
);

const UrlFromEnv = (protocols: readonly string[]) =>
  new t.Type<string, string, unknown>(
    'Url',
    (u): u is string => typeof u === 'string',
    (u, c) => {
      try {
        const url = new URL(String(u));
        return protocols.includes(url.protocol)
          ? t.success(String(u))
          : t.failure(u, c, `must use ${protocols.join(' or ')}`);
      } catch {
        return t.failure(u, c, 'must be a URL');
      }
    },
    t.identity,
  );

/** Every environment variable kenali reads, with its default (absent key = default applies). */
export const EnvCodec = t.partial({
  PORT: IntFromEnv('PORT', 1, 65535),
  HOST: NonEmpty,
  TRUST_PROXY: BoolFromEnv,
  DATABASE_URL: UrlFromEnv(['postgres:', 'postgresql:']),
  REDIS_URL: UrlFromEnv(['redis:', 'rediss:']),
  KENALI_DATA_DIR: NonEmpty,
  LOG_LEVEL: t.keyof({
    fatal: null,
    error: null,
    warn: null,
    info: null,
    debug: null,
    trace: null,
    silent: null,
  }),
  AUTH_MODE: t.keyof({ gateway: null, jwt: null }),
  GATEWAY_SHARED_SECRET: NonEmpty,
  JWT_SECRET: NonEmpty,
  JWT_JWKS_URL: UrlFromEnv(['http:', 'https:']),
  JWT_ISSUER: NonEmpty,
  JWT_AUDIENCE: NonEmpty,
  AUTH_USER_CACHE_TTL_MS: IntFromEnv('AUTH_USER_CACHE_TTL_MS', 0, 60_000),
  REFERENCE_CACHE_TTL_MS: IntFromEnv('REFERENCE_CACHE_TTL_MS', 0, 3_600_000),
  RESULT_CACHE_ENTRIES: IntFromEnv('RESULT_CACHE_ENTRIES', 0, 100_000),
  RESULT_CACHE_TTL_MS: IntFromEnv('RESULT_CACHE_TTL_MS', 0, 3_600_000),
  AI_PROVIDER: t.keyof({ gemini: null, offline: null }),
  GEMINI_API_KEY: NonEmpty,
  GEMINI_MODEL: NonEmpty,
  GEMINI_BASE_URL: UrlFromEnv(['http:', 'https:']),
  AI_TIMEOUT_MS: IntFromEnv('AI_TIMEOUT_MS', 100, 300000),
  RECOMMENDATION_TOKEN_COST: IntFromEnv('RECOMMENDATION_TOKEN_COST', 0, 1000),
  BODY_LIMIT_KB: IntFromEnv('BODY_LIMIT_KB', 1, 10240),
  RATE_LIMIT_ENABLED: BoolFromEnv,
  RATE_LIMIT_MULTIPLIER: NumberFromEnv('RATE_LIMIT_MULTIPLIER', 0.001, 100000),
  IDEMPOTENCY_ENABLED: BoolFromEnv,
  IDEMPOTENCY_TTL_HOURS: IntFromEnv('IDEMPOTENCY_TTL_HOURS', 1, 24 * 30),
  IDEMPOTENCY_TTL_SECONDS: IntFromEnv('IDEMPOTENCY_TTL_SECONDS', 1, 3600 * 24 * 30),
  IDEMPOTENCY_MAX_CACHE_SIZE: IntFromEnv('IDEMPOTENCY_MAX_CACHE_SIZE', 1, 10_000_000),
  IDEMPOTENCY_CLEANUP_INTERVAL_MINUTES: IntFromEnv('IDEMPOTENCY_CLEANUP_INTERVAL_MINUTES', 1, 24 * 60),
  IDEMPOTENCY_CLEANUP_BATCH_SIZE: IntFromEnv('IDEMPOTENCY_CLEANUP_BATCH_SIZE', 1, 100_000),
  IDEMPOTENCY_CLEANUP_DUTY_CYCLE: NumberFromEnv('IDEMPOTENCY_CLEANUP_DUTY_CYCLE', 0.001, 1),
  IDEMPOTENCY_LEASE_SECONDS: IntFromEnv('IDEMPOTENCY_LEASE_SECONDS', 1, 60),
  IDEMPOTENCY_FALLBACK_WINDOW_SECONDS: IntFromEnv('IDEMPOTENCY_FALLBACK_WINDOW_SECONDS', 1, 3600),
});
export type Env = t.TypeOf<typeof EnvCodec>;
