// @ts-nocheck
import { createStandaloneUser } from '@kenali/adapters';
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

/** `kenali user create` — a standalone user with a token wallet; prints only its id. */
export const registerUserCommand = (program: Command): void => {
  const user = program.command('user').description('manage standalone users (when no Go backend owns them)');
  user
    .command('create')
    .description('create a user with a token wallet and print its id')
    .option('--tokens <n>', 'initial token balance', tokenCount, 10)
    .option('--role <role>', `role (${ROLES.join(', ')})`, role, 'USER')
    .option('--name <fullname>', 'full name', 'Pengguna Kenali')
    .action((options: { tokens: number; role: string; name: string }) =>
      withDatabase(async ({ database }) => {
        const id = await createStandaloneUser(database.knex, {
          tokens: options.tokens,
          role: options.role,
          fullname: options.name,
        });
        console.log(id);
      }),
    );
};
