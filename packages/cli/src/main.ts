#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { ExitCode } from './exit-code.js';
import { CliFailure } from './runtime/cli-failure.js';

type Register = (program: Command) => void;

/**
 * Every command, loaded only when it runs: `kenali serve` does not pay for the rescoring modules and their
 * dependencies at start-up. A new command is one line here plus its file in ./commands.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  score: async () => (await import('./commands/score.command.js')).registerScoreCommand,
  serve: async () => (await import('./commands/serve.command.js')).registerServeCommand,
  config: async () => (await import('./commands/config.command.js')).registerConfigCommand,
  migrate: async () => (await import('./commands/migrate.command.js')).registerMigrateCommand,
  seed: async () => (await import('./commands/seed.command.js')).registerSeedCommand,
  user: async () => (await import('./commands/user.command.js')).registerUserCommand,
  audit: async () => (await import('./commands/audit.command.js')).registerAuditCommand,
  rescore: async () => (await import('./commands/rescore.command.js')).registerRescoreCommand,
  worker: async () => (await import('./commands/worker.command.js')).registerWorkerCommand,
};

const program = new Command('kenali')
  .description('kenali: career-profile backend (RIASEC + Ikigai) — server, maintenance and offline tools')
  // Set before registering: subcommands inherit it, so usage errors exit 2 instead of commander's 1.
  .exitOverride();

// The named command alone; help, no command or an unknown one registers them all (for the listing).
const named = process.argv[2];
const loaders = named !== undefined && named in COMMANDS ? [COMMANDS[named]] : Object.values(COMMANDS);
for (const load of loaders) if (load) (await load())(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliFailure) {
    process.stderr.write(`kenali: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (!(error instanceof CommanderError)) throw error;
  else {
    // Commander already printed its message; help and version "errors" carry exit code 0.
    process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.InvalidInput;
  }
}
