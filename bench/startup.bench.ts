/**
 * `npm run bench:startup`: how fast `kenali serve` (the committed launcher, one process) is ready on an
 * already migrated database, and how long SIGTERM takes to exit when idle. Prints the numbers; never asserts.
 * DATABASE_URL must point at a server PostgreSQL (the standalone mode also starts its own database).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../packages/cli/bin/kenali.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const ready = async (url: string): Promise<boolean> => {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
};

interface Run {
  readyMs: number;
  exitMs: number;
  /** From the server's "kenali listening" line: since its process started, and the CPU time spent by then. */
  listenMs: number;
  cpuMs: number;
  startedFrom: string;
}

const once1 = async (): Promise<Run> => {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = once(child, 'exit');
  while (!(await ready(`http://127.0.0.1:${port}/readyz`))) {
    if (child.exitCode !== null) throw new Error('kenali serve exited during start-up');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const readyMs = performance.now() - started;
  const stopping = performance.now();
  child.kill('SIGTERM');
  await exited;
  const line = log.split('\n').find((entry) => entry.includes('"kenali listening"')) ?? '{}';
  const listening = JSON.parse(line) as {
    sinceProcessStartMs?: number;
    cpuMs?: number;
    startedFrom?: string;
  };
  return {
    readyMs,
    exitMs: performance.now() - stopping,
    listenMs: listening.sinceProcessStartMs ?? NaN,
    cpuMs: listening.cpuMs ?? NaN,
    startedFrom: listening.startedFrom ?? '?',
  };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

if (!process.env.DATABASE_URL) {
  console.error('bench:startup needs DATABASE_URL (a migrated server PostgreSQL)');
  process.exit(2);
}
await once1(); // migrates when needed and warms the file cache; not counted
const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await once1());
const ready_ = runs.map((r) => r.readyMs);
const exit_ = runs.map((r) => r.exitMs);
console.log(
  `kenali serve, migrated database, ${RUNS} runs: ready (spawn → /readyz 200) median ${median(ready_).toFixed(0)} ms ` +
    `(min ${Math.min(...ready_).toFixed(0)}, max ${Math.max(...ready_).toFixed(0)}); ` +
    `SIGTERM → exit median ${median(exit_).toFixed(0)} ms (max ${Math.max(...exit_).toFixed(0)})`,
);
console.log(
  `  listening after (process start → listen, server's clock) median ${median(runs.map((r) => r.listenMs)).toFixed(0)} ms; ` +
    `CPU time by then median ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms; ` +
    `started from: ${[...new Set(runs.map((r) => r.startedFrom))].join(', ')}`,
);
