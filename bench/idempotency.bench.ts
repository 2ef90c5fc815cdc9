// npm run bench:idempotency — issue 6 against real server processes and real PostgreSQL, no Redis:
// replay latency, first-execution overhead (IDEMPOTENCY_ENABLED=true vs false on the same route), and the
// cleanup of 100,000 expired rows under load.
import { API, createUsers, prepareSessions, startBody } from './lib/api.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { benchCleanup } from './lib/idempotency-cleanup.js';
import { assertClean, percentiles, quietCannon, settle, timed, warm } from './lib/measure.js';
import { quietly } from './lib/noise.js';
import { type BenchReport, type Row, check, info, isMain, printTable } from './lib/report.js';
import { startKenali } from './lib/server.js';

const BENCH = 'idempotency';
const SAMPLES = Number(process.env.BENCH_IDEMPOTENCY_SAMPLES ?? 200);
const REPLAYS = Number(process.env.BENCH_REPLAYS ?? 1000);
const START = `${API}/recommendation/start`;

/** POST recommendation/start; `key` undefined sends no Idempotency-Key. */
const post = async (base: string, user: string, key: string | undefined, expected = 200) => {
  const headers: Record<string, string> = { 'x-user-id': user, 'content-type': 'application/json' };
  if (key) headers['idempotency-key'] = key;
  const res = await fetch(`${base}${START}`, { method: 'POST', headers, body: JSON.stringify(startBody) });
  await res.arrayBuffer();
  if (res.status !== expected) throw new Error(`start → ${res.status}, expected ${expected}`);
  return res.headers.get('idempotent-replayed');
};

/** The same route on two processes, requests interleaved so drift hits both alike. */
const benchOverhead = async (
  db: BenchDatabase,
  on: string,
  off: string,
  rows: Row[],
  details: Record<string, unknown>,
) => {
  await prepareSessions(on, db.knex, 20, 'riasec');
  await prepareSessions(off, db.knex, 20, 'riasec');
  const prepare = async () => {
    const users = await createUsers(db.knex, SAMPLES * 3);
    await settle();
    return users;
  };
  const { keyed, keyless, disabled } = await quietly(
    'idempotency: first execution (sequential)',
    prepare,
    async (users) => {
      const keyed: number[] = [];
      const keyless: number[] = [];
      const disabled: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        keyed.push((await timed(() => post(on, users[3 * i], `bench-first-${users[3 * i]}`))).ms);
        keyless.push((await timed(() => post(on, users[3 * i + 1], undefined))).ms);
        disabled.push((await timed(() => post(off, users[3 * i + 2], `bench-off-${i}`))).ms);
      }
      return { keyed, keyless, disabled };
    },
  );
  const [k, f, d] = [percentiles(keyed), percentiles(keyless), percentiles(disabled)];
  details.firstExecution = { withKey: k, keylessFallback: f, disabled: d };
  rows.push(
    info(BENCH, 'POST recommendation/start p50, idempotency off', d.p50, 'ms'),
    info(BENCH, 'POST recommendation/start p50, first execution with key', k.p50, 'ms'),
    check(BENCH, 'first-execution overhead p50 (with key − off)', k.p50 - d.p50, 'ms', '<=', 5),
    info(BENCH, 'keyless fallback overhead p50 (keyless − off)', f.p50 - d.p50, 'ms'),
  );
};

const benchReplay = async (
  db: BenchDatabase,
  base: string,
  rows: Row[],
  details: Record<string, unknown>,
) => {
  const [user] = await createUsers(db.knex, 1);
  const key = 'bench-replay-key';
  if ((await post(base, user, key)) !== 'false') throw new Error('first execution not marked as such');
  for (let i = 0; i < 100; i++) await post(base, user, key); // warm-up
  const samples = await quietly('idempotency: replays (sequential)', settle, async () => {
    const samples: number[] = [];
    for (let i = 0; i < REPLAYS; i++) {
      const { ms, value } = await timed(() => post(base, user, key));
      if (value !== 'true') throw new Error('expected a replay');
      samples.push(ms);
    }
    return samples;
  });
  const sequential = percentiles(samples);
  const request = {
    method: 'POST',
    path: START,
    headers: { 'x-user-id': user, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(startBody),
  };
  await warm({ url: base, requests: [request] });
  const options = { url: base, requests: [request], connections: 10, duration: 10 };
  const loaded = assertClean('replay', await quietCannon('idempotency: replays, saturated', options));
  details.replay = { sequential, loaded };
  rows.push(
    info(BENCH, 'replay p50 (sequential)', sequential.p50, 'ms'),
    check(BENCH, 'replay p99 (sequential)', sequential.p99, 'ms', '<=', 20),
    info(BENCH, 'replay throughput (10 connections)', loaded.rps, 'req/s'),
    // Closed-loop saturation: latency ≈ connections ÷ throughput (Little's law), so context, not the target.
    info(BENCH, 'replay p99 (10 connections, saturated)', loaded.p99, 'ms'),
  );
  return { request, maxRps: loaded.rps };
};

export const benchIdempotency = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('idem');
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    samples: SAMPLES,
    replays: REPLAYS,
  };
  const on = await startKenali(db.url, { IDEMPOTENCY_ENABLED: 'true' });
  try {
    const off = await startKenali(db.url, { IDEMPOTENCY_ENABLED: 'false' });
    try {
      await benchOverhead(db, on.url, off.url, rows, details);
    } finally {
      await off.stop();
    }
    const { request, maxRps } = await benchReplay(db, on.url, rows, details);
    await benchCleanup(db, on.url, request, maxRps, rows, details);
  } finally {
    await on.stop();
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

if (isMain(import.meta.url)) {
  const report = await benchIdempotency();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
