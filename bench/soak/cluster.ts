// What the soak runs and breaks: its own embedded PostgreSQL (restartable on the same port), a private
// redis-server when the binary exists, and two `kenali serve` processes on the same database.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnex, migrateLatest, seedDemoContent, startEmbeddedPostgres } from '@kenali/adapters';
import pg from 'pg';
import {
  type RedisServer,
  redisServerUnavailable,
  startRedisServer,
} from '../../test/support/redis-server.js';
import { freePort } from '../../test/support/server-process.js';
import { KENALI_BIN } from '../../test/support/serve-process.js';

type EmbeddedPostgresHandle = Awaited<ReturnType<typeof startEmbeddedPostgres>>;

const READY_TIMEOUT_MS = 90_000;
const TAIL_LINES = 30;

/** Server settings of the soak: offline AI, no rate limits, a lease shorter than a fault cycle. */
const SERVER_ENV = {
  AI_PROVIDER: 'offline',
  RATE_LIMIT_ENABLED: 'false',
  LOG_LEVEL: 'error',
  HOST: '127.0.0.1',
  // A kill -9 leaves its keys claimed until the lease ends; 10 s keeps retries inside their budget.
  IDEMPOTENCY_LEASE_SECONDS: '10',
  MIGRATE_ON_START: 'false',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const status = async (url: string): Promise<number> => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return 0;
  }
};

export class KenaliServer {
  private child: ChildProcess | undefined;
  private tail: string[] = [];
  readonly url: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Spawns `kenali serve` on the fixed port and waits for /readyz 200; resolves with the time it took. */
  async start(): Promise<number> {
    const started = Date.now();
    const child = spawn(process.execPath, [KENALI_BIN, 'serve'], {
      env: { ...process.env, ...SERVER_ENV, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.child = child;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.tail.push(...chunk.toString().split('\n').filter(Boolean));
      this.tail = this.tail.slice(-TAIL_LINES);
    });
    while ((await status(`${this.url}/readyz`)) !== 200) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited during start-up:\n${this.tail.join('\n')}`);
      }
      if (Date.now() - started > READY_TIMEOUT_MS) {
        throw new Error(`${this.name} not ready after ${READY_TIMEOUT_MS} ms:\n${this.tail.join('\n')}`);
      }
      await sleep(100);
    }
    return Date.now() - started;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    child.kill('SIGCONT'); // a frozen process acts on no signal but SIGKILL
    await exited;
  }

  /** kill -9: no drain, no cleanup, as a crash. */
  kill9 = () => this.signal('SIGKILL');
  freeze = () => void this.child?.kill('SIGSTOP');
  thaw = () => void this.child?.kill('SIGCONT');
  stop = () => this.signal('SIGTERM');
  stderrTail = () => this.tail.join('\n');
}

export class SoakDatabase {
  private constructor(
    private handle: EmbeddedPostgresHandle,
    readonly dataDir: string,
  ) {}

  static async start(dataDir: string): Promise<SoakDatabase> {
    const handle = await startEmbeddedPostgres({ dataDir, durable: true, handleSignals: false });
    return new SoakDatabase(handle, dataDir);
  }

  get url(): string {
    return this.handle.url;
  }

  /** One statement on a connection of its own (a pool would hand out connections a restart broke). */
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Fast shutdown (in-flight transactions roll back, connections are cut), then a start on the same port. */
  async restart(downMs: number): Promise<void> {
    await this.handle.stop();
    await sleep(downMs);
    this.handle = await startEmbeddedPostgres({
      dataDir: this.dataDir,
      port: this.handle.port,
      durable: true,
      handleSignals: false,
    });
  }

  /** pg_terminate_backend on every client connection of the service's database but the caller's. */
  async terminateConnections(): Promise<number> {
    const rows = await this.query<{ n: number }>(
      `select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    return rows[0]?.n ?? 0;
  }

  stop = () => this.handle.stop();
}

export interface Cluster {
  readonly database: SoakDatabase;
  readonly redis: RedisServer | undefined;
  readonly servers: readonly KenaliServer[];
  stop(): Promise<void>;
}

/** Starts everything; the database is migrated and seeded before the servers start. */
export const startCluster = async (log: (line: string) => void): Promise<Cluster> => {
  const parent = await mkdtemp(join(tmpdir(), 'kenali-soak-'));
  await chmod(parent, 0o755); // as root the server runs as `postgres`, which must traverse it
  const database = await SoakDatabase.start(join(parent, 'pg'));
  const knex = createKnex(database.url, { poolMax: 2 });
  try {
    await migrateLatest(knex);
    await seedDemoContent(knex);
  } finally {
    await knex.destroy();
  }
  log(`PostgreSQL (embedded) on ${new URL(database.url).port}, migrated and seeded`);
  const noRedis = redisServerUnavailable();
  const redis = noRedis ? undefined : await startRedisServer();
  log(redis ? `Redis (private redis-server) on ${redis.port}` : `no Redis: ${noRedis}`);
  const env = { DATABASE_URL: database.url, REDIS_URL: redis?.url ?? '' };
  const servers = [
    new KenaliServer('server-a', await freePort(), env),
    new KenaliServer('server-b', await freePort(), env),
  ];
  for (const server of servers) {
    const ms = await server.start();
    log(`${server.name} (kenali serve) on ${server.port}, ready in ${ms} ms`);
  }
  return {
    database,
    redis,
    servers,
    stop: async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await redis?.dispose();
      await database.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
};
