// npm run bench — every benchmark of issues 2–7 in one run: the scoring hot paths, the HTTP routes, the
// idempotency layer, the floor comparison, rescoring and the result tabs (the last two when present). Writes
// bench/results/<YYYY-MM-DD>.json and regenerates the table in docs/benchmarks.md.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchFloor } from './floor.bench.js';
import { benchHttp } from './http.bench.js';
import { benchIdempotency } from './idempotency.bench.js';
import { benchIkigaiPipeline } from './ikigai-pipeline.bench.js';
import { REPO_ROOT, command, machine, updateDocs, writeResults } from './lib/publish.js';
import { noiseLog } from './lib/noise.js';
import { type BenchReport, type Row, check, info, printTable } from './lib/report.js';
import { benchOfflineRelevance } from './offline-relevance.bench.js';
import { benchRiasecSubmit } from './riasec-submit.bench.js';
import { benchWrites } from './writes.bench.js';
import { benchWriteCost } from './write-cost.bench.js';
import { benchCapacity } from './capacity.bench.js';

const scoring = async (): Promise<BenchReport> => {
  const ikigai = await benchIkigaiPipeline();
  const riasec = await benchRiasecSubmit();
  const offline = await benchOfflineRelevance();
  return {
    bench: 'scoring',
    rows: [
      check('scoring', ikigai.name, ikigai.usPerOp, 'µs', '<=', 50),
      check('scoring', riasec.name, riasec.usPerOp, 'µs', '<=', 200),
      check('scoring', offline.name, offline.usPerOp, 'µs', '<=', 4_000),
    ],
    details: { ikigai, riasec, offline },
  };
};

/** bench/rescore.bench.ts belongs to the rescoring work; it is run only when it exists. */
const rescore = async (): Promise<BenchReport> => {
  const mod = (await import(pathToFileURL(join(REPO_ROOT, 'bench', 'rescore.bench.ts')).href)) as {
    benchRescore: () => Promise<Record<string, unknown>>;
  };
  const r = await mod.benchRescore();
  const num = (key: string) => (typeof r[key] === 'number' ? r[key] : NaN);
  const rows: Row[] = [
    check(
      'rescore',
      `sessions/s (${num('sessions').toLocaleString('en')} sessions, reuse-ai-scores)`,
      num('sessionsPerSec'),
      'sessions/s',
      '>=',
      1000,
    ),
    check('rescore', 'peak RSS', num('peakRssMb'), 'MB', '<=', 300),
  ];
  if (typeof r.idempotentSessionsPerSec === 'number')
    rows.push(
      info('rescore', 'second run (nothing to change) sessions/s', r.idempotentSessionsPerSec, 'sessions/s'),
    );
  return { bench: 'rescore', rows, details: r };
};

const results = async (): Promise<BenchReport> => {
  const mod = (await import(pathToFileURL(join(REPO_ROOT, 'bench', 'results.bench.ts')).href)) as {
    benchResults: () => Promise<BenchReport>;
  };
  return mod.benchResults();
};

const optional = (file: string, run: () => Promise<BenchReport>) => () =>
  existsSync(join(REPO_ROOT, 'bench', file)) ? run() : Promise.resolve(undefined);

const SUITE: [string, () => Promise<BenchReport | undefined>][] = [
  ['scoring', scoring],
  ['http', benchHttp],
  ['idempotency', benchIdempotency],
  ['floor', () => benchFloor()],
  ['writes', benchWrites],
  ['write-cost', benchWriteCost],
  ['capacity', benchCapacity],
  ['rescore', optional('rescore.bench.ts', rescore)],
  ['results', optional('results.bench.ts', results)],
];

/**
 * Runs one benchmark; an exception thrown outside its promise chain (an event handler of a child process,
 * say) fails that benchmark instead of the whole run.
 */
const isolated = <T>(run: () => Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const escaped = (error: unknown) => reject(error instanceof Error ? error : new Error(String(error)));
    process.once('uncaughtException', escaped);
    run()
      .then(resolve, reject)
      .finally(() => process.removeListener('uncaughtException', escaped));
  });

const only = process.env.BENCH_ONLY?.split(',');
const startedAt = new Date();
const reports: BenchReport[] = [];
const failures: string[] = [];
const cmd = command();

/** The JSON file, rewritten after every benchmark so a crash later on loses nothing measured. */
const save = () =>
  writeResults({
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: cmd,
    machine: machine(reports),
    /** Cores' worth of CPU other processes used during each metered section (see bench/lib/noise.ts). */
    noise: noiseLog,
    rows: reports.flatMap((r) => r.rows),
    failures,
    reports,
  });

for (const [name, run] of SUITE) {
  if (only && !only.includes(name)) continue;
  console.log(`[bench] ${name}…`);
  const started = Date.now();
  try {
    const report = await isolated(run);
    if (!report) {
      console.log(`[bench] ${name}: skipped (no bench file)`);
      continue;
    }
    reports.push(report);
    printTable(report.rows);
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`[bench] ${name} failed:`, error);
  }
  console.log(`[bench] ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  await save();
}

const rows = reports.flatMap((r) => r.rows);
const file = await save();
const docs = await updateDocs(machine(reports), cmd, file, rows, failures, noiseLog);
console.log(`\n[bench] wrote ${file} and ${docs}\n`);
printTable(rows);
const missed = rows.filter((r) => r.met === false).length;
console.log(
  `\n${rows.filter((r) => r.met).length} targets met, ${missed} missed, ${failures.length} benchmarks failed`,
);
if (failures.length > 0) process.exitCode = 1;
