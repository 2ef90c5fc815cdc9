// Issue 6: cleaning up 100,000 expired idempotency rows must not raise request p99 by more than 10%.
// The rows are bulk-inserted with SQL; `runCleanup` (the job the server runs hourly) runs in this process
// under a steady open-loop load of replays and result reads at half the measured replay capacity (as in
// production, where the service is not saturated), compared with the same load just before; samples are
// pooled over several rounds and rounds disturbed by other work on the machine are set aside. The load is
// paced by `paced` rather than autocannon's rate limit, which sends each second's budget as one burst. The
// measured job uses its production defaults (CLEANUP_DEFAULTS: small batches with duty-cycle pauses); the
// former back-to-back job is measured the same way as a diagnostic.
import type { Request } from 'autocannon';
import { CLEANUP_DEFAULTS, runCleanup } from '../../packages/adapters/src/idempotency/cleanup-job.js';
import { PostgresIdempotencyStore } from '../../packages/adapters/src/postgres/postgres-idempotency-store.js';
import { API, prepareSessions } from './api.js';
import type { BenchDatabase } from './database.js';
import { type Percentiles, paced, percentiles, settle, sleep, timed } from './measure.js';
import { NOISY_CORES } from './noise.js';
import { type Row, check, info } from './report.js';

const BENCH = 'idempotency';
const EXPIRED_ROWS = Number(process.env.BENCH_EXPIRED_ROWS ?? 100_000);
const LOAD_SHARE = 0.5;
const ROUNDS = Number(process.env.BENCH_CLEANUP_ROUNDS ?? 2); // each takes ~4.5 min at the defaults
/**
 * Load before the measured windows. Latency stalls cluster in the first seconds after the bulk insert, vacuum
 * and checkpoint of the setup (2 s of warm-up left them in the window without cleanup, which flattered any
 * cleanup); after 10 s the load runs steady.
 */
/**
 * Foreign load above which a round is set aside: half the general threshold, since a p99 over a few seconds
 * moves with much less foreign work than a throughput does (rounds at 0.19 cores doubled it).
 */
const TAIL_NOISY_CORES = NOISY_CORES / 2;
const WARM_UP_MS = Number(process.env.BENCH_CLEANUP_WARM_UP_MS ?? 10_000);
const DIAGNOSTIC_ROUNDS = Number(process.env.BENCH_CLEANUP_DIAGNOSTIC_ROUNDS ?? 1);

const insertExpired = (db: BenchDatabase, count: number) =>
  db.knex.raw(
    `insert into idempotency_keys (user_id, key, origin, method, route, fingerprint, state, attempt,
       response_status, response_headers, response_body, created_at, completed_at, expires_at)
     select gen_random_uuid(), 'bench-expired-' || g, 'header', 'POST', '/api/v1/career-profile/recommendation/start',
       md5(g::text) || md5((g + 1)::text), 'completed', 1, 201, '{"content-type":"application/json"}'::jsonb,
       convert_to(repeat('{"session_token":"x"}', 25), 'UTF8'),
       now() - interval '2 days', now() - interval '2 days', now() - interval '1 day' - (g || ' seconds')::interval
     from generate_series(1, ?) g`,
    [count],
  );

/** POST replay and GET riasec/result in turn, as their owners; a non-2xx answer counts as an error. */
const sender = (base: string, requests: Request[]) => async (i: number) => {
  const r = requests[i % requests.length];
  const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`${r.path} → ${res.status}`);
};

type Cleanup = () => Promise<number>;

/** The job as it was before the duty-cycle throttle: 1,000-row batches back to back (a diagnostic). */
const BACK_TO_BACK = { batchSize: 1000, dutyCycle: 1, minPauseMs: 0 } as const;

interface Round {
  readonly cleanupMs: number;
  readonly quietMs: number;
  readonly before: Percentiles;
  readonly during: Percentiles;
  readonly foreignCores: number;
  readonly p50Increase: number;
  readonly p99Increase: number;
}

const increase = (before: number, during: number) => Math.round(((during - before) / before) * 1000) / 10;
const median = (values: number[]): number =>
  values.length === 0 ? NaN : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Flushes the bulk insert's dirty pages, so its write-back does not land in either measured window (best
 * effort: CHECKPOINT needs a superuser or pg_checkpoint).
 */
const checkpoint = async (db: BenchDatabase) => {
  await db.knex.raw('checkpoint').catch(() => undefined);
};

/**
 * Rounds of: bulk insert, steady load without cleanup, then the cleanup under the same load. The load before
 * lasts as long as the previous cleanup (3 s at least), so both windows see the same stretch of time.
 * Rounds another process disturbed (see noise.ts) are set aside until `want` undisturbed ones are in, at most
 * `want × 3` tries. The verdict compares the percentiles of all kept samples with and without cleanup: a p99
 * over one round's few thousand samples moves by tens of percent from round to round on its own.
 */
