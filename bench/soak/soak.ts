/**
 * `npm run soak [-- --duration 10m --users 12]`: starts its own PostgreSQL (embedded), its own Redis (when
 * redis-server exists) and two `kenali serve` processes on one database; users run complete tests of both
 * goals with Idempotency-Keys and same-key retries while faults are injected in rotation. Then it checks the
 * invariants and prints them with the success rates and recovery times. Exit 0 when every invariant holds,
 * 1 when one is violated, 2 when the soak itself could not run. See docs/operations.md ("Soak").
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { KENALI_BIN } from '../../test/support/serve-process.js';
import { SoakClient, Traffic } from './client.js';
import { type Cluster, startCluster } from './cluster.js';
import { runFaults, summariseFaults } from './faults.js';
import {
  SESSIONS_SQL,
  type SessionRow,
  WALLETS_SQL,
  type WalletRow,
  doubleEffects,
  lostWrites,
} from './invariants.js';
import { Ledger } from './ledger.js';
import { printFaults, printInvariants, printTraffic } from './report.js';
import { SoakUser } from './user.js';

const INITIAL_BALANCE = 100_000;
const TOKEN_COST = 3; // RECOMMENDATION_TOKEN_COST's default, which the servers use
const FINAL_TEST_TRIES = 3;

const parseDuration = (text: string): number => {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`--duration: expected e.g. 40s, 3m, 1h, not "${text}"`);
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[match[2] ?? 's'] ?? 1_000;
  return Math.round(Number(match[1]) * unit);
};

const option = (name: string, fallback: string): string => {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return args[i].includes('=') ? args[i].split('=')[1] : (args[i + 1] ?? fallback);
};

const started = Date.now();
const log = (line: string) => console.log(`[soak ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const createUsers = async (cluster: Cluster, count: number): Promise<string[]> => {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const id of ids) {
    await cluster.database.query(
      `insert into users (id, fullname, email, password, phone_number, role) values ($1, 'Sari Wulandari', $2, 'x', '0800000000', 'USER')`,
      [id, `${id}@soak.example.test`],
    );
    await cluster.database.query('insert into token_wallet (user_id, balance) values ($1, $2)', [
      id,
      INITIAL_BALANCE,
    ]);
  }
  return ids;
};

/** `kenali audit tokens` on the soak's database: its JSON report and whether it exited 0. */
const auditTokens = async (databaseUrl: string): Promise<{ ok: boolean; report: string }> => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [KENALI_BIN, 'audit', 'tokens'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    });
    return { ok: true, report: stdout.trim() };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, report: `${failed.stdout ?? ''} ${failed.stderr ?? ''}`.trim() };
  }
};

