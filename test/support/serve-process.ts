import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { REPO_ROOT } from './paths.js';

/** `npx kenali serve` as the operator runs it: the committed launcher, one OS process. */
export const KENALI_BIN = `${REPO_ROOT}packages/cli/bin/kenali.js`;

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  readonly stderr: () => string;
  /** Its log lines (JSON on stdout; LOG_LEVEL is warn unless the test says otherwise). */
  readonly stdout: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
}

export const fetchStatus = async (url: string): Promise<number | Error> => {
  try {
    return (await fetch(url)).status;
  } catch (error) {
    return error as Error;
  }
};

/** Starts `kenali serve` on `port` and waits until /readyz answers 200; `nodeArgs` go before the launcher. */
export const startServe = async (
  port: number,
  env: Record<string, string>,
  readyWithinMs = 90_000,
  nodeArgs: readonly string[] = [],
): Promise<ServeProcess> => {
  const child = spawn(process.execPath, [...nodeArgs, KENALI_BIN, 'serve'], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      AI_PROVIDER: 'offline',
      HOST: '127.0.0.1',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = `http://127.0.0.1:${port}`;
  await untilReady(child, url, () => stderr, readyWithinMs);
  return { url, child, stderr: () => stderr, stdout: () => stdout, exited };
};

/** Waits until `url`/readyz answers 200; fails when `child` exits first or the time runs out. */
export const untilReady = async (
  child: ChildProcess,
  url: string,
  output: () => string,
  readyWithinMs: number,
): Promise<void> => {
  const deadline = Date.now() + readyWithinMs;
  while ((await fetchStatus(`${url}/readyz`)) !== 200) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the service exited during start-up: ${output()}`);
    }
    if (Date.now() > deadline) throw new Error(`the service did not become ready: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
