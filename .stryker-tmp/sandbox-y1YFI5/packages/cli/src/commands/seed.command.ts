// @ts-nocheck
import { seedDemoContent } from '@kenali/adapters';
import type { Command } from 'commander';
import { withDatabase } from '../runtime/with-database.js';

/** `kenali seed` — kenali's own questions, 156 codes, categories and demo catalogue; idempotent. */
export const registerSeedCommand = (program: Command): void => {
  program
    .command('seed')
    .description('load the RIASEC items, the 156 codes, the categories and the demo catalogue (idempotent)')
    .action(() =>
      withDatabase(async ({ database }) => {
        const report = await seedDemoContent(database.knex);
        console.log(JSON.stringify({ inserted: report }));
      }),
    );
};
