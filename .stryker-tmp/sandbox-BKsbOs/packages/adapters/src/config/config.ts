// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { CLEANUP_DEFAULTS } from '../idempotency/cleanup-job.js';
import { EnvCodec, type Env } from './config.codec.js';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Trust X-Forwarded-For from the gateway when computing the client IP. */
  readonly trustProxy: boolean;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: NonNullable<Env['LOG_LEVEL']>;
  readonly auth:
    | { readonly mode: 'gateway'; readonly sharedSecret: string | undefined }
    | {
        readonly mode: 'jwt';
        readonly secret?: string;
        readonly jwksUrl?: string;
        readonly issuer?: string;
        readonly audience?: string;
      };
  /** Read-side caches in front of PostgreSQL (ADR 0012); 0 turns one off. */
  readonly readCaches: {
    readonly userTtlMs: number;
    readonly referenceTtlMs: number;
    /** Rendered result answers kept per process, reused while their rows' versions match (ADR 0014). */
    readonly resultEntries: number;
    readonly resultTtlMs: number;
  };
  readonly ai: {
    readonly provider: 'gemini' | 'offline';
    readonly apiKey: string | undefined;
    readonly model: string;
    readonly baseUrl: string | undefined;
    readonly timeoutMs: number;
  };
  readonly recommendationTokenCost: number;
  readonly bodyLimitKb: number;
  readonly rateLimit: { readonly enabled: boolean; readonly multiplier: number };
  readonly idempotency: {
    readonly enabled: boolean;
    readonly ttlSeconds: number;
    readonly maxKeysPerUser: number;
    readonly cleanupIntervalMinutes: number;
    /** Rows per DELETE of the cleanup, and the share of wall time it may spend deleting (0–1]. */
    readonly cleanupBatchSize: number;
    readonly cleanupDutyCycle: number;
    readonly leaseSeconds: number;
    readonly fallbackWindowSeconds: number;
  };
}

/** One line naming every bad variable, e.g. `PORT=abc: must be an integer between 1 and 65535`. */
const describe = (errors: t.Errors): string =>
  errors
    .map((error) => {
      const key = error.context.find((entry) => /^[A-Z_]+$/.test(entry.key))?.key ?? 'env';
      return `${key}=${JSON.stringify(error.value)}: ${error.message ?? 'invalid'}`;
    })
    .join('; ');

const ENV_KEYS = Object.keys(EnvCodec.props);

/** Decodes the environment once; blank variables count as unset. */
export const loadConfig = (env: NodeJS.ProcessEnv): E.Either<string, Config> => {
  const present = Object.fromEntries(
    ENV_KEYS.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  return pipe(
    EnvCodec.decode(present),
    E.mapLeft((errors) => `invalid configuration: ${describe(errors)}`),
    E.chain(toConfig),
  );
};

const toConfig = (e: Env): E.Either<string, Config> => {
  const authMode = e.AUTH_MODE ?? 'gateway';
  if (authMode === 'jwt' && !e.JWT_SECRET && !e.JWT_JWKS_URL) {
    return E.left('invalid configuration: AUTH_MODE=jwt needs JWT_SECRET or JWT_JWKS_URL');
  }
  const provider = e.AI_PROVIDER ?? (e.GEMINI_API_KEY ? 'gemini' : 'offline');
  if (provider === 'gemini' && !e.GEMINI_API_KEY) {
    return E.left('invalid configuration: AI_PROVIDER=gemini needs GEMINI_API_KEY');
  }
  return E.right({
    port: e.PORT ?? 8010,
    host: e.HOST ?? '0.0.0.0',
    trustProxy: e.TRUST_PROXY ?? false,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: e.KENALI_DATA_DIR ?? '.kenali',
    logLevel: e.LOG_LEVEL ?? 'info',
    auth:
      authMode === 'gateway'
        ? { mode: 'gateway', sharedSecret: e.GATEWAY_SHARED_SECRET }
        : {
            mode: 'jwt',
            secret: e.JWT_SECRET,
            jwksUrl: e.JWT_JWKS_URL,
            issuer: e.JWT_ISSUER,
            audience: e.JWT_AUDIENCE,
          },
    readCaches: {
      userTtlMs: e.AUTH_USER_CACHE_TTL_MS ?? 2_000,
      referenceTtlMs: e.REFERENCE_CACHE_TTL_MS ?? 60_000,
      resultEntries: e.RESULT_CACHE_ENTRIES ?? 2_000,
      resultTtlMs: e.RESULT_CACHE_TTL_MS ?? e.REFERENCE_CACHE_TTL_MS ?? 60_000,
    },
    ai: {
      provider,
      apiKey: e.GEMINI_API_KEY,
      model: e.GEMINI_MODEL ?? 'gemini-2.5-flash',
      baseUrl: e.GEMINI_BASE_URL,
      timeoutMs: e.AI_TIMEOUT_MS ?? 20000,
    },
    recommendationTokenCost: e.RECOMMENDATION_TOKEN_COST ?? 3,
    bodyLimitKb: e.BODY_LIMIT_KB ?? 256,
    rateLimit: { enabled: e.RATE_LIMIT_ENABLED ?? true, multiplier: e.RATE_LIMIT_MULTIPLIER ?? 1 },
    idempotency: {
      enabled: e.IDEMPOTENCY_ENABLED ?? true,
      ttlSeconds: e.IDEMPOTENCY_TTL_SECONDS ?? (e.IDEMPOTENCY_TTL_HOURS ?? 24) * 3600,
      maxKeysPerUser: e.IDEMPOTENCY_MAX_CACHE_SIZE ?? 10_000,
      cleanupIntervalMinutes: e.IDEMPOTENCY_CLEANUP_INTERVAL_MINUTES ?? 60,
      cleanupBatchSize: e.IDEMPOTENCY_CLEANUP_BATCH_SIZE ?? CLEANUP_DEFAULTS.batchSize,
      cleanupDutyCycle: e.IDEMPOTENCY_CLEANUP_DUTY_CYCLE ?? CLEANUP_DEFAULTS.dutyCycle,
      leaseSeconds: e.IDEMPOTENCY_LEASE_SECONDS ?? 30,
      fallbackWindowSeconds: e.IDEMPOTENCY_FALLBACK_WINDOW_SECONDS ?? 60,
    },
  });
};
