import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import type * as t from 'io-ts';
import { DEFAULT_SESSION_EXPIRY_HOURS } from '@kenali/domain';
import { CLEANUP_DEFAULTS } from '../idempotency/cleanup-job.js';
import { EnvCodec, type Env } from './config.codec.js';
import { VARIABLES } from './variables.js';

export type JwtAlgorithm = NonNullable<Env['JWT_ALGORITHM']>;

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Trust X-Forwarded-For from the gateway when computing the client IP. */
  readonly trustProxy: boolean;
  /** Proxies in front of kenali that append to X-Forwarded-For; the client is the entry before theirs. */
  readonly trustProxyHops: number;
  /** Longest time a client may take to send one whole request (headers and body); server.ts. */
  readonly requestTimeoutMs: number;
  /** Requests per minute per client address before authentication (0 = off), ADR 0022. */
  readonly addressRateLimitPerMinute: number;
  readonly databaseUrl: string | undefined;
  readonly redisUrl: string | undefined;
  readonly dataDir: string;
  /** `serve` applies pending migrations before listening; false for deployments that migrate separately. */
  readonly migrateOnStart: boolean;
  readonly logLevel: NonNullable<Env['LOG_LEVEL']>;
  readonly auth:
    | {
        readonly mode: 'gateway';
        readonly sharedSecret: string | undefined;
        /** The operator's explicit opt-in to serve x-user-id without a secret off loopback (ADR 0020). */
        readonly trustUnauthenticated: boolean;
      }
    | {
        readonly mode: 'jwt';
        readonly secret?: string;
        readonly jwksUrl?: string;
        readonly issuer?: string;
        readonly audience?: string;
        /** The only algorithm a token may use. */
        readonly algorithm: JwtAlgorithm;
        /** Clock skew allowed on `exp` and `nbf`; `exp` itself is required. */
        readonly leewaySeconds: number;
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
  /** An unfinished session idle this long stops blocking new starts (ADR 0018). */
  readonly sessionExpiryHours: number;
  readonly bodyLimitKb: number;
  /** Cross-origin access; `'*'` = any (upstream's default). Lists come from comma-separated variables. */
  readonly cors: {
    readonly origins: '*' | readonly string[];
    readonly methods: readonly string[];
    readonly headers: '*' | readonly string[];
  };
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
  /** How long in-flight requests may run after SIGTERM/SIGINT before their connections are cut (ADR 0019). */
  readonly shutdownGraceMs: number;
  /** `port` set: /metrics on its own listener instead of the API port; `token`: Bearer required. */
  readonly metrics: { readonly port?: number; readonly host: string; readonly token?: string };
}

const SECRETS = new Set(VARIABLES.filter((variable) => variable.secret).map((variable) => variable.name));

/** One line per bad variable, e.g. `PORT=abc: must be an integer between 1 and 65535`; secrets not shown. */
const describe = (errors: t.Errors): string[] =>
  errors.map((error) => {
    const key = error.context.find((entry) => /^[A-Z_]+$/.test(entry.key))?.key ?? 'env';
    const shown = SECRETS.has(key) ? '(hidden)' : JSON.stringify(error.value);
    return `${key}=${shown}: ${error.message ?? 'invalid'}`;
  });

const commaList = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);

/** An unset variable or `*` means any; otherwise the comma-separated list. */
const listOrAny = (text: string | undefined): '*' | string[] =>
  text === undefined || text.trim() === '*' ? '*' : commaList(text);

const ENV_KEYS = Object.keys(EnvCodec.props);

/** Decodes the environment once; blank variables count as unset. Left: every problem, one line each. */
export const decodeConfig = (env: NodeJS.ProcessEnv): E.Either<readonly string[], Config> => {
  const present = Object.fromEntries(
    ENV_KEYS.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]),
  );
  return pipe(EnvCodec.decode(present), E.mapLeft(describe), E.chain(toConfig));
};

