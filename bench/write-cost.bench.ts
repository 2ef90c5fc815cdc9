// npm run bench:write-cost — issue 21: what one write request costs in CPU, the service's and PostgreSQL's,
// measured as CPU time (/proc, utime + stime) per request rather than wall time, so the figure holds on a
// machine other agents load. Each route runs N times in a row against a fresh database (offline engine, no
// Redis, every request looks its caller up, as in bench:writes). PROFILE_DIR=dir also writes a V8 CPU
// profile of the service (node --cpu-prof) there when it stops; PROFILE_ROUTE=text samples only the measured
// routes whose name contains it. Then the write floor (bench/write-floor/) serves the same routes and its
// process is measured the same way: the difference is what kenali's own code costs per request.
import { readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { fileURLToPath } from 'node:url';
import {
  API,
  type Session,
  createUsers,
  dimensionBody,
  inParallel,
  prepareSessions,
  startBody,
  startIkigai,
  submitBody,
  call,
} from './lib/api.js';
import { startFloorServer } from './floor-server.js';
import { openBenchDatabase } from './lib/database.js';
import { type BenchReport, type Row, info, isMain, printTable } from './lib/report.js';
import { startKenali } from './lib/server.js';

const BENCH = 'write-cost';
const N = Number(process.env.BENCH_WRITE_COST_REQUESTS ?? 200);
const TICK_MS = 10; // USER_HZ 100
const PRELOAD = fileURLToPath(new URL('./lib/cpu-profile-preload.cjs', import.meta.url));

const cpuMs = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0; // exited
  }
};

export const benchWriteCost = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('write_cost');
  const profile = process.env.PROFILE_DIR;
  const onlyRoute = process.env.PROFILE_ROUTE;
  const kenali = await startKenali(db.url, {
    AUTH_USER_CACHE_TTL_MS: '0',
    ...(profile ? { NODE_OPTIONS: `--require ${PRELOAD}`, CPU_PROFILE_DIR: profile } : {}),
    ...(profile && onlyRoute ? { CPU_PROFILE_ON_SIGNAL: '1' } : {}),
  });
  const pid = kenali.child.pid ?? 0;
  // Every backend of the bench database but this connection: only the measured server is busy meanwhile.
  const backends = async (): Promise<number[]> =>
    (
      await db.knex.raw<{ rows: { pid: number }[] }>(
        `select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      )
    ).rows.map((r) => r.pid);
  const rows: Row[] = [];
  const details: Record<string, unknown> = { requests: N, database: db.backend, postgres: db.version };
  /** CPU of the service and of its PostgreSQL backends over `run`, per request. */
  const measure = async (name: string, run: () => Promise<void>, server = pid, side = 'service') => {
    const before = new Map((await backends()).map((b) => [b, cpuMs(b)]));
    const node0 = cpuMs(server);
    const sampled = Boolean(side === 'service' && profile && onlyRoute && name.includes(onlyRoute));
    if (sampled) process.kill(pid, 'SIGUSR2');
    const t0 = performance.now();
    await run();
    const wall = performance.now() - t0;
    if (sampled) process.kill(pid, 'SIGUSR2');
    const node = cpuMs(server) - node0;
    let pg = 0;
    for (const b of new Set([...before.keys(), ...(await backends())])) pg += cpuMs(b) - (before.get(b) ?? 0);
    rows.push(
      info(BENCH, `${name}: ${side} CPU per request`, Math.round((node / N) * 100) / 100, 'ms'),
      info(BENCH, `${name}: PostgreSQL CPU per request (${side})`, Math.round((pg / N) * 100) / 100, 'ms'),
    );
    details[`${name} (${side})`] = { nodeCpuMs: node, postgresCpuMs: pg, wallMs: Math.round(wall) };
  };
  try {
    await prepareSessions(kenali.url, db.knex, 20, 'done'); // warm-up: JIT, pools, catalogue caches
    const users = await createUsers(db.knex, N);
    const sessions: Session[] = [];
    const post = (path: string, user: string, body: unknown) =>
      call(kenali.url, 'POST', `${API}/${path}`, user, body);
    await measure('POST recommendation/start', async () => {
      for (const user of users) {
        const res = await post('recommendation/start', user, startBody);
        sessions.push({ user, token: res.body.session_token as string });
      }
    });
    await measure('POST riasec/submit', async () => {
      for (const s of sessions) await post('riasec/submit', s.user, submitBody(s.token));
    });
    const ikigai = await inParallel(sessions, 4, (s) => startIkigai(kenali.url, s));
    for (const i of [0, 1, 2])
      await measure(`POST submit-dimension ${i + 1} (non-final)`, async () => {
        for (const s of ikigai)
          await post(
            'ikigai/submit-dimension',
            s.user,
            dimensionBody(s.token, i, i === 0 ? (s.selected ?? null) : null),
          );
      });
    await measure('POST submit-dimension 4 (final, offline)', async () => {
      for (const s of ikigai) await post('ikigai/submit-dimension', s.user, dimensionBody(s.token, 3, null));
    });
    await measureFloor(db.url, kenali.url, db.knex, measure);
  } finally {
    await kenali.stop();
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

type Measure = (name: string, run: () => Promise<void>, server: number, side: string) => Promise<void>;

/**
 * The same routes on the write floor, each request on its own session prepared through kenali (the floor
 * replays kenali's statements for the caller and session it is given).
 */
const measureFloor = async (
  databaseUrl: string,
  kenaliUrl: string,
  knex: Knex,
  measure: Measure,
): Promise<void> => {
  const floor = await startFloorServer(databaseUrl, { writes: true });
  try {
    const post = (path: string, user: string, body: unknown) =>
      call(floor.url, 'POST', `${API}/${path}`, user, body);
    const warm = await prepareSessions(kenaliUrl, knex, 20, 'ikigai');
    for (const s of warm)
      for (let i = 0; i < 4; i++)
        await post('ikigai/submit-dimension', s.user, dimensionBody(s.token, i, null));
    const users = await createUsers(knex, N);
    const started = await prepareSessions(kenaliUrl, knex, N, 'started');
    const ikigai = await prepareSessions(kenaliUrl, knex, N, 'ikigai');
    const side = floor.pid;
    await measure(
      'POST recommendation/start',
      async () => {
        for (const user of users) await post('recommendation/start', user, startBody);
      },
      side,
      'floor',
    );
    await measure(
      'POST riasec/submit',
      async () => {
        for (const s of started) await post('riasec/submit', s.user, submitBody(s.token));
      },
      side,
      'floor',
    );
    for (const i of [0, 1, 2])
      await measure(
        `POST submit-dimension ${i + 1} (non-final)`,
        async () => {
          for (const s of ikigai)
            await post(
              'ikigai/submit-dimension',
              s.user,
              dimensionBody(s.token, i, i === 0 ? (s.selected ?? null) : null),
            );
        },
        side,
        'floor',
      );
    await measure(
      'POST submit-dimension 4 (final, offline)',
      async () => {
        for (const s of ikigai)
          await post('ikigai/submit-dimension', s.user, dimensionBody(s.token, 3, null));
      },
      side,
      'floor',
    );
  } finally {
    await floor.stop();
  }
};

if (isMain(import.meta.url)) {
  const report = await benchWriteCost();
  printTable(report.rows);
  console.log(JSON.stringify(report.details));
}
