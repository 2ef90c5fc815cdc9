// npm run bench:scoring — the two pure hot paths of the domain and the offline relevance call (the speed check
// that used to be a wall-clock unit test), one line each, plus a JSON summary.
import { benchIkigaiPipeline } from './ikigai-pipeline.bench.js';
import { benchOfflineRelevance } from './offline-relevance.bench.js';
import { benchRiasecSubmit } from './riasec-submit.bench.js';

const TARGETS_US: Record<string, number> = { ikigai: 50, riasec: 200, offline: 4_000 };

const results = [
  { key: 'ikigai', ...(await benchIkigaiPipeline()) },
  { key: 'riasec', ...(await benchRiasecSubmit()) },
  { key: 'offline', ...(await benchOfflineRelevance()) },
];
for (const r of results) {
  const target = TARGETS_US[r.key];
  console.log(
    `${r.name}: ${r.usPerOp.toFixed(1)} µs/op, ${Math.round(r.opsPerSec).toLocaleString('en')} ops/s (target ≤ ${target} µs: ${r.usPerOp <= target ? 'met' : 'MISSED'})`,
  );
}
console.log(
  JSON.stringify({
    node: process.version,
    results: results.map(({ key, usPerOp, opsPerSec }) => ({ key, usPerOp, opsPerSec })),
  }),
);
