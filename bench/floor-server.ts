// The floor of issue 7: a bare Koa + pg server doing one indexed SELECT per request, nothing else (no auth,
// no validation, no io-ts, no logging); with FLOOR_WRITES=1 also the write floor of issue 21. Started as its own process by bench/floor.bench.ts:
//   DATABASE_URL=… PORT=… node --import tsx bench/floor-server.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createKnex } from '@kenali/adapters';
import Koa from 'koa';
import pg from 'pg';
import { freePort } from '../test/support/server-process.js';
import { ownProcess } from './lib/noise.js';
import { isMain } from './lib/report.js';
import { writeFloor } from './write-floor/server.js';

const COLUMNS = ['test_session_id', 'top_profession1_id', 'top_profession2_id', 'scores_data'];
const SELECT = `select ${COLUMNS.join(', ')} from ikigai_total_scores where test_session_id = $1`;

/** GET /floor/:session_id → the ikigai_total_scores row of that session (unique index on test_session_id). */
const serve = async (databaseUrl: string, port: number, queries: number): Promise<void> => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 }); // kenali's pool size
  const knex = process.env.FLOOR_CLIENT === 'knex' ? createKnex(databaseUrl) : undefined;
  const app = new Koa();
  app.silent = true; // requests still in flight at SIGTERM fail quietly
  // FLOOR_WRITES=1: kenali's write routes replayed from PostgreSQL's statement log (bench/write-floor/).
  if (process.env.FLOOR_WRITES === '1') app.use(writeFloor(pool));
  app.use(async (ctx) => {
    if (ctx.path === '/healthz') {
      ctx.body = { status: 'ok' };
      return;
    }
    const match = /^\/floor\/(\d+)$/.exec(ctx.path);
    if (!match) return; // 404
    let row: unknown;
    // Diagnostics: FLOOR_QUERIES > 1 repeats the SELECT sequentially (what each round trip costs);
    // FLOOR_CLIENT=knex runs it through knex with kenali's pool settings (what the query builder costs).
    for (let i = 0; i < queries; i++) {
      const id = Number(match[1]);
      row = knex
        ? await knex('ikigai_total_scores').where({ test_session_id: id }).first(COLUMNS)
        : (await pool.query(SELECT, [id])).rows[0];
    }
    if (row === undefined) return;
    ctx.body = row;
  });
  const server = app.listen(port, '127.0.0.1');
  await once(server, 'listening');
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void Promise.all([pool.end(), knex?.destroy()]).then(() => process.exit(0));
  });
};

export interface FloorServer {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts this file as a separate process and waits until it answers. */
export const startFloorServer = async (
  databaseUrl: string,
  options: { queries?: number; client?: 'pg' | 'knex'; writes?: boolean } = {},
): Promise<FloorServer> => {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      FLOOR_QUERIES: String(options.queries ?? 1),
      FLOOR_CLIENT: options.client ?? 'pg',
      FLOOR_WRITES: options.writes ? '1' : '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = once(child, 'exit');
  const forget = ownProcess(child.pid);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('floor server exited during start-up');
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('floor server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      forget();
    },
  };
};

if (isMain(import.meta.url)) {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  await serve(url, Number(process.env.PORT ?? 8020), Number(process.env.FLOOR_QUERIES ?? 1));
}
