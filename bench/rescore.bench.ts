// npm run bench:rescore — offline rescoring throughput (issue 7): 100,000 generated sessions, reuse-ai-scores,
// write mode, real PostgreSQL (DATABASE_URL's server, else an embedded one). Targets: ≥ 1,000 sessions/s and
// a flat RSS ≤ 300 MB. BENCH_RESCORE_SESSIONS overrides the size; BENCH_RESCORE_CONCURRENCY and
// BENCH_RESCORE_BATCH the CLI's --concurrency and --batch-size.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openBenchDatabase } from './lib/database.js';
import { generateScoredSessions } from './rescore-dataset.js';

export interface RescoreBenchResult {
  readonly name: string;
  readonly sessionsPerSec: number;
  readonly peakRssMb: number;
  readonly sessions: number;
  readonly seconds: number;
  /** The same command again: everything is already rescored, so nothing is written. */
  readonly idempotentSessionsPerSec: number;
  readonly idempotentPeakRssMb: number;
  readonly revisions: number;
  readonly postgres: string;
  readonly command: string;
}

const CLI = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));

interface Summary {
  readonly processed: number;
  readonly changed: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly elapsed_ms: number;
  readonly peak_rss_mb: number;
}

/**
 * The built CLI exactly as an operator runs it (no tsx, its own process): the summary line carries the run's
 * own time (without process start) and the peak of `process.memoryUsage().rss`, sampled every 100 ms.
 */
const rescore = (url: string, args: readonly string[]): Promise<Summary> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'rescore', ...args], {
      env: { ...process.env, DATABASE_URL: url, AI_PROVIDER: 'offline', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        const progress = JSON.parse(line) as {
          processed?: number;
          per_second?: number;
          peak_rss_mb?: number;
        };
        process.stderr.write(
          `  ${progress.processed} sessions, ${progress.per_second}/s, peak RSS ${progress.peak_rss_mb} MB\n`,
        );
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const summary = stdout
        .split('\n')
        .filter((l) => l.includes('"type":"summary"'))
        .map((l) => JSON.parse(l) as Summary)[0];
      if (code !== 0 || !summary) reject(new Error(`kenali rescore exited ${code}: ${stdout.slice(-500)}`));
      else resolve(summary);
    });
  });

export const benchRescore = async (): Promise<RescoreBenchResult> => {
  const sessions = Number(process.env.BENCH_RESCORE_SESSIONS ?? 100_000);
  const concurrency = process.env.BENCH_RESCORE_CONCURRENCY ?? '8';
  const batch = process.env.BENCH_RESCORE_BATCH ?? '50';
  const db = await openBenchDatabase('rescore');
  try {
    const started = Date.now();
    await generateScoredSessions(db.knex, sessions);
    process.stderr.write(
      `  generated ${sessions} scored sessions in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    const args = ['--all', '--quiet', '--json', '--batch-size', batch, '--concurrency', concurrency];
    const write = await rescore(db.url, args);
    if (write.changed !== sessions || write.failed !== 0)
      throw new Error(`unexpected: ${JSON.stringify(write)}`);
    const again = await rescore(db.url, args);
    if (again.unchanged !== sessions)
      throw new Error(`the second run changed something: ${JSON.stringify(again)}`);
    const [{ n: revisions }] = await db.knex('score_revisions').count<{ n: number }[]>({ n: '*' });
    return {
      name: `rescore --reuse-ai-scores (write, ${sessions.toLocaleString('en')} sessions × 30 candidates)`,
      sessionsPerSec: Math.round((write.processed * 1000) / write.elapsed_ms),
      peakRssMb: write.peak_rss_mb,
      sessions,
      seconds: Math.round(write.elapsed_ms / 100) / 10,
      idempotentSessionsPerSec: Math.round((again.processed * 1000) / again.elapsed_ms),
      idempotentPeakRssMb: again.peak_rss_mb,
      revisions: Number(revisions),
      postgres: `${db.version} (${db.backend})`,
      command: `kenali rescore ${args.join(' ')}`,
    };
  } finally {
    await db.close();
  }
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchRescore();
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `${r.name}: ${r.sessionsPerSec.toLocaleString('en')} sessions/s (target ≥ 1,000: ${verdict(r.sessionsPerSec >= 1000)}), ` +
      `peak RSS ${r.peakRssMb} MB (target ≤ 300: ${verdict(r.peakRssMb <= 300)}); ` +
      `no-op second run ${r.idempotentSessionsPerSec.toLocaleString('en')} sessions/s, peak RSS ${r.idempotentPeakRssMb} MB; ${r.postgres}`,
  );
  console.log(JSON.stringify(r));
}
