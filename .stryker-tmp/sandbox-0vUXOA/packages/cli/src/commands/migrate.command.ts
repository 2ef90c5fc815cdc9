// @ts-nocheck
import { migrateDown, migrateLatest, migrationStatus } from '@kenali/adapters';
import type { Command } from 'commander';
import { withDatabase } from '../runtime/with-database.js';

/** `kenali migrate up|down|status` — Go-owned tables are created only when missing and never altered. */
export const registerMigrateCommand = (program: Command): void => {
  const migrate = program.command('migrate').description('apply, roll back or list the database migrations');
  migrate
    .command('up')
    .description('apply every pending migration')
    .action(() =>
      withDatabase(async ({ database }) => {
        const run = await migrateLatest(database.knex);
        console.log(
          run.migrations.length
            ? `applied batch ${run.batch}: ${run.migrations.join(', ')}`
            : 'already up to date',
        );
      }),
    );
  migrate
    .command('down')
    .description('roll back the last batch (--all: every migration)')
    .option('--all', 'roll back every migration')
    .action((options: { all?: boolean }) =>
      withDatabase(async ({ database }) => {
        const run = await migrateDown(database.knex, { all: options.all === true });
        console.log(
          run.migrations.length ? `rolled back: ${run.migrations.join(', ')}` : 'nothing to roll back',
        );
      }),
    );
  migrate
    .command('status')
    .description('list applied and pending migrations')
    .action(() =>
      withDatabase(async ({ database }) => {
        const status = await migrationStatus(database.knex);
        for (const name of status.completed) console.log(`applied  ${name}`);
        for (const name of status.pending) console.log(`pending  ${name}`);
      }),
    );
};
