import {
  type Config,
  type DatabaseHandle,
  type MigrationPolicy,
  PendingMigrations,
  createLogger,
  loadConfig,
  openDatabase,
} from '@kenali/adapters';
import * as E from 'fp-ts/lib/Either.js';
import { ExitCode } from '../exit-codes.js';
import { CliFailure } from './cli-failure.js';

export { CliFailure };

export interface CommandContext {
  readonly config: Config;
  readonly logger: ReturnType<typeof createLogger>;
  readonly database: DatabaseHandle;
}

/**
 * Decodes the environment, opens the database (embedded when no DATABASE_URL), runs, always closes.
 * Commands never migrate on their own: a database with pending migrations stops them with exit code 5
 * (`kenali migrate up` is the one way to apply them); the migrate commands pass `none`.
 */
export const withDatabase = async <A>(
  run: (context: CommandContext) => Promise<A>,
  policy: MigrationPolicy = 'require',
): Promise<A> => {
  const loaded = loadConfig(process.env);
  if (E.isLeft(loaded)) throw new CliFailure(loaded.left, 2);
  // Commands print their own results on stdout; logs go to stderr and stay quiet by default.
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 2);
  let database: DatabaseHandle;
  try {
    database = await openDatabase(loaded.right, logger, { migrations: policy });
  } catch (error) {
    if (error instanceof PendingMigrations) throw new CliFailure(error.message, ExitCode.MigrationsPending);
    throw error;
  }
  try {
    return await run({ config: loaded.right, logger, database });
  } finally {
    await database.close();
  }
};
