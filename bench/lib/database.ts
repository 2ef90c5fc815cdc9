// A fresh, migrated and seeded database per benchmark run, dropped at the end: on the server named by
// DATABASE_URL (used only to create and drop the bench database), else on a throwaway embedded PostgreSQL.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnex, migrateLatest, seedDemoContent, startEmbeddedPostgres } from '@kenali/adapters';
import type { Knex } from 'knex';
import { ownDatabase } from './noise.js';

export interface BenchDatabase {
  /** The bench database; hand it to the server process as DATABASE_URL. */
  readonly url: string;
  readonly knex: Knex;
  /** `server` (DATABASE_URL) or `embedded`. */
  readonly backend: 'server' | 'embedded';
  /** e.g. `PostgreSQL 15.20`. */
  readonly version: string;
  close(): Promise<void>;
}

const withDatabase = (url: string, name: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

const adminServer = async (): Promise<{ adminUrl: string; stop: () => Promise<void> }> => {
  const url = process.env.DATABASE_URL;
  if (url) return { adminUrl: url, stop: () => Promise.resolve() };
  const parent = await mkdtemp(join(tmpdir(), 'kenali-bench-pg-'));
  await chmod(parent, 0o755); // as root the server runs as `postgres`, which must traverse it
  const embedded = await startEmbeddedPostgres({ dataDir: join(parent, 'data'), durable: false });
  return {
    adminUrl: withDatabase(embedded.url, 'postgres'),
    stop: async () => {
      await embedded.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
};

export const openBenchDatabase = async (label: string): Promise<BenchDatabase> => {
  const server = await adminServer();
  const name = `kenali_bench_${label}_${randomBytes(3).toString('hex')}`;
  const admin = createKnex(server.adminUrl, { poolMax: 1 });
  await admin.raw('CREATE DATABASE ??', [name]);
  const url = withDatabase(server.adminUrl, name);
  const knex = createKnex(url, { poolMax: 10, statementTimeoutMs: 0 });
  await migrateLatest(knex);
  await seedDemoContent(knex);
  const row = await knex.raw<{ rows: { server_version: string }[] }>('show server_version');
  const version = `PostgreSQL ${row.rows[0]?.server_version.split(' ')[0] ?? '?'}`;
  // Backends of this database (and PostgreSQL's own writers) count as ours when metering foreign load.
  const forget = ownDatabase(async () => {
    const rows = await knex.raw<{ rows: { pid: number }[] }>(
      `select pid from pg_stat_activity where datname = current_database()
         or (datname is null and backend_type in ('walwriter', 'checkpointer', 'background writer'))`,
    );
    return rows.rows.map((r) => r.pid);
  });
  let closing: Promise<void> | undefined;
  return {
    url,
    knex,
    backend: process.env.DATABASE_URL ? 'server' : 'embedded',
    version,
    close: () =>
      (closing ??= (async () => {
        forget();
        await knex.destroy();
        await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
        await admin.destroy();
        await server.stop();
      })()),
  };
};
