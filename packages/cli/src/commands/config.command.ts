import { type EffectiveConfig, effectiveConfig, renderConfigurationDoc } from '@kenali/adapters';
import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';

interface ConfigOptions {
  readonly check?: boolean;
  readonly json?: boolean;
  readonly markdown?: boolean;
}

const table = (effective: EffectiveConfig): string => {
  const width = Math.max(...effective.variables.map((variable) => variable.name.length));
  let group = '';
  const lines: string[] = [];
  for (const variable of effective.variables) {
    if (variable.group !== group) {
      group = variable.group;
      lines.push(`${lines.length > 0 ? '\n' : ''}# ${group}`);
    }
    const value = variable.value ?? '(unset)';
    lines.push(`${variable.name.padEnd(width)}  ${value}  (${variable.source})`);
  }
  return lines.join('\n');
};

/**
 * `kenali config [--check] [--json]`: the effective configuration with each value's source, secrets masked;
 * `--check` exits 2 listing every problem, including what would make `serve` refuse to start (ADR 0020).
 * `--markdown` prints docs/configuration.md from the variable registry.
 */
export const registerConfigCommand = (program: Command): void => {
  program
    .command('config')
    .description('print the effective configuration (secrets masked) with its sources; --check validates it')
    .option('--check', 'validate: exit 2 and list every problem')
    .option('--json', 'one JSON document instead of the table')
    .option('--markdown', 'print the configuration reference (docs/configuration.md)')
    .action((options: ConfigOptions) => {
      if (options.markdown) {
        process.stdout.write(renderConfigurationDoc());
        return;
      }
      const effective = effectiveConfig(process.env);
      if (options.json) process.stdout.write(`${JSON.stringify(effective, null, 2)}\n`);
      else process.stdout.write(`${table(effective)}\n`);
      if (!options.json) {
        for (const warning of effective.warnings) process.stderr.write(`warning: ${warning}\n`);
        if (options.check) {
          for (const problem of effective.problems) process.stderr.write(`problem: ${problem}\n`);
        }
      }
      if (options.check && effective.problems.length > 0) process.exitCode = ExitCode.InvalidInput;
    });
};
