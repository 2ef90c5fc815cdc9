/**
 * A private, throwaway `redis-server` for integration tests: loopback only, a free port, no persistence, and
 * its own working directory. Tests never touch a shared Redis (e.g. 127.0.0.1:6379): stopping this one to
 * simulate an outage must not disturb anyone else.
 */
// @ts-nocheck

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_SERVER_BIN = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server';

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** False after `stop()` until `restart()`. */
  readonly running: boolean;
  /** Kills the server (SIGKILL by default: an abrupt death, as in a crash); idempotent. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: the socket stays open but nothing answers, as with a hung host. */
  freeze(): void;
  /** SIGCONT after `freeze()`. */
  thaw(): void;
  /** Starts a fresh, empty server on the same port. */
  restart(): Promise<void>;
  /** Stops the server for good and removes its working directory. */
  dispose(): Promise<void>;
}

const READY_TIMEOUT_MS = 5_000;
const running = new Set<ChildProcess>();
// A crashed test run must not leave servers behind.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Why integration tests on Redis cannot run here, or undefined when they can. */
export const redisServerUnavailable = (): string | undefined =>
  existsSync(REDIS_SERVER_BIN)
    ? undefined
    : `redis-server not found at ${REDIS_SERVER_BIN} (apt-get install redis-server, or set REDIS_SERVER_BIN)`;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

const launch = (port: number, dir: string): Promise<ChildProcess> =>
  new Promise((resolve, reject) => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn(REDIS_SERVER_BIN, [...args, '--dir', dir, '--loglevel', 'notice'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`redis-server on port ${port} did not start: ${reason}\n${output}`));
    };
    const timer = setTimeout(() => fail('timed out'), READY_TIMEOUT_MS);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code) => fail(`exited with ${code}`));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (settled || !output.includes('Ready to accept connections')) return;
      settled = true;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout.removeAllListeners('data');
      child.stdout.resume(); // keep draining so a chatty server never blocks on a full pipe
      running.add(child);
      child.once('exit', () => running.delete(child));
      resolve(child);
    });
  });

const kill = (child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> =>
  new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
    child.kill('SIGCONT'); // a frozen process would otherwise never act on SIGTERM
  });

/** Starts a private server; callers check `redisServerUnavailable()` first and skip with its reason. */
export const startRedisServer = async (): Promise<RedisServer> => {
  const dir = await mkdtemp(join(tmpdir(), 'kenali-redis-'));
  let port = await freePort();
  let child: ChildProcess | undefined;
  // The probed port can be taken before redis binds it; a second port settles that race.
  try {
    child = await launch(port, dir);
  } catch {
    port = await freePort();
    child = await launch(port, dir);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get running() {
      return child !== undefined;
    },
    async stop(signal: NodeJS.Signals = 'SIGKILL') {
      await kill(child, signal);
      child = undefined;
    },
    freeze() {
      child?.kill('SIGSTOP');
    },
    thaw() {
      child?.kill('SIGCONT');
    },
    async restart() {
      await kill(child, 'SIGKILL');
      child = await launch(port, dir);
    },
    async dispose() {
      await kill(child, 'SIGTERM');
      child = undefined;
      await rm(dir, { recursive: true, force: true });
    },
  };
};
