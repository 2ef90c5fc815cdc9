import * as E from 'fp-ts/lib/Either.js';
import { type Config, decodeConfig } from './config.js';
import { type ServingCheck, servingSafety } from './serving-safety.js';
import { VARIABLES, type Variable } from './variables.js';

export interface EffectiveVariable {
  readonly name: string;
  readonly group: Variable['group'];
  /** What the process uses, secrets masked; undefined when unset and without default. */
  readonly value: string | undefined;
  readonly source: 'env' | 'default';
}

export interface EffectiveConfig {
  readonly variables: readonly EffectiveVariable[];
  /** Every reason the configuration is invalid or would refuse to serve. */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

/** Defaults that depend on other variables, read from the decoded configuration. */
const DERIVED: Record<string, (config: Config) => string | number> = {
  HOST: (c) => c.host,
  AI_PROVIDER: (c) => c.ai.provider,
  RESULT_CACHE_TTL_MS: (c) => c.readCaches.resultTtlMs,
  IDEMPOTENCY_TTL_SECONDS: (c) => c.idempotency.ttlSeconds,
  METRICS_HOST: (c) => c.metrics.host,
  JWT_ALGORITHM: (c) => (c.auth.mode === 'jwt' ? c.auth.algorithm : 'HS256'),
};

/** Secrets never print: a URL keeps all but its password, anything else becomes stars. */
export const maskSecret = (value: string): string => {
  try {
    const url = new URL(value);
    if (url.password) {
      url.password = '****';
      return url.toString();
    }
    return url.username || url.protocol.startsWith('http') ? value : `${url.protocol}//****`;
  } catch {
    return '****';
  }
};

const present = (env: NodeJS.ProcessEnv, name: string): string | undefined => {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : raw;
};

/** The configuration `kenali config` prints: each variable's value and source, problems and warnings. */
export const effectiveConfig = (env: NodeJS.ProcessEnv): EffectiveConfig => {
  const loaded = decodeConfig(env);
  const config = E.isRight(loaded) ? loaded.right : undefined;
  const variables = VARIABLES.map((variable): EffectiveVariable => {
    const raw = present(env, variable.name);
    if (raw !== undefined) {
      return {
        name: variable.name,
        group: variable.group,
        value: variable.secret ? maskSecret(raw) : raw,
        source: 'env',
      };
    }
    const derived = config && DERIVED[variable.name]?.(config);
    const value =
      derived !== undefined ? String(derived) : variable.default === '–' ? undefined : variable.default;
    return { name: variable.name, group: variable.group, value, source: 'default' };
  });
  const safety: ServingCheck = config ? servingSafety(config) : { refusals: [], warnings: [] };
  const problems = E.isLeft(loaded) ? loaded.left : safety.refusals;
  return { variables, problems, warnings: safety.warnings };
};
