// The service as its own OS process (node packages/http/dist/main.js) on the bench database.
import { type ServerProcess, startServerProcess } from '../../test/support/server-process.js';
import { ownProcess } from './noise.js';

export type { ServerProcess };

/** Rate limits off, warn-level logs, offline AI unless `env` says otherwise. */
export const startKenali = async (
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> => {
  const server = await startServerProcess({
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    AI_PROVIDER: 'offline',
    REDIS_URL: '',
    ...env,
  });
  const forget = ownProcess(server.child.pid);
  return {
    ...server,
    stop: () => server.stop().finally(forget),
    crash: () => server.crash().finally(forget),
  };
};

/** Runs `fn` with a server and always stops it. */
export const withKenali = async <T>(
  databaseUrl: string,
  env: Record<string, string>,
  fn: (server: ServerProcess) => Promise<T>,
): Promise<T> => {
  const server = await startKenali(databaseUrl, env);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
};
