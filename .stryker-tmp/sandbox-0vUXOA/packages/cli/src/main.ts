#!/usr/bin/env node
// @ts-nocheck
import { Command, CommanderError } from 'commander';
import { registerAuditCommand } from './commands/audit.command.js';
import { registerMigrateCommand } from './commands/migrate.command.js';
import { registerRescoreCommand } from './commands/rescore.command.js';
import { registerScoreCommand } from './commands/score.command.js';
import { registerSeedCommand } from './commands/seed.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerUserCommand } from './commands/user.command.js';
import { registerWorkerCommand } from './commands/worker.command.js';
import { CliFailure } from './runtime/with-database.js';
import { ExitCode } from './exit-codes.js';

const program = new Command('kenali')
  .description('kenali: career-profile backend (RIASEC + Ikigai) — server, maintenance and offline tools')
  // Set before registering: subcommands inherit it, so usage errors exit 2 instead of commander's 1.
  .exitOverride();

// One line per command (each file in ./commands registers itself on the program).
registerScoreCommand(program);
registerServeCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerUserCommand(program);
registerAuditCommand(program);
registerRescoreCommand(program);
registerWorkerCommand(program);

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
