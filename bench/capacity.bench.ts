// npm run bench:capacity — issue 21: how many complete tests one machine holds. Virtual users take complete
// tests back to back (no think time), alternating the two goals: RECOMMENDATION (start, riasec/submit,
// ikigai/start, four submit-dimension, offline engine) and FIT_CHECK (fit-check/start, riasec/submit). The
// number of users doubles step by step until p99 of all requests of a step passes 250 ms; each step reports
// complete tests per minute and the CPU the service processes and PostgreSQL used. Run with one server process
// and with two replicas on the same database (docs/operations.md), requests spread round-robin.
import { readFileSync } from 'node:fs';
import {
  API,
  type Session,
  call,
  createUsers,
  startIkigai,
  submitDimension,
  submitRiasec,
} from './lib/api.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { percentiles, settle } from './lib/measure.js';
import { type BenchReport, type Row, info, isMain, printTable } from './lib/report.js';
import { type ServerProcess, startKenali } from './lib/server.js';

const BENCH = 'capacity';
const STEP_SECONDS = Number(process.env.BENCH_CAPACITY_SECONDS ?? 20);
const P99_LIMIT_MS = 250;
const MAX_USERS = Number(process.env.BENCH_CAPACITY_MAX_USERS ?? 64);
const HZ = 100;

interface Step {
  readonly users: number;
  readonly testsPerMinute: number;
  readonly requests: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  /** Cores' worth of CPU used meanwhile by the service processes, by PostgreSQL (this database), by all. */
  readonly nodeCores: number;
  readonly postgresCores: number;
  /** This benchmark process (the virtual users). */
  readonly loadGeneratorCores: number;
  readonly machineCores: number;
}

const ticks = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return 0;
  }
};

const busyTicks = (): number => {
  const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return f.reduce((a, b) => a + b, 0) - (f[3] ?? 0) - (f[4] ?? 0);
};

const postgresPids = async (db: BenchDatabase): Promise<number[]> =>
  (
    await db.knex.raw<{ rows: { pid: number }[] }>(
      `select pid from pg_stat_activity where datname = current_database()
         or (datname is null and backend_type in ('walwriter', 'checkpointer', 'background writer'))`,
    )
  ).rows.map((r) => r.pid);

/** One complete test of either goal; every request's latency goes to `samples`. */
const completeTest = async (base: () => string, user: string, goal: number, samples: number[]) => {
  const timedCall = async <T>(fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const value = await fn();
    samples.push(performance.now() - t);
    return value;
  };
  if (goal % 2 === 1) {
    const started = await timedCall(() =>
      call(base(), 'POST', `${API}/fit-check/start`, user, {
        persona_type: 'ACHIEVER',
        target_profession_id: 101,
      }),
    );
    await timedCall(() => submitRiasec(base(), { user, token: started.body.session_token as string }));
    return;
  }
  const started = await timedCall(() =>
    call(base(), 'POST', `${API}/recommendation/start`, user, { persona_type: 'BUILDER' }),
  );
  let s: Session = { user, token: started.body.session_token as string };
  await timedCall(() => submitRiasec(base(), s));
  s = await timedCall(() => startIkigai(base(), s));
  for (let i = 0; i < 4; i++) await timedCall(() => submitDimension(base(), s, i));
};

const step = async (db: BenchDatabase, servers: ServerProcess[], users: number): Promise<Step> => {
  const pool = await createUsers(db.knex, users * 200);
  let nextUser = 0;
  let rr = 0;
  const base = () => servers[rr++ % servers.length].url;
  const samples: number[] = [];
  let tests = 0;
  let errors = 0;
  await settle();
  const pgBefore = new Map((await postgresPids(db)).map((pid) => [pid, ticks(pid)]));
  const nodeBefore = servers.map((s) => ticks(s.child.pid ?? 0));
  const benchBefore = ticks(process.pid);
  const busyBefore = busyTicks();
  const started = performance.now();
  const until = started + STEP_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: users }, async (_, u) => {
      for (let goal = u; performance.now() < until && nextUser < pool.length; goal++) {
        try {
          await completeTest(base, pool[nextUser++], goal, samples);
          tests++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cores = (after: number[], before: number[]) =>
    after.reduce((sum, t, i) => sum + Math.max(0, t - before[i]), 0) / HZ / seconds;
  const p = percentiles(samples);
  return {
    users,
    testsPerMinute: Math.round((tests / seconds) * 60),
    requests: samples.length,
    p50: p.p50,
    p99: p.p99,
    errors,
    nodeCores:
      Math.round(
        cores(
          servers.map((s) => ticks(s.child.pid ?? 0)),
          nodeBefore,
        ) * 100,
      ) / 100,
    // Backends that started during the step count from zero.
    postgresCores:
      Math.round(
        ((await postgresPids(db)).reduce(
          (sum, pid) => sum + Math.max(0, ticks(pid) - (pgBefore.get(pid) ?? 0)),
          0,
        ) /
          HZ /
          seconds) *
          100,
      ) / 100,
    loadGeneratorCores: Math.round(((ticks(process.pid) - benchBefore) / HZ / seconds) * 100) / 100,
    machineCores: Math.round(((busyTicks() - busyBefore) / HZ / seconds) * 100) / 100,
  };
};

/** Doubles the users until p99 passes the limit; returns every step. */
const ramp = async (db: BenchDatabase, servers: ServerProcess[], label: string): Promise<Step[]> => {
  const steps: Step[] = [];
  for (let users = 1; users <= MAX_USERS; users *= 2) {
    const s = await step(db, servers, users);
    console.log(`[capacity] ${label}: ${JSON.stringify(s)}`);
    steps.push(s);
    if (s.p99 > P99_LIMIT_MS) break;
  }
  return steps;
};

/** The last step within the p99 limit (the machine's capacity at that latency). */
const knee = (steps: Step[]): Step | undefined => [...steps].reverse().find((s) => s.p99 <= P99_LIMIT_MS);

const rowsOf = (label: string, steps: Step[]): Row[] => {
  const rows: Row[] = steps.map((s) =>
    info(
      BENCH,
      `${label}, ${s.users} users: tests/min (p50 ${s.p50} ms, p99 ${s.p99} ms; CPU node ${s.nodeCores}, PostgreSQL ${s.postgresCores}, load generator ${s.loadGeneratorCores}, machine ${s.machineCores} cores)`,
      s.testsPerMinute,
      'tests/min',
    ),
  );
  const k = knee(steps);
  if (k)
    rows.push(
      info(
        BENCH,
        `${label}: complete tests per minute at p99 ≤ ${P99_LIMIT_MS} ms (${k.users} users)`,
        k.testsPerMinute,
        'tests/min',
      ),
    );
  return rows;
};

export const benchCapacity = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('capacity');
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    stepSeconds: STEP_SECONDS,
  };
  try {
    for (const replicas of [1, 2]) {
      const servers: ServerProcess[] = [];
      try {
        for (let i = 0; i < replicas; i++) servers.push(await startKenali(db.url));
        for (const s of servers)
          for (let g = 0; g < 4; g++)
            await completeTest(() => s.url, (await createUsers(db.knex, 1))[0], g, []);
        const label = replicas === 1 ? 'one process' : 'two replicas';
        const steps = await ramp(db, servers, label);
        details[label] = steps;
        rows.push(...rowsOf(label, steps));
      } finally {
        for (const s of servers) await s.stop();
      }
    }
  } finally {
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

if (isMain(import.meta.url)) {
  const report = await benchCapacity();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
