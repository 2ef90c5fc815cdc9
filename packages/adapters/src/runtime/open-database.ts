import { join } from 'node:path';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres } from '../postgres/embedded.js';
import { createKnex } from '../postgres/knex-client.js';
import { migrateLatest } from '../postgres/migrator.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';

export interface DatabaseHandle {
  readonly knex: Knex;
  /** 'server' for DATABASE_URL, 'embedded' for the embedded PostgreSQL under the data dir. */
  readonly mode: 'server' | 'embedded';
  close(): Promise<void>;
}

/**
 * DATABASE_URL → that server; otherwise an embedded PostgreSQL under `<dataDir>/pg`, migrated and seeded,
 * so `npm start` works on a machine with nothing else installed (decisions §3).
 */
export const openDatabase = async (config: Config, logger: Logger): Promise<DatabaseHandle> => {
  if (config.databaseUrl) {
    const knex = createKnex(config.databaseUrl);
    const run = await migrateLatest(knex);
    logger.info({ migrations: run.migrations }, 'database migrated');
    return { knex, mode: 'server', close: () => knex.destroy() };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pg') });
  const knex = createKnex(embedded.url);
  await migrateLatest(knex);
  const seeded = await seedDemoContent(knex);
  logger.info(
    { port: embedded.port, dataDir: embedded.dataDir, ms: Date.now() - started, seeded },
    'embedded PostgreSQL ready',
  );
  return {
    knex,
    mode: 'embedded',
    close: async () => {
      await knex.destroy();
      await embedded.stop();
    },
  };
};
