// Latency percentiles of individual requests (process.hrtime) and throughput runs (autocannon).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import autocannon, { type Options, type Result } from 'autocannon';
import { NOISY_CORES, meter } from './noise.js';

export interface Percentiles {
  readonly n: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Nearest-rank percentiles of millisecond samples. */
export const percentiles = (samples: readonly number[]): Percentiles => {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    n: sorted.length,
    p50: round(at(50)),
    p90: round(at(90)),
    p99: round(at(99)),
    max: round(at(100)),
  };
};

/** Milliseconds one call takes. */
export const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
};

/** Runs `fn(item)` for every item one after another and returns the latency percentiles. */
export const timeEach = async <T>(
  items: readonly T[],
  fn: (item: T) => Promise<unknown>,
): Promise<Percentiles> => {
  const samples: number[] = [];
  for (const item of items) samples.push((await timed(() => fn(item))).ms);
  return percentiles(samples);
};

export interface Throughput {
  readonly rps: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Cores' worth of CPU other work used meanwhile (see noise.ts). */
  readonly foreignCores: number;
}

/** An autocannon run with every 2xx response time as autocannon measured it (float ms). */
export const cannonSamples = async (
  options: Options,
  until?: Promise<unknown>,
  label: string | undefined = `autocannon ${options.requests?.[0]?.path ?? options.url}`,
): Promise<{ summary: Throughput; samples: number[] }> => {
  const stopMeter = await meter(label);
  const run = await new Promise<{ summary: Omit<Throughput, 'foreignCores'>; samples: number[] }>(
    (resolve, reject) => {
      const samples: number[] = [];
      const started = performance.now();
      let lastAnswer = started;
      const instance = autocannon({ connections: 10, duration: 10, ...options }, (error, r: Result) => {
        if (error) return reject(error);
        const p = samples.length > 0 ? percentiles(samples) : { p50: NaN, p90: NaN, p99: NaN };
        // A run of a fixed `amount` ends at autocannon's next 1-s sampling tick, so its `duration` is the
        // elapsed time rounded up to a whole second (600 requests in 3.1 s counted as 4 s): time it here.
        const seconds = options.amount ? (lastAnswer - started) / 1000 : r.duration;
        const summary = {
          rps: Math.round(r.requests.total / seconds),
          p50: p.p50,
          p90: p.p90,
          p99: p.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors + r.timeouts,
        };
        resolve({ summary, samples });
      });
      instance.on('response', (_client, status, _bytes, ms) => {
        lastAnswer = performance.now();
        if (status >= 200 && status < 300) samples.push(ms);
      });
      const stop = () => instance.stop();
      void until?.then(stop, stop);
    },
  );
  const noise = await stopMeter();
  return { summary: { ...run.summary, foreignCores: noise.foreignCores }, samples: run.samples };
};

/**
 * An autocannon run; `until` (if given) stops it early when that promise settles. Percentiles come from
 * the float response times, not autocannon's whole-millisecond histogram.
 */
export const cannon = async (options: Options, until?: Promise<unknown>): Promise<Throughput> =>
  (await cannonSamples(options, until)).summary;

/**
 * An open-loop load at a steady `rate` (req/s): request i leaves at t0 + i/rate whatever the earlier ones are
 * doing, until `stop` settles. (autocannon's own rate limit spends each second's budget in a burst at the
 * start of the second, which measures bursts at full concurrency rather than a steady load.)
 */
export const paced = async (
  rate: number,
  send: (i: number) => Promise<void>,
  stop: Promise<unknown>,
  label?: string,
): Promise<{ samples: number[]; errors: number; foreignCores: number }> => {
  const stopMeter = await meter(label);
  const samples: number[] = [];
  let errors = 0;
  let stopped = false;
  const end = () => void (stopped = true);
  void stop.then(end, end);
  const inflight = new Set<Promise<void>>();
  const t0 = performance.now();
  let sent = 0;
  while (!stopped) {
    const due = Math.floor(((performance.now() - t0) * rate) / 1000);
    for (; sent < due; sent++) {
      const started = performance.now();
      const request: Promise<void> = send(sent).then(
        () => void samples.push(performance.now() - started),
        () => void errors++,
      );
      inflight.add(request);
      void request.finally(() => inflight.delete(request));
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inflight);
  return { samples, errors, foreignCores: (await stopMeter()).foreignCores };
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A short untimed run so JIT, pools and caches are warm before the measured one. */
export const warm = async (options: Options): Promise<Throughput> =>
  (await cannonSamples({ ...options, duration: 2 }, undefined, undefined)).summary;

/**
 * A measured autocannon run, repeated (at most `attempts` times in all) while another process disturbed it
 * (see noise.ts); returns the first undisturbed run, else the least disturbed one.
 */
export const quietCannon = async (label: string, options: Options, attempts = 3): Promise<Throughput> => {
  let best: Throughput | undefined;
  for (let i = 0; i < attempts; i++) {
    await settle();
    const run = (await cannonSamples(options, undefined, `${label}${i > 0 ? ` (attempt ${i + 1})` : ''}`))
      .summary;
    if (!best || run.foreignCores < best.foreignCores) best = run;
    if (run.foreignCores <= NOISY_CORES) break;
  }
  return best as Throughput;
};

/** Fails loudly when a run answered with errors: a fast stream of 4xx would be a meaningless number. */
export const assertClean = (label: string, t: Throughput): Throughput => {
  if (t.non2xx > 0 || t.errors > 0)
    throw new Error(`${label}: ${t.non2xx} non-2xx and ${t.errors} errors in ${t.requests} requests`);
  return t;
};

const cpuTimes = async (): Promise<{ idle: number; total: number }> => {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((a, b) => a + b, 0) };
};

/**
 * Waits (at most `maxMs`) until the machine is quiet — over 85% idle for one second — so a compiler or test
 * run of someone else does not land inside a measurement; returns the idle share it last saw (0..1).
 */
export const settle = async (maxMs = Number(process.env.BENCH_SETTLE_MS ?? 60_000)): Promise<number> => {
  if (!existsSync('/proc/stat')) return NaN;
  const deadline = Date.now() + maxMs;
  for (;;) {
    const a = await cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const b = await cpuTimes();
    const idle = Math.round(((b.idle - a.idle) / Math.max(1, b.total - a.total)) * 100) / 100;
    if (idle >= 0.85 || Date.now() > deadline) return idle;
  }
};
