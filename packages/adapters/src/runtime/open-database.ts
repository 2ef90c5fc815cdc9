import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres } from '../postgres/embedded.js';
import { createKnex } from '../postgres/knex-client.js';
import { migrateLatest, migrationStatus } from '../postgres/migrator.js';
import { type PhysicalSchema, resolvePhysicalSchema } from '../postgres/physical-schema.js';
import { seedDemoContent } from '../seed/seed-demo-content.js';

export interface DatabaseHandle {
  readonly knex: Knex;
  /** The column names this database uses (ADR 0015); undefined when opened only to run migrations. */
  readonly schema: PhysicalSchema | undefined;
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

/** The handoff file another kenali process wrote when it started the embedded server on this data dir. */
const readHandoff = (file: string): Handoff | undefined => {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Handoff;
  } catch {
    return undefined;
  }
};

/** knex.destroy() waits for every borrowed connection; a request cut at shutdown may hold one for long. */
const closePool = async (knex: Knex): Promise<void> => {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    knex.destroy(),
    new Promise((resolveWait) => (timer = setTimeout(resolveWait, POOL_CLOSE_MS))),
  ]);
  clearTimeout(timer);
};
const POOL_CLOSE_MS = 3_000;

export interface OpenDatabaseOptions {
  /** false: the caller stops the database itself on SIGINT/SIGTERM (the service drains requests first). */
  readonly handleSignals?: boolean;
  /** What to do about pending migrations (default `apply`); kenali's own embedded database always migrates. */
  readonly migrations?: MigrationPolicy;
}

/**
 * What opening does about migrations: `apply` runs the pending ones (`serve` by default), `require` refuses a
 * database with pending ones (every other command: migrations run only when asked), `none` touches nothing
 * (the `migrate` commands themselves).
 */
export type MigrationPolicy = 'apply' | 'require' | 'none';

/** The database needs `kenali migrate up` first; the CLI answers exit code 5. */
export class PendingMigrations extends Error {
  constructor(readonly pending: readonly string[]) {
    super(
      `the database has ${pending.length} pending migration(s) (${pending.join(', ')}): ` +
        'review them with `kenali migrate plan`, then run `kenali migrate up`',
    );
  }
}

const prepare = async (
  knex: Knex,
  policy: MigrationPolicy,
  logger: Logger,
): Promise<PhysicalSchema | undefined> => {
  if (policy === 'none') return undefined;
  if (policy === 'apply') {
    const run = await migrateLatest(knex);
    logger.info({ migrations: run.migrations }, 'database migrated');
  } else {
    const { pending } = await migrationStatus(knex);
    if (pending.length > 0) throw new PendingMigrations(pending);
  }
  const schema = await resolvePhysicalSchema(knex);
  logger.info({ schema: schema.variant }, 'physical schema resolved');
  return schema;
};

/**
 * DATABASE_URL → that server; otherwise the embedded PostgreSQL under `<dataDir>/pg`, migrated and seeded, so
 * `npm start` works on a machine with nothing else installed (decisions §3). A second process on the same data
 * dir (the CLI next to a running service) joins the running embedded server instead of starting another.
 */
export const openDatabase = async (
  config: Config,
  logger: Logger,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseHandle> => {
  const policy = options.migrations ?? 'apply';
  if (config.databaseUrl) {
    const knex = createKnex(config.databaseUrl);
    try {
      return {
        knex,
        mode: 'server',
        schema: await prepare(knex, policy, logger),
        close: () => closePool(knex),
      };
    } catch (error) {
      await knex.destroy();
      throw error;
    }
  }
  const handoffFile = join(config.dataDir, 'embedded.json');
  const handoff = readHandoff(handoffFile);
  const shared = handoff && alive(handoff.pid) ? handoff : undefined;
  if (shared) {
    const knex = createKnex(shared.url);
    logger.info({ pid: shared.pid }, 'joined the embedded PostgreSQL of a running kenali process');
    try {
      return {
        knex,
        mode: 'shared',
        schema: await prepare(knex, policy, logger),
        close: () => knex.destroy(),
      };
    } catch (error) {
      await knex.destroy();
      throw error;
    }
  }
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'pg'),
    handleSignals: options.handleSignals ?? true,
    // Its owner was killed (kill -9 leaves the postmaster running): stop it and start afresh.
    stopLeftover: handoff !== undefined,
  });
  const knex = createKnex(embedded.url);
  // kenali's own embedded database: always migrated and seeded, whatever the policy.
  await migrateLatest(knex);
  const seeded = await seedDemoContent(knex);
  const schema = await resolvePhysicalSchema(knex);
  writeFileSync(handoffFile, JSON.stringify({ url: embedded.url, pid: process.pid } satisfies Handoff));
  logger.info(
    { port: embedded.port, dataDir: embedded.dataDir, ms: Date.now() - started, seeded },
    'embedded PostgreSQL ready',
  );
  return {
    knex,
    mode: 'embedded',
    schema,
    close: async () => {
      rmSync(handoffFile, { force: true });
      await closePool(knex);
      await embedded.stop();
    },
  };
};
