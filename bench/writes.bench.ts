// npm run bench:writes — issue 21: kenali's write routes against the write floor (bench/write-floor/), a bare
// Koa + pg server replaying the SQL PostgreSQL logged for the same routes. Both run as their own processes on
// the same fresh database, in one run: sequential p50/p99 (requests of both interleaved) and saturated
// throughput (10 connections, every request on its own prepared session).
import type { Request } from 'autocannon';
import { startFloorServer } from './floor-server.js';
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
} from './lib/api.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import {
  type Percentiles,
  type Throughput,
  assertClean,
  percentiles,
  quietCannon,
  settle,
  timed,
} from './lib/measure.js';
import { quietly } from './lib/noise.js';
import { type BenchReport, type Row, check, info, isMain, printTable } from './lib/report.js';
import { startKenali } from './lib/server.js';
import { loadScripts } from './write-floor/server.js';

const BENCH = 'writes';
const SAMPLES = Number(process.env.BENCH_WRITE_SAMPLES ?? 100);
const SATURATED = Number(process.env.BENCH_WRITE_REQUESTS ?? 600);
const WARM = 10;

/** One request as both servers get it. */
interface Call {
  readonly path: string;
  readonly user: string;
  readonly body: unknown;
}

const send = async (base: string, c: Call): Promise<string> => {
  const res = await fetch(`${base}${c.path}`, {
    method: 'POST',
    headers: { 'x-user-id': c.user, 'content-type': 'application/json' },
    body: JSON.stringify(c.body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${c.path} → ${res.status}: ${text.slice(0, 200)}`);
  return text;
};

const startCall = (user: string): Call => ({ path: `${API}/recommendation/start`, user, body: startBody });
const submitCall = (s: Session): Call => ({
  path: `${API}/riasec/submit`,
  user: s.user,
  body: submitBody(s.token),
});
const dimensionCall = (s: Session, i: number): Call => ({
  path: `${API}/ikigai/submit-dimension`,
  user: s.user,
  body: dimensionBody(s.token, i, i === 0 ? (s.selected ?? null) : null),
});

/** Calls of one route for one server: the first WARM are warm-up, the next SAMPLES sequential, the rest saturated. */
interface Side {
  readonly url: string;
  readonly calls: Call[];
}

/** Sequential: the two servers' requests alternate, so drift on the machine hits both alike. */
const sequential = async (label: string, sides: [Side, Side]): Promise<[Percentiles, Percentiles]> => {
  for (const side of sides) for (const c of side.calls.slice(0, WARM)) await send(side.url, c);
  const ms = await quietly(
    label,
    settle,
    async () => {
      const ms: [number[], number[]] = [[], []];
      for (let i = WARM; i < WARM + SAMPLES; i++)
        for (const [k, side] of sides.entries())
          ms[k].push((await timed(() => send(side.url, side.calls[i]))).ms);
      return ms;
    },
    1,
  );
  return [percentiles(ms[0]), percentiles(ms[1])];
};

/** Saturated: autocannon sends each remaining call once, 10 at a time. */
const saturated = async (label: string, side: Side): Promise<Throughput> => {
  const calls = side.calls.slice(WARM + SAMPLES);
  let next = 0;
  const request: Request = {
    method: 'POST',
    setupRequest: (req) => {
      const c = calls[next++ % calls.length];
      return {
        ...req,
        path: c.path,
        headers: { 'x-user-id': c.user, 'content-type': 'application/json' },
        body: JSON.stringify(c.body),
      };
    },
  };
  const options = { url: side.url, requests: [request], connections: 10, amount: calls.length };
  return assertClean(label, await quietCannon(label, options, 1));
};

interface RouteResult {
  readonly kenali: { seq: Percentiles; rps: Throughput };
  readonly floor: { seq: Percentiles; rps: Throughput };
}

const measureRoute = async (name: string, kenali: Side, floor: Side): Promise<RouteResult> => {
  const [k, f] = await sequential(`writes: ${name} (sequential)`, [kenali, floor]);
  const fRps = await saturated(`writes: ${name}, floor (saturated)`, floor);
  const kRps = await saturated(`writes: ${name}, kenali (saturated)`, kenali);
  return { kenali: { seq: k, rps: kRps }, floor: { seq: f, rps: fRps } };
};

const rowsOf = (name: string, r: RouteResult): Row[] => [
  info(BENCH, `${name} p50 (sequential)`, r.kenali.seq.p50, 'ms'),
  info(BENCH, `${name} floor p50 (sequential)`, r.floor.seq.p50, 'ms'),
  info(BENCH, `${name} p99 (sequential)`, r.kenali.seq.p99, 'ms'),
  info(BENCH, `${name} floor p99 (sequential)`, r.floor.seq.p99, 'ms'),
  check(BENCH, `${name} p50 ÷ floor p50`, r.kenali.seq.p50 / r.floor.seq.p50, '×', '<=', 1.5),
  info(BENCH, `${name} throughput (10 connections)`, r.kenali.rps.rps, 'req/s'),
  info(BENCH, `${name} floor throughput (10 connections)`, r.floor.rps.rps, 'req/s'),
  check(BENCH, `${name} throughput ÷ floor`, r.kenali.rps.rps / r.floor.rps.rps, '×', '>=', 0.6),
];

const sessionsFor = (db: BenchDatabase, url: string, count: number, phase: 'started' | 'ikigai') =>
  prepareSessions(url, db.knex, count, phase);

export const benchWrites = async (): Promise<BenchReport> => {
  const db = await openBenchDatabase('writes');
  const n = WARM + SAMPLES + SATURATED;
  const rows: Row[] = [];
  const details: Record<string, unknown> = {
    database: db.backend,
    postgres: db.version,
    samples: SAMPLES,
    saturatedRequests: SATURATED,
    capturedAt: loadScripts().capturedAt,
  };
  // Every request of the floor's script looks its caller up: kenali does too (no 2 s user cache).
  const kenali = await startKenali(db.url, { AUTH_USER_CACHE_TTL_MS: '0' });
  const floor = await startFloorServer(db.url, { writes: true });
  try {
    await prepareSessions(kenali.url, db.knex, 20, 'done'); // warm-up: JIT, pools, catalogue caches
    // recommendation/start: fresh users on both sides. kenali's sessions go on to the next routes.
    const [kUsers, fUsers] = [await createUsers(db.knex, n), await createUsers(db.knex, n)];
    const kStarts: Session[] = [];
    const startSide = (url: string, users: string[]) => ({ url, calls: users.map(startCall) });
    const started = await measureRoute(
      'POST recommendation/start',
      startSide(kenali.url, kUsers),
      startSide(floor.url, fUsers),
    );
    for (const user of kUsers) {
      const row = await db
        .knex('careerprofile_test_sessions')
        .where({ user_id: user })
        .first('session_token');
      kStarts.push({ user, token: String(row?.session_token) });
    }
    // The floor's sessions are made by kenali (the floor's own starts left sessions the bench does not know).
    const fStarted = await sessionsFor(db, kenali.url, n, 'started');
    const submitted = await measureRoute(
      'POST riasec/submit',
      { url: kenali.url, calls: kStarts.map(submitCall) },
      { url: floor.url, calls: fStarted.map(submitCall) },
    );
    const kIkigai = await inParallel(kStarts, 4, (s) => startIkigai(kenali.url, s));
    const fIkigai = await sessionsFor(db, kenali.url, n, 'ikigai');
    // Non-final: the three non-final dimensions of every session, dimension by dimension.
    const third = (sessions: Session[]) => {
      const calls: Call[] = [];
      for (let i = 0; i < 3; i++) calls.push(...sessions.map((s) => dimensionCall(s, i)));
      return calls;
    };
    const nonFinal = await measureRoute(
      'POST submit-dimension (non-final)',
      { url: kenali.url, calls: sequentialFirst(third(kIkigai), n) },
      { url: floor.url, calls: sequentialFirst(third(fIkigai), n) },
    );
    const final = await measureRoute(
      'POST submit-dimension final, offline',
      { url: kenali.url, calls: kIkigai.map((s) => dimensionCall(s, 3)) },
      { url: floor.url, calls: fIkigai.map((s) => dimensionCall(s, 3)) },
    );
    for (const [name, r] of [
      ['POST recommendation/start', started],
      ['POST riasec/submit', submitted],
      ['POST submit-dimension (non-final)', nonFinal],
      ['POST submit-dimension final, offline', final],
    ] as const) {
      details[name] = r;
      rows.push(...rowsOf(name, r));
    }
  } finally {
    await floor.stop();
    await kenali.stop();
    await db.close();
  }
  return { bench: BENCH, rows, details };
};

/**
 * The non-final calls are ordered dimension by dimension (3 × n); the sequential samples must still submit a
 * session's dimensions in order, so the first sessions' calls are moved to the front, session by session.
 */
const sequentialFirst = (calls: Call[], n: number): Call[] => {
  const head = Math.ceil((WARM + SAMPLES) / 3);
  const front: Call[] = [];
  for (let s = 0; s < head; s++) for (let i = 0; i < 3; i++) front.push(calls[i * n + s]);
  const rest = calls.filter((_, k) => k % n >= head);
  return [...front, ...rest];
};

if (isMain(import.meta.url)) {
  const report = await benchWrites();
  printTable(report.rows);
  console.log(JSON.stringify(report));
}