const rounds = async (
  db: BenchDatabase,
  rate: number,
  send: (i: number) => Promise<void>,
  cleanup: Cleanup,
  want: number,
) => {
  const kept: Round[] = [];
  const [quietSamples, busySamples, firstHalves, secondHalves]: number[][] = [[], [], [], []];
  let disturbed = 0;
  let quietMs = 3000;
  for (let attempt = 0; kept.length < want && attempt < want * 3; attempt++) {
    await insertExpired(db, EXPIRED_ROWS);
    await db.knex.raw('vacuum analyze idempotency_keys'); // settle the table before timing
    await checkpoint(db);
    await settle();
    await paced(rate, send, sleep(WARM_UP_MS)); // not metered
    const quiet = await paced(rate, send, sleep(quietMs), 'idempotency: load before cleanup');
    const running = timed(cleanup);
    const busy = await paced(rate, send, running, 'idempotency: load during cleanup');
    const { ms, value: deleted } = await running;
    if (deleted < EXPIRED_ROWS) throw new Error(`cleanup deleted ${deleted} of ${EXPIRED_ROWS}`);
    if (quiet.errors + busy.errors > 0) throw new Error(`${quiet.errors + busy.errors} requests failed`);
    const foreignCores = Math.max(quiet.foreignCores, busy.foreignCores);
    if (foreignCores > TAIL_NOISY_CORES) {
      disturbed++;
      continue;
    }
    quietSamples.push(...quiet.samples);
    // The two halves of the window without cleanup (samples are in completion order): their difference is
    // what the comparison reads without any cause, the noise floor of the verdict.
    firstHalves.push(...quiet.samples.slice(0, quiet.samples.length >> 1));
    secondHalves.push(...quiet.samples.slice(quiet.samples.length >> 1));
    busySamples.push(...busy.samples);
    const [before, during] = [percentiles(quiet.samples), percentiles(busy.samples)];
    kept.push({
      cleanupMs: ms,
      quietMs,
      before,
      during,
      foreignCores,
      p50Increase: increase(before.p50, during.p50),
      p99Increase: increase(before.p99, during.p99),
    });
    quietMs = Math.min(30_000, Math.max(3000, Math.round(ms)));
  }
  if (kept.length === 0) throw new Error(`every one of ${disturbed} cleanup rounds was disturbed`);
  const [before, during] = [percentiles(quietSamples), percentiles(busySamples)];
  return {
    kept,
    disturbed,
    cleanupMs: median(kept.map((r) => r.cleanupMs)),
    before,
    during,
    p50Increase: increase(before.p50, during.p50),
    p99Increase: increase(before.p99, during.p99),
    noiseFloorP99: increase(percentiles(firstHalves).p99, percentiles(secondHalves).p99),
    medianRoundP50Increase: median(kept.map((r) => r.p50Increase)),
    medianRoundP99Increase: median(kept.map((r) => r.p99Increase)),
  };
};

export const benchCleanup = async (
  db: BenchDatabase,
  base: string,
  replay: Request,
  maxRps: number,
  rows: Row[],
  details: Record<string, unknown>,
): Promise<void> => {
  const [session] = await prepareSessions(base, db.knex, 1, 'riasec');
  const send = sender(base, [
    replay,
    { method: 'GET', path: `${API}/riasec/result/${session.token}`, headers: { 'x-user-id': session.user } },
  ]);
  const rate = Math.max(50, Math.round(maxRps * LOAD_SHARE));
  const store = new PostgresIdempotencyStore(db.knex);
  // The production job: `runCleanup` with its defaults, exactly as `startIdempotencyCleanup` runs it.
  const job = await rounds(db, rate, send, () => runCleanup(store, new Date()), ROUNDS);
  const old = await rounds(
    db,
    rate,
    send,
    () => runCleanup(store, new Date(), BACK_TO_BACK),
    DIAGNOSTIC_ROUNDS,
  );
  // (Keyless fallback rows of the load itself expire on their own schedule; only the bulk rows must be gone.)
  const left = await db.knex('idempotency_keys').whereLike('key', 'bench-expired-%').count({ n: '*' });
  if (Number(left[0]?.n) !== 0) throw new Error(`${String(left[0]?.n)} bulk rows left after cleanup`);
  details.cleanup = {
    expiredRows: EXPIRED_ROWS,
    rate,
    defaults: CLEANUP_DEFAULTS,
    runCleanup: job,
    backToBack1000: old,
  };
  const label = `${rate} req/s steady, ${job.kept.length} undisturbed rounds pooled`;
  const pacing = `${CLEANUP_DEFAULTS.batchSize}-row batches, duty cycle ${CLEANUP_DEFAULTS.dutyCycle}`;
  const ms = (p: Percentiles) => `${p.p50} / ${p.p99} ms`;
  rows.push(
    info(
      BENCH,
      `cleanup of ${EXPIRED_ROWS.toLocaleString('en')} expired rows (${pacing})`,
      job.cleanupMs / 1000,
      's',
    ),
    info(BENCH, `request p99 without cleanup (p50 / p99: ${ms(job.before)})`, job.before.p99, 'ms'),
    info(BENCH, `request p99 during cleanup (p50 / p99: ${ms(job.during)})`, job.during.p99, 'ms'),
    info(BENCH, `request p50 increase during cleanup (${label})`, job.p50Increase, '%'),
    check(BENCH, `request p99 increase during cleanup (${label})`, job.p99Increase, '%', '<=', 10),
    info(BENCH, 'request p99 increase during cleanup, median of the rounds', job.medianRoundP99Increase, '%'),
    info(
      BENCH,
      'noise floor: p99 change between the halves of the windows without cleanup',
      job.noiseFloorP99,
      '%',
    ),
    info(
      BENCH,
      'diagnostic: back-to-back cleanup (1,000-row batches, no pauses) duration',
      old.cleanupMs / 1000,
      's',
    ),
    info(BENCH, 'diagnostic: back-to-back cleanup request p50 increase', old.p50Increase, '%'),
    info(BENCH, 'diagnostic: back-to-back cleanup request p99 increase', old.p99Increase, '%'),
  );
};
