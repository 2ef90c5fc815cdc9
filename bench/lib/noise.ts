// How much CPU *other* work used while a section was measured: all busy CPU time of the machine minus that
// of this process, the servers it started and the PostgreSQL backends of its databases. On a shared 2-core
// machine a neighbour's compile or test run can halve a throughput number; this makes it visible.
import { existsSync, readFileSync } from 'node:fs';

const HZ = 100; // USER_HZ: /proc tick unit on Linux
const servers = new Set<number>();
const databases = new Set<() => Promise<number[]>>();

/** A process whose CPU time counts as ours (a server started by the suite). */
export const ownProcess = (pid: number | undefined): (() => void) => {
  if (pid === undefined) return () => undefined;
  servers.add(pid);
  return () => void servers.delete(pid);
};

/** Lists the backend pids serving one of our databases (pg_stat_activity). */
export const ownDatabase = (pids: () => Promise<number[]>): (() => void) => {
  databases.add(pids);
  return () => void databases.delete(pids);
};

const busyTicks = (): number => {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  return total - (fields[3] ?? 0) - (fields[4] ?? 0); // minus idle and iowait
};

const processTicks = (pid: number): number => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0; // exited
  }
};

const ourPids = async (): Promise<number[]> => {
  const lists = await Promise.all([...databases].map((list) => list().catch(() => [])));
  return [process.pid, ...servers, ...lists.flat()];
};

export interface NoiseSample {
  readonly label: string;
  /** Cores' worth of CPU used by other work, on average, while the section ran. */
  readonly foreignCores: number;
}

/** Every metered section of this run. */
export const noiseLog: NoiseSample[] = [];

/** Foreign load above this share of one core marks a section as disturbed. */
export const NOISY_CORES = 0.2;

/**
 * Starts metering; the returned function stops it, logs the section (`label` undefined: a warm-up, not
 * logged) and returns its sample.
 */
export const meter = async (label: string | undefined): Promise<() => Promise<NoiseSample>> => {
  if (!existsSync('/proc/stat')) return () => Promise.resolve({ label: label ?? '', foreignCores: NaN });
  const startPids = await ourPids();
  const ownBefore = new Map(startPids.map((pid) => [pid, processTicks(pid)]));
  const busyBefore = busyTicks();
  const started = performance.now();
  return async () => {
    const busy = busyTicks() - busyBefore;
    const seconds = (performance.now() - started) / 1000;
    const pids = new Set([...startPids, ...(await ourPids())]);
    let own = 0;
    for (const pid of pids) own += Math.max(0, processTicks(pid) - (ownBefore.get(pid) ?? 0));
    const foreignCores = Math.max(0, Math.round(((busy - own) / HZ / seconds) * 100) / 100);
    const sample = { label: label ?? 'warm-up', foreignCores };
    if (label !== undefined) noiseLog.push(sample);
    return sample;
  };
};

/** Runs `fn` metered. */
export const metered = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const stop = await meter(label);
  try {
    return await fn();
  } finally {
    await stop();
  }
};

/**
 * A sequential measurement repeated (at most `attempts` times in all, each on freshly prepared input) while
 * another process disturbed it; returns the first undisturbed result, else the least disturbed one. Only
 * `run` is metered, not `prepare`.
 */
export const quietly = async <P, T>(
  label: string,
  prepare: () => Promise<P>,
  run: (input: P) => Promise<T>,
  attempts = 3,
): Promise<T> => {
  let best: { value: T; foreignCores: number } | undefined;
  for (let i = 0; i < attempts; i++) {
    const input = await prepare();
    const stop = await meter(`${label}${i > 0 ? ` (attempt ${i + 1})` : ''}`);
    const value = await run(input);
    const { foreignCores } = await stop();
    if (!best || foreignCores < best.foreignCores) best = { value, foreignCores };
    if (foreignCores <= NOISY_CORES) break;
  }
  return (best as { value: T }).value;
};
