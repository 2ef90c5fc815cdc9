import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';

/**
 * `kenali serve` loads the HTTP entry point into this very process (ADR 0019, amending 0010): one process,
 * so SIGTERM reaches the server itself and `kill -9` leaves no child holding the port. The entry is resolved
 * at run time by its package name, never imported, so cli still does not depend on http's code (ADR 0001).
 */
export const registerServeCommand = (program: Command): void => {
  program
    .command('serve')
    .description(
      'run the HTTP service on PORT (default 8010); embedded PostgreSQL when DATABASE_URL is unset',
    )
    .action(async () => {
      const entry = createRequire(import.meta.url).resolve('@kenali/http/main');
      // The entry starts the service and owns the process from here on (signals, exit code).
      await import(pathToFileURL(entry).href);
    });
};
