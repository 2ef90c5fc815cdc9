import { once } from 'node:events';
import type { Server } from 'node:http';
import {
  type Config,
  TOKENS,
  buildContainer,
  createRedis,
  openDatabase,
  startIdempotencyCleanup,
} from '@kenali/adapters';
import type { IdempotencyStore } from '@kenali/domain';
import type { Logger } from 'pino';
import { createApp } from '../create-app.js';
import { Lifecycle } from '../lifecycle.js';
import { type DrainableServer, createDrainableServer } from './drainable-server.js';
import { createMetricsServer } from './metrics-server.js';

export interface RunningService {
  /** Graceful shutdown (ADR 0019); safe to call more than once. */
  stop(): Promise<void>;
}

const listen = async (server: Server, port: number, host: string): Promise<void> => {
  server.listen(port, host);
  await once(server, 'listening');
};

/** Frees the keys of requests that shutdown cut, so a client's retry runs now instead of after the lease. */
const releaseUnfinished = async (lifecycle: Lifecycle, store: IdempotencyStore): Promise<number> => {
  const tickets = [...lifecycle.unfinishedClaims];
  await Promise.all(tickets.map((ticket) => store.release(ticket)()));
  return tickets.length;
};

/** The service: database (embedded when no DATABASE_URL) → container → background job → listeners. */
export const startService = async (
  config: Config,
  logger: Logger,
  startedFrom: 'bundle' | 'modules' = 'modules',
): Promise<RunningService> => {
  const started = performance.now();
  // Signals are ours: the embedded server is stopped last, after the requests have drained.
  // Migrations run here unless the deployment migrates separately (MIGRATE_ON_START=false, serve --no-migrate).
  const database = await openDatabase(config, logger, {
    handleSignals: false,
    migrations: config.migrateOnStart ? 'apply' : 'require',
  });
  const redis = config.redisUrl ? createRedis(config.redisUrl, logger) : undefined;
  const container = buildContainer(config, { knex: database.knex, schema: database.schema, redis, logger });
  const store = container.get(TOKENS.IdempotencyStore);
  const registry = container.get(TOKENS.Metrics);
  const stopCleanup = startIdempotencyCleanup({
    store,
    clock: container.get(TOKENS.Clock),
    logger,
    registry,
    intervalMinutes: config.idempotency.cleanupIntervalMinutes,
    batchSize: config.idempotency.cleanupBatchSize,
    dutyCycle: config.idempotency.cleanupDutyCycle,
  });
  const lifecycle = new Lifecycle();
  const handle = createApp(container, lifecycle).callback();
  const api: DrainableServer = createDrainableServer((req, res) => void handle(req, res), {
    requestTimeoutMs: config.requestTimeoutMs,
  });
  const metrics =
    config.metrics.port === undefined ? undefined : createMetricsServer(registry, config.metrics.token);
  await listen(api.server, config.port, config.host);
  if (metrics && config.metrics.port !== undefined) {
    await listen(metrics, config.metrics.port, config.metrics.host);
  }
  logger.info(
    {
      port: config.port,
      host: config.host,
      metricsPort: config.metrics.port,
      database: database.mode,
      ai: config.ai.provider,
      redis: Boolean(redis),
      startedFrom,
      ms: Math.round(performance.now() - started),
      // Since the process started, module loading included, and the CPU time that took (npm run bench:startup).
      sinceProcessStartMs: Math.round(performance.now()),
      cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    },
    'kenali listening',
  );

  let stopping: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    lifecycle.draining = true;
    stopCleanup();
    metrics?.close();
    metrics?.closeAllConnections();
    const cut = await api.drain(config.shutdownGraceMs);
    const released = await releaseUnfinished(lifecycle, store);
    logger.info({ cut, released }, 'requests drained');
    redis?.disconnect();
    await database.close();
  };
  return { stop: () => (stopping ??= stop()) };
};
