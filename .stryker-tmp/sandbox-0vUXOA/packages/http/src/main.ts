#!/usr/bin/env node
// @ts-nocheck
import { once } from 'node:events';
import { createServer } from 'node:http';
import {
  TOKENS,
  buildContainer,
  createLogger,
  createRedis,
  loadConfig,
  openDatabase,
  startIdempotencyCleanup,
} from '@kenali/adapters';
import * as E from 'fp-ts/lib/Either.js';
import { createApp } from './create-app.js';

/** The service process: config → database (embedded when no DATABASE_URL) → container → listen. */
const main = async (): Promise<void> => {
  const loaded = loadConfig(process.env);
  if (E.isLeft(loaded)) {
    process.stderr.write(`kenali: ${loaded.left}\n`);
    process.exit(2);
  }
  const config = loaded.right;
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const redis = config.redisUrl ? createRedis(config.redisUrl, logger) : undefined;
  const container = buildContainer(config, { knex: database.knex, redis, logger });
  const stopCleanup = startIdempotencyCleanup({
    store: container.get(TOKENS.IdempotencyStore),
    clock: container.get(TOKENS.Clock),
    logger,
    registry: container.get(TOKENS.Metrics),
    intervalMinutes: config.idempotency.cleanupIntervalMinutes,
    batchSize: config.idempotency.cleanupBatchSize,
    dutyCycle: config.idempotency.cleanupDutyCycle,
  });
  const handle = createApp(container).callback();
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  server.listen(config.port, config.host);
  await once(server, 'listening');
  logger.info(
    { port: config.port, database: database.mode, ai: config.ai.provider, redis: Boolean(redis) },
    'kenali listening',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopCleanup();
    server.close();
    server.closeAllConnections();
    redis?.disconnect();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => {
    void stop('SIGINT');
  });
  process.once('SIGTERM', () => {
    void stop('SIGTERM');
  });
};

main().catch((error: unknown) => {
  process.stderr.write(
    `kenali: failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