const soak = async (cluster: Cluster, durationMs: number, userCount: number): Promise<number> => {
  const traffic = new Traffic();
  const ledger = new Ledger();
  const client = new SoakClient(
    cluster.servers.map((s) => s.url),
    traffic,
  );
  const users = (await createUsers(cluster, userCount)).map((id) => new SoakUser(id, client, ledger));
  const loadStart = Date.now();
  const stopAt = loadStart + durationMs;
  // Several fault cycles even in a short run; the last fault is lifted a calm period before the end.
  const calmMs = Math.min(8_000, Math.max(2_000, durationMs / 25));
  log(
    `${userCount} users for ${durationMs / 1000} s; a fault every ~${calmMs / 1000} s + its duration; load ${load()}`,
  );
  const progress = setInterval(
    () => log(`${traffic.requests} requests, ${ledger.completedTests} complete tests; load ${load()}`),
    30_000,
  );
  const [runs] = await Promise.all([
    runFaults(cluster, stopAt - 2 * calmMs, calmMs, log),
    Promise.all(users.map((user, i) => user.run(stopAt, i))),
  ]);
  clearInterval(progress);
  const loadEnd = Date.now();
  const loadTraffic = traffic.snapshot();
  const tests = { completed: ledger.completedTests, broken: ledger.brokenTests, waysOut: ledger.waysOut };
  log(`load phase over; load ${load()}; checking the invariants`);

  // No stuck user: each one finishes a new test (taking the way out of any test left open).
  const results = await Promise.all(
    users.map(async (user) => {
      for (let i = 0; i < FINAL_TEST_TRIES; i++) if (await user.test('FIT_CHECK')) return true;
      return false;
    }),
  );
  const stuck = results.filter((ok) => !ok).length;
  // Byte-identical replays: a sample of every acknowledged key, sent again now that the run is over.
  for (const acknowledged of ledger.sample) {
    const again = await client.send(acknowledged.req);
    if (again.answer) ledger.compare(acknowledged, again.answer);
  }
  const sessions = await cluster.database.query<SessionRow>(SESSIONS_SQL);
  const wallets = await cluster.database.query<WalletRow>(WALLETS_SQL);
  const lost = lostWrites(ledger.acks, sessions);
  const doubles = doubleEffects(ledger.startKeys, sessions, wallets, INITIAL_BALANCE, TOKEN_COST);
  const audit = await auditTokens(cluster.database.url);

  console.log('');
  console.log(
    `soak: ${durationMs / 1000} s of load, ${userCount} users, 2 kenali servers, embedded PostgreSQL, ` +
      `${cluster.redis ? 'Redis' : 'no Redis'}; machine load (1/5/15 min) at the end ${load()}`,
  );
  printTraffic(loadTraffic, tests, Math.round((loadEnd - loadStart) / 1000));
  const faults = summariseFaults(
    runs,
    [...traffic.failedAt].sort((a, b) => a - b),
    loadEnd,
  );
  printFaults(faults.summaries, faults.failedBeforeFirstFault);
  const violated = printInvariants([
    {
      name: 'no lost acknowledged write',
      violations: lost.length,
      detail: `${lost.length} of ${ledger.acks.length} acknowledged writes missing`,
      examples: lost,
    },
    {
      name: 'no duplicate session or charge',
      violations: doubles.length + (audit.ok ? 0 : 1),
      detail: `${sessions.length} sessions, ${wallets.length} wallets checked, ${doubles.length} problems; kenali audit tokens ${audit.ok ? 'exit 0' : 'FAILED'}: ${audit.report}`,
      examples: doubles,
    },
    {
      name: 'byte-identical replays',
      violations: ledger.changedReplays,
      detail: `${ledger.changedReplays} of ${ledger.replaysChecked} re-sent keys answered differently`,
      examples: ledger.examples.filter((e) => e.startsWith('changed')),
    },
    {
      name: 'no stuck user',
      violations: stuck,
      detail: `${userCount - stuck} of ${userCount} users finished a new test after the run`,
    },
    {
      name: 'no 500',
      violations: traffic.count500,
      detail: `${traffic.count500} of ${traffic.requests} requests answered 500`,
      examples: traffic.serverErrors,
    },
    {
      name: 'no unexpected answer',
      violations: ledger.unexpected,
      detail: `${ledger.unexpected} answers a correct client should not get (4xx in a valid flow)`,
      examples: ledger.examples.filter((e) => e.startsWith('unexpected')),
    },
  ]);
  console.log(violated === 0 ? 'soak: PASS' : `soak: FAIL (${violated} invariant(s) violated)`);
  return violated === 0 ? 0 : 1;
};

const durationMs = parseDuration(option('duration', '3m'));
const userCount = Number(option('users', '12'));
let code = 2;
let cluster: Cluster | undefined;
try {
  log(`starting PostgreSQL, Redis and two servers; load ${load()}`);
  cluster = await startCluster(log);
  code = await soak(cluster, durationMs, userCount);
} catch (error) {
  console.error('soak: could not run:', error);
  for (const server of cluster?.servers ?? [])
    console.error(`${server.name} stderr:\n${server.stderrTail()}`);
} finally {
  await cluster?.stop().catch((error: unknown) => console.error('soak: cleanup failed:', error));
}
process.exit(code);
