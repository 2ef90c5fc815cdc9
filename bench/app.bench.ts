/**
 * `npm run bench:app`: the first load of the web client at /app/ in Debian's chromium on localhost, with an
 * empty browser cache each run: bytes on the wire per file (compressed, headers excluded) and time to
 * interactive (navigation start → the first screen rendered with its handlers, the page's
 * `kenali:interactive` mark). Prints medians; asserts nothing. DATABASE_URL: a server PostgreSQL (else the
 * standalone embedded one). BENCH_RUNS (default 15), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../test/browser/browser.js';

const BIN = fileURLToPath(new URL('../packages/cli/bin/kenali.js', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const p95 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
};

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  AI_PROVIDER: 'offline',
};
const server = spawn(process.execPath, [BIN, 'serve'], { env, stdio: 'ignore' });
const exited = once(server, 'exit');
for (;;) {
  if (server.exitCode !== null) throw new Error('kenali serve exited during start-up');
  const up = await fetch(`${url}/readyz`).then(
    (r) => r.status === 200,
    () => false,
  );
  if (up) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const link = execFileSync(process.execPath, [BIN, 'user', 'create', '--link', '--base-url', url], {
  env,
  encoding: 'utf8',
}).trim();

interface Run {
  readonly interactiveMs: number;
  readonly domContentLoadedMs: number;
  readonly bytes: Readonly<Record<string, number>>;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
const measure = async (): Promise<Run> => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } }); // empty cache
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const bytes: Record<string, number> = {};
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, new URL(e.response.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    // encodedDataLength includes the response headers; the body's share is what the app weighs.
    const name = (urls.get(e.requestId) ?? '?').replace(/\.[0-9a-f]{12}\./, '.');
    bytes[name] = (bytes[name] ?? 0) + e.encodedDataLength;
  });
  await page.goto(link);
  await page.waitForFunction(() => performance.getEntriesByName('kenali:interactive').length > 0);
  const timing = await page.evaluate(() => ({
    interactive: performance.getEntriesByName('kenali:interactive')[0]?.startTime ?? NaN,
    dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
      .domContentLoadedEventEnd,
  }));
  await context.close();
  return { interactiveMs: timing.interactive, domContentLoadedMs: timing.dcl, bytes };
};

await measure(); // warms the server's code paths and the OS file cache; not counted
const runs: Run[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await measure());
await browser.close();
server.kill('SIGTERM');
await exited;

const files = Object.keys(runs[0]?.bytes ?? {}).filter((f) => f.startsWith('/app/'));
const perFile = files.map((f) => `${f} ${median(runs.map((r) => r.bytes[f] ?? 0))} B`).join(', ');
const total = median(runs.map((r) => files.reduce((sum, f) => sum + (r.bytes[f] ?? 0), 0)));
const tti = runs.map((r) => r.interactiveMs);
const dcl = runs.map((r) => r.domContentLoadedMs);
console.log(`first load of /app/, empty cache, ${RUNS} runs, chromium on localhost`);
console.log(`  transfer (with headers): ${total} B total — ${perFile}`);
console.log(
  `  time to interactive: median ${median(tti).toFixed(0)} ms, p95 ${p95(tti).toFixed(0)} ms ` +
    `(DOMContentLoaded median ${median(dcl).toFixed(0)} ms)`,
);
