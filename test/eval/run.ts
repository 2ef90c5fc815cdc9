// npm run eval:offline — the offline relevance evaluation (docs/offline-relevance.md).
// Prints top-1 / top-3 / MRR of the engine, exact-word overlap and random, by split, dimension, area, register
// and indirectness; lists the worst cases; writes every case's ranking; exits 1 when a held-out target is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFLINE_MODEL_ID } from '../../packages/adapters/src/ai/offline/index.js';
import { demoProfile } from '../support/demo-profiles.js';
import { loadCases, type EvalCase } from './cases.js';
import { GROUPS, runScorer, summaryOf, type CaseResult } from './evaluate.js';
import { engineScorer, randomScorer, wordOverlapScorer } from './scorers.js';
import { HELD_OUT_TOP1_TARGET, INDIRECT_MARGIN_TARGET } from './targets.js';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '../../.test-output/offline-relevance');
const all = process.argv.includes('--all');

const cases = loadCases();
const scorers = {
  engine: await runScorer(engineScorer(), cases),
  overlap: await runScorer(wordOverlapScorer, cases),
  random: await runScorer(randomScorer, cases),
};
const heldOut = (c: EvalCase) => c.split === 'held-out';
const scope = all ? () => true : heldOut;

const f = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`offline relevance evaluation: ${OFFLINE_MODEL_ID}, ${cases.length} cases`);
console.log(`groups below: ${all ? 'all cases' : 'held-out half'} (--all for every case)\n`);
const header = `${pad('group', 30)} ${pad('n', 4)} engine top1/top3/MRR   overlap top1/top3/MRR  random top1`;
for (const group of GROUPS) {
  console.log(header.replace('group', group.name));
  const values = [...new Set(cases.map(group.of))].sort();
  for (const value of values) {
    const keep = (c: EvalCase) => group.of(c) === value && (group.name === 'split' || scope(c));
    const [e, o, r] = [scorers.engine, scorers.overlap, scorers.random].map((res) =>
      summaryOf(cases, res, keep),
    );
    console.log(
      `${pad(value, 30)} ${pad(String(e.n), 4)} ${f(e.top1)} ${f(e.top3)} ${f(e.mrr)}    ${f(o.top1)} ${f(o.top3)} ${f(o.mrr)}    ${f(r.top1)}`,
    );
  }
  console.log('');
}

const name = (id: number) => demoProfile(id).name;
const byId = new Map(cases.map((c) => [c.id, c]));
/** Best gold score minus best other score: negative when a wrong profession leads, small when it almost does. */
const margin = (r: CaseResult) => {
  const gold = new Set((byId.get(r.id) as EvalCase).gold);
  const best = (keep: (id: number) => boolean) =>
    Math.max(...r.ranking.filter((x) => keep(x.id)).map((x) => x.score));
  return best((id) => gold.has(id)) - best((id) => !gold.has(id));
};
const worst = [...scorers.engine]
  .filter((r) => scope(byId.get(r.id) as EvalCase))
  .sort((a, b) => a.reciprocalRank - b.reciprocalRank || margin(a) - margin(b) || a.id.localeCompare(b.id))
  .slice(0, 10);
console.log('ten worst engine cases (lowest rank of the gold, then smallest lead):');
for (const r of worst) {
  const c = byId.get(r.id) as EvalCase;
  const rank = r.ranking.findIndex((x) => c.gold.includes(x.id)) + 1;
  console.log(
    `  ${c.id} [${c.dimension}, ${c.register}${c.indirect ? ', indirect' : ''}] gold ${c.gold.map(name).join('/')} at #${rank}, first ${name(r.ranking[0].id)} (${f(r.ranking[0].score)}): ${c.text}`,
  );
}

// Calibration: does a high r_raw mean the profession fits? (issue 22 §3)
const scoped = scorers.engine.filter((r) => scope(byId.get(r.id) as EvalCase));
const wrongWinners = scoped.filter((r) => margin(r) < 0 && r.ranking[0].score >= 0.8).length;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const goldScores = scoped.flatMap((r) =>
  r.ranking.filter((x) => (byId.get(r.id) as EvalCase).gold.includes(x.id)).map((x) => x.score),
);
const otherScores = scoped.flatMap((r) =>
  r.ranking.filter((x) => !(byId.get(r.id) as EvalCase).gold.includes(x.id)).map((x) => x.score),
);
console.log(
  `\ncalibration: wrong winners scored ≥ 0.8: ${wrongWinners}; mean r_raw of gold ${f(mean(goldScores))}, of the others ${f(mean(otherScores))}`,
);

mkdirSync(OUTPUT, { recursive: true });
const perCase = cases.map((c) => ({
  ...c,
  results: Object.fromEntries(
    Object.entries(scorers).map(([key, res]) => [key, res.find((r) => r.id === c.id) as CaseResult]),
  ),
}));
writeFileSync(
  join(OUTPUT, 'results.json'),
  JSON.stringify({ model: OFFLINE_MODEL_ID, cases: perCase }, null, 1),
);
console.log(`\nper-case results: ${join(OUTPUT, 'results.json')}`);

const held = summaryOf(cases, scorers.engine, heldOut);
const indirect = (c: EvalCase) => heldOut(c) && c.indirect;
const indirectMargin =
  summaryOf(cases, scorers.engine, indirect).top1 - summaryOf(cases, scorers.overlap, indirect).top1;
const failures = [
  held.top1 < HELD_OUT_TOP1_TARGET && `held-out top-1 ${f(held.top1)} < ${HELD_OUT_TOP1_TARGET}`,
  indirectMargin < INDIRECT_MARGIN_TARGET &&
    `indirect held-out margin over word overlap ${f(indirectMargin)} < ${INDIRECT_MARGIN_TARGET}`,
].filter((x): x is string => x !== false);
console.log(failures.length === 0 ? 'targets met' : `TARGETS MISSED: ${failures.join('; ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
