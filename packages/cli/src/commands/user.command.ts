import { type Config, createAppLink, createStandaloneUser } from '@kenali/adapters';
import { type Command, InvalidArgumentError } from 'commander';
import { withDatabase } from '../runtime/with-database.js';

const ROLES = ['USER', 'EXPERT', 'ADMIN'] as const;

const tokenCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
    throw new InvalidArgumentError('must be an integer from 0 to 1000000');
  return n;
};
const role = (value: string): string => {
  const upper = value.toUpperCase();
  if (!(ROLES as readonly string[]).includes(upper))
    throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return upper;
};

/** Where the running service is reached from this machine: a wildcard listen address means localhost. */
const serviceUrl = (config: Config): string => {
  const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
};

const baseUrl = (value: string): string => {
  if (!/^https?:\/\/[^/]/.test(value)) throw new InvalidArgumentError('must be an http(s) URL');
  return value.replace(/\/+$/, '');
};

/**
 * `kenali user create` — a standalone user with a token wallet; prints only its id. With `--link` it prints
 * instead the URL that opens the web client as that user (ADR 0029), and the id on stderr.
 */
export const registerUserCommand = (program: Command): void => {
  const user = program.command('user').description('manage standalone users (when no Go backend owns them)');
  user
    .command('create')
    .description('create a user with a token wallet and print its id')
    .option('--tokens <n>', 'initial token balance', tokenCount, 10)
    .option('--role <role>', `role (${ROLES.join(', ')})`, role, 'USER')
    .option('--name <fullname>', 'full name', 'Pengguna Kenali')
    .option('--link', 'print the URL that opens the web client (/app/) as this user')
    .option('--base-url <url>', 'where browsers reach kenali (default: from HOST and PORT)', baseUrl)
    .action((options: { tokens: number; role: string; name: string; link?: boolean; baseUrl?: string }) =>
      withDatabase(async ({ config, database }) => {
        const id = await createStandaloneUser(database.knex, {
          tokens: options.tokens,
          role: options.role,
          fullname: options.name,
        });
        if (!options.link) return console.log(id);
        const token = await createAppLink(database.knex, id);
        // The token rides in the fragment, which browsers never send to a server or a log.
        console.log(`${options.baseUrl ?? serviceUrl(config)}/app/#link=${token}`);
        console.error(`user ${id}`);
      }),
    );
};
