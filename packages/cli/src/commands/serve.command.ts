import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';

/**
 * `kenali serve` loads the HTTP entry point into this very process (ADR 0019, amending 0010): one process,
 * so SIGTERM reaches the server itself and `kill -9` leaves no child holding the port. The entry is resolved
 * at run time by its package name, never imported, so cli still does not depend on http's code (ADR 0001).
 * `@kenali/http/start` picks the server bundle when it matches the build, else the unbundled entry (ADR 0035).
 * It applies pending migrations first unless `--no-migrate` (or MIGRATE_ON_START=false) says the deployment
 * migrates separately; then a database with pending migrations stops the start (exit 5).
 */
export const registerServeCommand = (program: Command): void => {
  program
    .command('serve')
    .description(
      'run the HTTP service on PORT (default 8010); embedded PostgreSQL when DATABASE_URL is unset',
    )
    .option('--no-migrate', 'do not apply pending migrations on start (same as MIGRATE_ON_START=false)')
    .action(async (options: { migrate: boolean }) => {
      // The entry reads its configuration from the environment, as a deployment sets it.
      if (!options.migrate) process.env.MIGRATE_ON_START = 'false';
      const entry = createRequire(import.meta.url).resolve('@kenali/http/start');
      // The entry starts the service and owns the process from here on (signals, exit code).
      await import(pathToFileURL(entry).href);
    });
};