/** `decodeConfig` with its problems joined into the one line a start-up failure prints. */
export const loadConfig = (env: NodeJS.ProcessEnv): E.Either<string, Config> =>
  pipe(
    decodeConfig(env),
    E.mapLeft((problems) => `invalid configuration: ${problems.join('; ')}`),
  );

/** Rules between variables; every broken one is listed. */
const crossChecks = (e: Env): string[] => [
  ...((e.AUTH_MODE ?? 'gateway') === 'jwt' && !e.JWT_SECRET && !e.JWT_JWKS_URL
    ? ['AUTH_MODE=jwt needs JWT_SECRET or JWT_JWKS_URL']
    : []),
  ...((e.AUTH_MODE ?? 'gateway') === 'jwt' &&
  e.JWT_SECRET &&
  e.JWT_ALGORITHM &&
  !e.JWT_ALGORITHM.startsWith('HS')
    ? ['JWT_SECRET verifies only HS256, HS384 or HS512 (JWT_ALGORITHM)']
    : []),
  ...(e.AI_PROVIDER === 'gemini' && !e.GEMINI_API_KEY ? ['AI_PROVIDER=gemini needs GEMINI_API_KEY'] : []),
  ...(e.METRICS_PORT !== undefined && e.METRICS_PORT === (e.PORT ?? 8010)
    ? ['METRICS_PORT must differ from PORT']
    : []),
];

const toConfig = (e: Env): E.Either<readonly string[], Config> => {
  const problems = crossChecks(e);
  if (problems.length > 0) return E.left(problems);
  const authMode = e.AUTH_MODE ?? 'gateway';
  const provider = e.AI_PROVIDER ?? (e.GEMINI_API_KEY ? 'gemini' : 'offline');
  // Standalone (embedded PostgreSQL) is a developer's machine: loopback unless told otherwise.
  const host = e.HOST ?? (e.DATABASE_URL ? '0.0.0.0' : '127.0.0.1');
  return E.right({
    port: e.PORT ?? 8010,
    host,
    trustProxy: e.TRUST_PROXY ?? false,
    trustProxyHops: e.TRUST_PROXY_HOPS ?? 1,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS ?? 30_000,
    addressRateLimitPerMinute: e.ADDRESS_RATE_LIMIT_PER_MINUTE ?? 600,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    dataDir: e.KENALI_DATA_DIR ?? '.kenali',
    migrateOnStart: e.MIGRATE_ON_START ?? true,
    logLevel: e.LOG_LEVEL ?? 'info',
    auth:
      authMode === 'gateway'
        ? {
            mode: 'gateway',
            sharedSecret: e.GATEWAY_SHARED_SECRET,
            trustUnauthenticated: e.AUTH_GATEWAY_TRUST_UNAUTHENTICATED ?? false,
          }
        : {
            mode: 'jwt',
            secret: e.JWT_SECRET,
            jwksUrl: e.JWT_JWKS_URL,
            issuer: e.JWT_ISSUER,
            audience: e.JWT_AUDIENCE,
            algorithm: e.JWT_ALGORITHM ?? (e.JWT_SECRET ? 'HS256' : 'RS256'),
            leewaySeconds: e.JWT_LEEWAY_SECONDS ?? 30,
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
    sessionExpiryHours: e.SESSION_EXPIRY_HOURS ?? DEFAULT_SESSION_EXPIRY_HOURS,
    bodyLimitKb: e.BODY_LIMIT_KB ?? 256,
    cors: {
      origins: listOrAny(e.CORS_ORIGINS),
      methods: commaList(e.CORS_METHODS ?? 'GET,POST,OPTIONS'),
      headers: listOrAny(e.CORS_HEADERS),
    },
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
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS ?? 10_000,
    metrics: {
      ...(e.METRICS_PORT !== undefined ? { port: e.METRICS_PORT } : {}),
      host: e.METRICS_HOST ?? host,
      ...(e.METRICS_TOKEN !== undefined ? { token: e.METRICS_TOKEN } : {}),
    },
  });
};
