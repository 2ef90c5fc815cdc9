#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerScoreCommand } from './commands/score.command.js';
import { ExitCode } from './exit-codes.js';

const program = new Command('kenali')
  .description('kenali: career-profile backend (RIASEC + Ikigai) — server, maintenance and offline tools')
  // Set before registering: subcommands inherit it, so usage errors exit 2 instead of commander's 1.
  .exitOverride();

// One line per command (each file in ./commands registers itself on the program).
registerScoreCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // Commander already printed its message; help and version "errors" carry exit code 0.
  process.exitCode = error.exitCode === 0 ? ExitCode.Ok : ExitCode.InvalidInput;
}
