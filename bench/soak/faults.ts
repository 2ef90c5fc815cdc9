// The faults, injected one at a time in a fixed rotation with a calm period after each, and what each one
// cost: how long the fault lasted, and how long after its injection users still saw failed attempts.
import type { Cluster } from './cluster.js';

export type FaultKind =
  | 'kill -9 + restart of a server'
  | 'PostgreSQL restart'
  | 'terminated connections'
  | 'Redis kill + restart'
  | 'SIGSTOP/SIGCONT of a server';

export interface FaultRun {
  readonly kind: FaultKind;
  readonly injectedAt: number;
  /** Time from injection until the fault was lifted (process back and ready, database accepting, thawed). */
  readonly durationMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SIGSTOP_MS = 4_000;
const PG_DOWN_MS = 1_000;
const REDIS_DOWN_MS = 2_000;
const TERMINATE_ROUNDS = 3;

/** The rotation; Redis faults only when the soak runs a Redis. */
export const rotation = (cluster: Cluster): FaultKind[] => [
  'kill -9 + restart of a server',
  'PostgreSQL restart',
  'terminated connections',
  ...(cluster.redis ? (['Redis kill + restart'] as const) : []),
  'SIGSTOP/SIGCONT of a server',
];

const inject = async (cluster: Cluster, kind: FaultKind, round: number): Promise<void> => {
  const server = cluster.servers[round % cluster.servers.length];
  switch (kind) {
    case 'kill -9 + restart of a server':
      await server.kill9();
      await server.start();
      return;
    case 'PostgreSQL restart':
      await cluster.database.restart(PG_DOWN_MS);
      return;
    case 'terminated connections':
      for (let i = 0; i < TERMINATE_ROUNDS; i++) {
        await cluster.database.terminateConnections();
        await sleep(500);
      }
      return;
    case 'Redis kill + restart':
      await cluster.redis!.stop('SIGKILL');
      await sleep(REDIS_DOWN_MS);
      await cluster.redis!.restart();
      return;
    case 'SIGSTOP/SIGCONT of a server':
      server.freeze();
      await sleep(SIGSTOP_MS);
      server.thaw();
      return;
  }
};

/** Injects faults until `stopAt`, waiting `calmMs` after each; returns what it did. */
export const runFaults = async (
  cluster: Cluster,
  stopAt: number,
  calmMs: number,
  log: (line: string) => void,
): Promise<FaultRun[]> => {
  const kinds = rotation(cluster);
  const runs: FaultRun[] = [];
  await sleep(calmMs);
  for (let round = 0; Date.now() < stopAt; round++) {
    const kind = kinds[round % kinds.length];
    const injectedAt = Date.now();
    await inject(cluster, kind, Math.floor(round / kinds.length));
    const durationMs = Date.now() - injectedAt;
    runs.push({ kind, injectedAt, durationMs });
    log(`fault ${runs.length}: ${kind}, lifted after ${durationMs} ms`);
    await sleep(calmMs);
  }
  return runs;
};

export interface FaultSummary {
  readonly kind: FaultKind;
  readonly count: number;
  readonly medianDurationMs: number;
  /** Injection → end of the last failed attempt before the next fault (0 when no attempt failed). */
  readonly medianRecoveryMs: number;
  readonly maxRecoveryMs: number;
  readonly failedAttempts: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Per kind: recovery of one fault = the end of the last failed attempt in its window (injection → next
 * injection, or the end of the run) minus the injection time. `failedAt` must be sorted.
 */
export const summariseFaults = (runs: readonly FaultRun[], failedAt: readonly number[], end: number) => {
  const byKind = new Map<FaultKind, { durations: number[]; recoveries: number[]; failed: number }>();
  runs.forEach((run, i) => {
    const until = runs[i + 1]?.injectedAt ?? end;
    const inWindow = failedAt.filter((t) => t >= run.injectedAt && t < until);
    const entry = byKind.get(run.kind) ?? { durations: [], recoveries: [], failed: 0 };
    entry.durations.push(run.durationMs);
    entry.recoveries.push(inWindow.length === 0 ? 0 : inWindow[inWindow.length - 1] - run.injectedAt);
    entry.failed += inWindow.length;
    byKind.set(run.kind, entry);
  });
  const first = runs[0]?.injectedAt ?? end;
  const summaries: FaultSummary[] = [...byKind].map(([kind, e]) => ({
    kind,
    count: e.durations.length,
    medianDurationMs: median(e.durations),
    medianRecoveryMs: median(e.recoveries),
    maxRecoveryMs: Math.max(...e.recoveries),
    failedAttempts: e.failed,
  }));
  return { summaries, failedBeforeFirstFault: failedAt.filter((t) => t < first).length };
};
