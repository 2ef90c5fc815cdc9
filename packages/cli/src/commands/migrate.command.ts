import { migrateDown, migrateLatest, migrationStatus, planMigrations } from '@kenali/adapters';
import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { withDatabase } from '../runtime/with-database.js';

/**
 * `kenali migrate up|down|status|plan`. These are the only commands that open a database without requiring
 * it to be migrated; only `up` (and `down`) change it. Go-owned tables are created only when missing and
 * never altered; upstream's career tables are adopted (ADR 0015).
 */
export const registerMigrateCommand = (program: Command): void => {
  const migrate = program
    .command('migrate')
    .description('apply, roll back, plan or list the database migrations');
  migrate
    .command('up')
    .description('apply every pending migration (adopting upstream tables that already exist)')
    .action(() =>
      withDatabase(async ({ database }) => {
        const run = await migrateLatest(database.knex);
        console.log(
          run.migrations.length
            ? `applied batch ${run.batch}: ${run.migrations.join(', ')}`
            : 'already up to date',
        );
      }, 'none'),
    );
  migrate
    .command('plan')
    .description(
      'print what `migrate up` would change on this database, changing nothing; exit 5 when something is pending',
    )
    .action(() =>
      withDatabase(async ({ database }) => {
        const plan = await planMigrations(database.knex);
        if (plan.pending.length === 0) {
          console.log('nothing pending: the database is up to date');
          return;
        }
        for (const name of plan.pending) console.log(`pending  ${name}`);
        for (const line of plan.lines) console.log(`  ${line}`);
        process.exitCode = ExitCode.MigrationsPending;
      }, 'none'),
    );
  migrate
    .command('down')
    .description('roll back the last batch (--all: every migration); adopted upstream tables and rows stay')
    .option('--all', 'roll back every migration')
    .action((options: { all?: boolean }) =>
      withDatabase(async ({ database }) => {
        const run = await migrateDown(database.knex, { all: options.all === true });
        console.log(
          run.migrations.length ? `rolled back: ${run.migrations.join(', ')}` : 'nothing to roll back',
        );
      }, 'none'),
    );
  migrate
    .command('status')
    .description('list applied and pending migrations')
    .action(() =>
      withDatabase(async ({ database }) => {
        const status = await migrationStatus(database.knex);
        for (const name of status.completed) console.log(`applied  ${name}`);
        for (const name of status.pending) console.log(`pending  ${name}`);
      }, 'none'),
    );
};
