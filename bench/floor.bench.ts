// Issue 7 part 2: each read route's throughput as a ratio of a floor — a bare Koa + pg server doing one
// indexed SELECT (bench/floor-server.ts) — measured in the same session, on the same database, same load.
// Run: npm run bench:floor   (target: every ratio ≥ 0.5)
import type { Request } from 'autocannon';
import { startFloorServer } from './floor-server.js';
import { API, type Session, prepareSessions } from './lib/api.js';
import { openBenchDatabase } from './lib/database.js';
import { type Throughput, assertClean, quietCannon, warm } from './lib/measure.js';
import { type BenchReport, type Row, check, info, isMain, printTable } from './lib/report.js';
import { startKenali } from './lib/server.js';

const BENCH = 'floor';
const SESSIONS = 20;
const DURATION = Number(process.env.BENCH_FLOOR_SECONDS ?? 10);

interface Route {
  readonly name: string;
  readonly url: string;
  readonly requests: Request[];
}

/** Each connection cycles through every prepared session, as that session's owner. */
const kenaliRoute = (
  url: string,
  sessions: Session[],
  name: string,
  path: (s: Session) => string,
): Route => ({
  name,
  url,
  requests: sessions.map((s) => ({ method: 'GET', path: path(s), headers: { 'x-user-id': s.user } })),
});

const measure = async (route: Route): Promise<Throughput> => {
  await warm({ url: route.url, requests: route.requests });
  const options = { url: route.url, requests: route.requests, connections: 10, duration: DURATION };
  return assertClean(route.name, await quietCannon(`floor: ${route.name}`, options));
};

/** Same bare server, other shapes: how much each extra round trip and the query builder cost. */
const DIAGNOSTICS = [
  { name: 'diagnostic: bare Koa + pg, 3 sequential SELECTs', queries: 3, client: 'pg' },
  { name: 'diagnostic: bare Koa + knex, 1 SELECT', queries: 1, client: 'knex' },
  { name: 'diagnostic: bare Koa + knex, 3 sequential SELECTs', queries: 3, client: 'knex' },
] as const;

const measureFloor = async (
  databaseUrl: string,
  requests: Request[],
  options: { name?: string; queries?: number; client?: 'pg' | 'knex' } = {},
): Promise<Throughput> => {
  const floor = await startFloorServer(databaseUrl, options);
  try {
    return await measure({ name: options.name ?? 'floor', url: floor.url, requests });
  } finally {
    await floor.stop();
  }
};

export const benchFloor = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('floor');
  const kenali = await startKenali(db.url);
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    durationSeconds: DURATION,
  };
  try {
    const sessions = await prepareSessions(kenali.url, db.knex, SESSIONS, 'done');
    const tokens = sessions.map((s) => s.token);
    const ids = await db.knex('careerprofile_test_sessions').whereIn('session_token', tokens).pluck('id');
    const floorRequests = ids.map((id) => ({ method: 'GET', path: `/floor/${String(id)}` }));
    const routes = [
      kenaliRoute(kenali.url, sessions, 'GET ikigai/result', (s) => `${API}/ikigai/result/${s.token}`),
      kenaliRoute(kenali.url, sessions, 'GET riasec/result', (s) => `${API}/riasec/result/${s.token}`),
    ];
    // The floor is measured before and after the routes; the mean of both is the reference.
    const first = await measureFloor(db.url, floorRequests);
    const measured = [];
    for (const route of routes) measured.push({ route, result: await measure(route) });
    // The same routes on a second server that renders every answer (ADR 0014's cache off), for the record.
    const rendering = await startKenali(db.url, { RESULT_CACHE_ENTRIES: '0' });
    const uncached = [];
    try {
      for (const route of routes) {
        const r = { ...route, url: rendering.url, name: `${route.name}, cache off` };
        uncached.push({ route: r, result: await measure(r) });
      }
    } finally {
      await rendering.stop();
    }
    const last = await measureFloor(db.url, floorRequests);
    const floorRps = (first.rps + last.rps) / 2;
    details.floor = { first, last };
    rows.push(
      info(BENCH, 'floor (Koa + pg, one indexed SELECT) throughput', floorRps, 'req/s'),
      info(BENCH, 'floor p99 (10 connections)', Math.max(first.p99, last.p99), 'ms'),
    );
    for (const { route, result } of measured) {
      details[route.name] = result;
      rows.push(
        info(BENCH, `${route.name} throughput`, result.rps, 'req/s'),
        info(BENCH, `${route.name} p99 (10 connections)`, result.p99, 'ms'),
        check(BENCH, `${route.name} ÷ floor`, result.rps / floorRps, '×', '>=', 0.5),
      );
    }
    for (const { route, result } of uncached) {
      details[route.name] = result;
      rows.push(
        info(BENCH, `${route.name} (RESULT_CACHE_ENTRIES=0) throughput`, result.rps, 'req/s'),
        info(BENCH, `${route.name} (RESULT_CACHE_ENTRIES=0) ÷ floor`, result.rps / floorRps, '×'),
      );
    }
    for (const diagnostic of DIAGNOSTICS) {
      const result = await measureFloor(db.url, floorRequests, diagnostic);
      details[diagnostic.name] = result;
      rows.push(info(BENCH, diagnostic.name, result.rps, 'req/s'));
    }
  } finally {
    await kenali.stop();
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

if (isMain(import.meta.url)) {
  const report = await benchFloor();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
