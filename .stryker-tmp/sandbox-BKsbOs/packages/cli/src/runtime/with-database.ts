// @ts-nocheck
import { type Config, type DatabaseHandle, createLogger, loadConfig, openDatabase } from '@kenali/adapters';
import * as E from 'fp-ts/lib/Either.js';

export interface CommandContext {
  readonly config: Config;
  readonly logger: ReturnType<typeof createLogger>;
  readonly database: DatabaseHandle;
}

/** Decodes the environment, opens the database (embedded when no DATABASE_URL), runs, always closes. */
export const withDatabase = async <A>(run: (context: CommandContext) => Promise<A>): Promise<A> => {
  const loaded = loadConfig(process.env);
  if (E.isLeft(loaded)) throw new CliFailure(loaded.left, 2);
  // Commands print their own results on stdout; logs go to stderr and stay quiet by default.
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 2);
  const database = await openDatabase(loaded.right, logger);
  try {
    return await run({ config: loaded.right, logger, database });
  } finally {
    await database.close();
  }
};

/** An expected failure with its exit code; main prints the message as one line. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
