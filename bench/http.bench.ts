// npm run bench:http — issues 3 and 4 against the real server process on loopback and real PostgreSQL:
// start / riasec/submit latency, GET riasec/result throughput, Ikigai submit latency (offline engine, fake
// Gemini at 300 ms per call), and Redis up versus stopped.
import {
  API,
  type Session,
  createUsers,
  prepareSessions,
  start,
  submitDimension,
  submitRiasec,
} from './lib/api.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { benchFakeGemini } from './lib/http-gemini.js';
import { benchRedisOutage } from './lib/http-redis.js';
import { assertClean, percentiles, quietCannon, settle, timed, warm } from './lib/measure.js';
import { quietly } from './lib/noise.js';
import { type BenchReport, type Row, check, info, isMain, printTable } from './lib/report.js';
import { withKenali } from './lib/server.js';

const BENCH = 'http';
const SAMPLES = Number(process.env.BENCH_HTTP_SAMPLES ?? 200);
const IKIGAI_SAMPLES = Number(process.env.BENCH_IKIGAI_SAMPLES ?? 60);

/** start → riasec/submit → result throughput → Ikigai, all against one offline server. */
const benchOffline = async (db: BenchDatabase, rows: Row[], details: Record<string, unknown>) =>
  withKenali(db.url, {}, async ({ url }) => {
    await prepareSessions(url, db.knex, 20, 'done'); // warm-up: JIT, pools, catalogue caches

    const { startMs, submitMs, sessions } = await quietly(
      'http: start + riasec/submit (sequential)',
      async () => {
        const users = await createUsers(db.knex, SAMPLES);
        await settle();
        return users;
      },
      async (users) => {
        const startMs: number[] = [];
        const sessions: Session[] = [];
        for (const user of users) {
          const { ms, value } = await timed(() => start(url, user));
          startMs.push(ms);
          sessions.push(value);
        }
        const submitMs: number[] = [];
        for (const s of sessions) submitMs.push((await timed(() => submitRiasec(url, s))).ms);
        return { startMs, submitMs, sessions };
      },
    );
    const startP = percentiles(startMs);
    const submitP = percentiles(submitMs);
    details.start = startP;
    details.riasecSubmit = submitP;
    rows.push(
      info(BENCH, 'POST recommendation/start p50', startP.p50, 'ms'),
      info(BENCH, 'POST recommendation/start p90', startP.p90, 'ms'),
      info(BENCH, 'POST recommendation/start p99', startP.p99, 'ms'),
      check(BENCH, 'POST riasec/submit p50', submitP.p50, 'ms', '<=', 25),
      info(BENCH, 'POST riasec/submit p90', submitP.p90, 'ms'),
      info(BENCH, 'POST riasec/submit p99', submitP.p99, 'ms'),
    );

    // GET riasec/result: 20 sessions, each connection cycling through them as their owners.
    const requests = sessions.slice(0, 20).map((s) => ({
      method: 'GET',
      path: `${API}/riasec/result/${s.token}`,
      headers: { 'x-user-id': s.user },
    }));
    await warm({ url, requests });
    const options = { url, requests, connections: 10, duration: 10 };
    const result = assertClean('riasec/result', await quietCannon('http: GET riasec/result', options));
    details.riasecResult = result;
    rows.push(
      check(BENCH, 'GET riasec/result throughput', result.rps, 'req/s', '>=', 1500),
      check(BENCH, 'GET riasec/result p99 (10 connections)', result.p99, 'ms', '<=', 50),
    );

    // Ikigai with the offline engine: three non-final answers, then the final one, per session.
    const { nonFinal, final } = await quietly(
      'http: submit-dimension, offline (sequential)',
      async () => {
        const ikigai = await prepareSessions(url, db.knex, IKIGAI_SAMPLES, 'ikigai');
        await settle();
        return ikigai;
      },
      async (ikigai) => {
        const nonFinal: number[] = [];
        const final: number[] = [];
        for (const s of ikigai) {
          for (let i = 0; i < 3; i++) nonFinal.push((await timed(() => submitDimension(url, s, i))).ms);
          final.push((await timed(() => submitDimension(url, s, 3))).ms);
        }
        return { nonFinal, final };
      },
    );
    const nonFinalP = percentiles(nonFinal);
    const finalP = percentiles(final);
    details.submitDimensionNonFinal = nonFinalP;
    details.submitDimensionFinalOffline = finalP;
    rows.push(
      check(BENCH, 'POST submit-dimension (non-final) p50', nonFinalP.p50, 'ms', '<=', 10),
      info(BENCH, 'POST submit-dimension (non-final) p99', nonFinalP.p99, 'ms'),
      check(BENCH, 'POST submit-dimension final, offline p50', finalP.p50, 'ms', '<=', 150),
      info(BENCH, 'POST submit-dimension final, offline p99', finalP.p99, 'ms'),
    );
  });

export const benchHttp = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('http');
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    samples: SAMPLES,
    ikigaiSamples: IKIGAI_SAMPLES,
  };
  try {
    await benchOffline(db, rows, details);
    await benchFakeGemini(db, rows, details);
    await benchRedisOutage(db, rows, details);
  } finally {
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

if (isMain(import.meta.url)) {
  const report = await benchHttp();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
