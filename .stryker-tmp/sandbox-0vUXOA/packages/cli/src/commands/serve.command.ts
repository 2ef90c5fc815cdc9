// @ts-nocheck
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Command } from 'commander';

/**
 * `kenali serve` runs the HTTP entry point as a child process: cli never imports http (ADR 0001), and
 * signals are forwarded so the server shuts down (and stops an embedded PostgreSQL) cleanly.
 */
export const registerServeCommand = (program: Command): void => {
  program
    .command('serve')
    .description(
      'run the HTTP service on PORT (default 8010); embedded PostgreSQL when DATABASE_URL is unset',
    )
    .action(
      () =>
        new Promise<void>((resolve) => {
          const entry = createRequire(import.meta.url).resolve('@kenali/http/main');
          const child = spawn(process.execPath, [entry], { stdio: 'inherit' });
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
          child.on('exit', (code, signal) => {
            process.exitCode = code ?? (signal ? 1 : 0);
            resolve();
          });
        }),
    );
};
