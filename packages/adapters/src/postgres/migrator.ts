import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

/** A migration file found next to this module: `src/…/*.ts` under tsx, `dist/…/*.js` once compiled. */
export interface MigrationFile {
  /** Stable name without extension; this is what `knex_migrations.name` stores. */
  readonly name: string;
  readonly path: string;
}

export interface MigrationStatus {
  readonly completed: readonly string[];
  readonly pending: readonly string[];
}

export interface MigrationRun {
  readonly batch: number;
  readonly migrations: readonly string[];
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Only `<14 digits>_<name>.ts|.js`: this skips `.d.ts` (the dot in `x.d` does not match), `.map` files and
 * helper modules without a timestamp prefix.
 */
const MIGRATION_FILE = /^(\d{14}_[a-z0-9_]+)\.(ts|js)$/;

/** When both a .ts and a .js exist (a stray in-place compile), take the kind this module itself runs as. */
const ownExtension = extname(fileURLToPath(import.meta.url)).slice(1);

const isMigrationModule = (value: unknown): value is Knex.Migration =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { up?: unknown }).up === 'function' &&
  typeof (value as { down?: unknown }).down === 'function';

/**
 * Discovers migrations by file name and names them without extension, so a database migrated from the
 * compiled package and one migrated under tsx record the same names (knex's default source stores the file
 * name with its extension and would call the other one "corrupt").
 */
export const migrationSource: Knex.MigrationSource<MigrationFile> = {
  async getMigrations(): Promise<MigrationFile[]> {
    const byName = new Map<string, { path: string; ext: string }>();
    for (const file of await readdir(MIGRATIONS_DIR)) {
      const match = MIGRATION_FILE.exec(file);
      if (!match) continue;
      const [, name, ext] = match as unknown as [string, string, string];
      const seen = byName.get(name);
      if (!seen || (seen.ext !== ownExtension && ext === ownExtension)) {
        byName.set(name, { path: join(MIGRATIONS_DIR, file), ext });
      }
    }
    return [...byName.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, { path }]) => ({ name, path }));
  },
  getMigrationName: (migration) => migration.name,
  async getMigration(migration): Promise<Knex.Migration> {
    const loaded: unknown = await import(pathToFileURL(migration.path).href);
    if (!isMigrationModule(loaded))
      throw new Error(`migration ${migration.name} must export up() and down()`);
    return loaded;
  },
};

const config: Knex.MigratorConfig = { migrationSource };

const toRun = (result: unknown): MigrationRun => {
  const [batch, migrations] = result as [number, string[]];
  return { batch, migrations };
};

/**
 * True when `knex_migrations` names exactly the migration files: one read instead of the ~13 statements (table
 * checks, lock, transaction) of knex's `latest`, so a restart on a migrated database stays fast (ADR 0035).
 * Anything else — the table missing, a pending or an unknown migration — is left to knex, which applies,
 * waits on the lock or reports the directory as corrupt, as before.
 */
const upToDate = async (knex: Knex): Promise<boolean> => {
  let applied: string[];
  try {
    applied = (await knex('knex_migrations').select('name')).map((row: { name: string }) => row.name);
  } catch {
    return false;
  }
  const files = (await migrationSource.getMigrations([])).map((file) => file.name);
  const recorded = new Set(applied);
  return (
    applied.length === files.length &&
    recorded.size === files.length &&
    files.every((name) => recorded.has(name))
  );
};

/**
 * Applies every pending migration as one batch. All migrations are transactional, so knex runs the batch and
 * its lock in one transaction: a concurrent caller waits on the lock row and then finds nothing to do.
 */
export const migrateLatest = async (knex: Knex): Promise<MigrationRun> =>
  (await upToDate(knex)) ? { batch: 0, migrations: [] } : toRun(await knex.migrate.latest(config));

/** Reverts the last applied migration, or with `all` every applied one (newest first). */
export const migrateDown = async (
  knex: Knex,
  options: { readonly all?: boolean } = {},
): Promise<MigrationRun> =>
  toRun(options.all ? await knex.migrate.rollback(config, true) : await knex.migrate.down(config));

/**
 * Names of applied and pending migrations, each in order. Read-only: on a database kenali never migrated
 * (no `knex_migrations` yet) everything is pending and nothing is created, so `migrate plan` and
 * `migrate status` leave the database exactly as they found it.
 */
export const migrationStatus = async (knex: Knex): Promise<MigrationStatus> => {
  if (!(await knex.schema.hasTable('knex_migrations'))) {
    const files = await migrationSource.getMigrations([]);
    return { completed: [], pending: files.map((file) => file.name) };
  }
  const [completed, pending] = (await knex.migrate.list(config)) as [{ name: string }[], MigrationFile[]];
  return { completed: completed.map((row) => row.name), pending: pending.map((file) => file.name) };
};
