// npm run bench:results — issue 5: every result tab ≥ 1,000 req/s at p99 ≤ 50 ms on loopback, real PostgreSQL
// and Redis (a private redis-server, so the personality text is cached), each also as a ratio of the floor
// (bench/floor-server.ts) measured in the same run.
import type { Request } from 'autocannon';
import { startRedisServer } from '../test/support/redis-server.js';
import { startFloorServer } from './floor-server.js';
import {
  API,
  type Session,
  call,
  createUsers,
  inParallel,
  prepareSessions,
  submitRiasec,
} from './lib/api.js';
import { openBenchDatabase } from './lib/database.js';
import { type Throughput, assertClean, quietCannon, warm } from './lib/measure.js';
import { type BenchReport, type Row, check, info, isMain, printTable } from './lib/report.js';
import { startKenali } from './lib/server.js';

const BENCH = 'results';
const SESSIONS = 20;
const DURATION = Number(process.env.BENCH_RESULTS_SECONDS ?? 10);

const fitChecks = async (base: string, users: string[]): Promise<Session[]> =>
  inParallel(users, 4, async (user) => {
    const body = { persona_type: 'ACHIEVER', target_profession_id: 101 };
    const started = await call(base, 'POST', `${API}/fit-check/start`, user, body, { expect: 200 });
    const s = { user, token: started.body.session_token as string };
    await submitRiasec(base, s);
    return s;
  });

const measure = async (name: string, url: string, requests: Request[]): Promise<Throughput> => {
  await warm({ url, requests });
  const options = { url, requests, connections: 10, duration: DURATION };
  return assertClean(name, await quietCannon(`results: ${name}`, options));
};

const owned = (sessions: Session[], path: (s: Session) => string): Request[] =>
  sessions.map((s) => ({ method: 'GET', path: path(s), headers: { 'x-user-id': s.user } }));

export const benchResults = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('results');
  const redis = await startRedisServer();
  const kenali = await startKenali(db.url, { REDIS_URL: redis.url });
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    durationSeconds: DURATION,
  };
  try {
    const recommendation = await prepareSessions(kenali.url, db.knex, SESSIONS, 'done');
    const fitCheck = await fitChecks(kenali.url, await createUsers(db.knex, SESSIONS));
    const ids = await db.knex('ikigai_total_scores').pluck('test_session_id');
    const routes: [string, Request[]][] = [
      ['GET result/recommendation', owned(recommendation, (s) => `${API}/result/recommendation/${s.token}`)],
      ['GET result/fit-check', owned(fitCheck, (s) => `${API}/result/fit-check/${s.token}`)],
      ['GET result/personality', owned(recommendation, (s) => `${API}/result/personality/${s.token}`)],
    ];
    // Every route answers once first: the personality text is generated and cached per code.
    for (const [, requests] of routes)
      for (const r of requests) await call(kenali.url, 'GET', r.path!, r.headers!['x-user-id']);
    const floor = await startFloorServer(db.url);
    let floorRps: number;
    try {
      const floorResult = await measure(
        'floor',
        floor.url,
        ids.map((id) => ({ method: 'GET', path: `/floor/${String(id)}` })),
      );
      floorRps = floorResult.rps;
      details.floor = floorResult;
    } finally {
      await floor.stop();
    }
    rows.push(info(BENCH, 'floor (Koa + pg, one indexed SELECT) throughput', floorRps, 'req/s'));
    for (const [name, requests] of routes) {
      const result = await measure(name, kenali.url, requests);
      details[name] = result;
      rows.push(
        check(BENCH, `${name} throughput`, result.rps, 'req/s', '>=', 1000),
        check(BENCH, `${name} p99 (10 connections)`, result.p99, 'ms', '<=', 50),
        check(BENCH, `${name} ÷ floor`, result.rps / floorRps, '×', '>=', 0.5),
      );
    }
    // The same tabs on a second server that renders every answer (ADR 0014's cache off), for the record.
    const rendering = await startKenali(db.url, { REDIS_URL: redis.url, RESULT_CACHE_ENTRIES: '0' });
    try {
      for (const [name, requests] of routes) {
        const label = `${name}, cache off`;
        const result = await measure(label, rendering.url, requests);
        details[label] = result;
        rows.push(
          info(BENCH, `${name} (RESULT_CACHE_ENTRIES=0) throughput`, result.rps, 'req/s'),
          info(BENCH, `${name} (RESULT_CACHE_ENTRIES=0) ÷ floor`, result.rps / floorRps, '×'),
        );
      }
    } finally {
      await rendering.stop();
    }
  } finally {
    await kenali.stop();
    await redis.dispose();
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

if (isMain(import.meta.url)) {
  const report = await benchResults();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
