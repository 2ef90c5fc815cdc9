// Issue 4: with Redis configured but stopped, no request slower by more than 20 ms. One server process on a
// private redis-server (test/support/redis-server.ts): every route timed with Redis up, then Redis killed
// (SIGKILL) and the same routes timed again on the same process.
import { startRedisServer } from '../../test/support/redis-server.js';
import {
  API,
  type Session,
  call,
  createUsers,
  prepareSessions,
  start,
  startIkigai,
  submitDimension,
  submitRiasec,
} from './api.js';
import type { BenchDatabase } from './database.js';
import { type Percentiles, percentiles, settle, timed } from './measure.js';
import { quietly } from './noise.js';
import { type Row, check, info } from './report.js';
import { withKenali } from './server.js';

const BENCH = 'http';
const SAMPLES = Number(process.env.BENCH_REDIS_SAMPLES ?? 40);

type Phase = Record<string, Percentiles>;

/** One pass over every route that touches Redis (content and personality caches) or not. */
const timeRoutes = async (url: string, users: string[]): Promise<Phase> => {
  const ms: Record<string, number[]> = {};
  const time = async <T>(route: string, fn: () => Promise<T>): Promise<T> => {
    const { ms: took, value } = await timed(fn);
    (ms[route] ??= []).push(took);
    return value;
  };
  for (const user of users) {
    const s0: Session = await time('POST recommendation/start', () => start(url, user));
    await time('POST riasec/submit', () => submitRiasec(url, s0));
    await time('GET riasec/result', () => call(url, 'GET', `${API}/riasec/result/${s0.token}`, user));
    const s = await time('POST ikigai/start', () => startIkigai(url, s0));
    await time('GET ikigai/content', () => call(url, 'GET', `${API}/ikigai/content/${s.token}`, user));
    await time('POST submit-dimension (non-final)', () => submitDimension(url, s, 0));
  }
  return Object.fromEntries(Object.entries(ms).map(([route, samples]) => [route, percentiles(samples)]));
};

export const benchRedisOutage = async (
  db: BenchDatabase,
  rows: Row[],
  details: Record<string, unknown>,
): Promise<void> => {
  const redis = await startRedisServer();
  try {
    await withKenali(db.url, { REDIS_URL: redis.url }, async ({ url }) => {
      await prepareSessions(url, db.knex, 10, 'done'); // warm-up with Redis up
      const users = async () => {
        const list = await createUsers(db.knex, SAMPLES);
        await settle();
        return list;
      };
      const up = await quietly('http: routes, Redis up', users, (list) => timeRoutes(url, list));
      await redis.stop('SIGKILL');
      const down = await quietly('http: routes, Redis stopped', users, (list) => timeRoutes(url, list));
      details.redis = { up, down, samplesPerRoute: SAMPLES };
      let worst = 0;
      for (const route of Object.keys(up)) {
        const delta = down[route].p50 - up[route].p50;
        worst = Math.max(worst, down[route].max);
        rows.push(check(BENCH, `Redis stopped: ${route} p50 slowdown`, delta, 'ms', '<=', 20));
      }
      rows.push(info(BENCH, 'Redis stopped: slowest single request', worst, 'ms'));
    });
  } finally {
    await redis.dispose();
  }
};
