// @ts-nocheck
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** 'server' for DATABASE_URL, 'embedded' when this process runs the embedded PostgreSQL, 'shared' when it joined one. */
  readonly mode: 'server' | 'embedded' | 'shared';
  close(): Promise<void>;
}

interface Handoff {
  readonly url: string;
  readonly pid: number;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** An embedded server another kenali process (e.g. `npm start`) already runs on this data dir. */
const runningEmbedded = (file: string): Handoff | undefined => {
  if (!existsSync(file)) return undefined;
  try {
    const handoff = JSON.parse(readFileSync(file, 'utf8')) as Handoff;
    return alive(handoff.pid) ? handoff : undefined;
  } catch {
    return undefined;
  }
};

/**
 * DATABASE_URL → that server; otherwise the embedded PostgreSQL under `<dataDir>/pg`, migrated and seeded, so
 * `npm start` works on a machine with nothing else installed (decisions §3). A second process on the same data
 * dir (the CLI next to a running service) joins the running embedded server instead of starting another.
 */
export const openDatabase = async (config: Config, logger: Logger): Promise<DatabaseHandle> => {
  if (config.databaseUrl) {
    const knex = createKnex(config.databaseUrl);
    const run = await migrateLatest(knex);
    logger.info({ migrations: run.migrations }, 'database migrated');
    return { knex, mode: 'server', close: () => knex.destroy() };
  }
  const handoffFile = join(config.dataDir, 'embedded.json');
  const shared = runningEmbedded(handoffFile);
  if (shared) {
    const knex = createKnex(shared.url);
    logger.info({ pid: shared.pid }, 'joined the embedded PostgreSQL of a running kenali process');
    return { knex, mode: 'shared', close: () => knex.destroy() };
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir: join(config.dataDir, 'pg') });
  const knex = createKnex(embedded.url);
  await migrateLatest(knex);
  const seeded = await seedDemoContent(knex);
  writeFileSync(handoffFile, JSON.stringify({ url: embedded.url, pid: process.pid } satisfies Handoff));
  logger.info(
    { port: embedded.port, dataDir: embedded.dataDir, ms: Date.now() - started, seeded },
    'embedded PostgreSQL ready',
  );
  return {
    knex,
    mode: 'embedded',
    close: async () => {
      rmSync(handoffFile, { force: true });
      await knex.destroy();
      await embedded.stop();
    },
  };
};
