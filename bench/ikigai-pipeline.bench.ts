// Ikigai scoring pipeline throughput: 30 candidates × 4 dimensions (the production maximum, decisions §4 (1–3)).
// Run: npx tsc -b && node --import tsx bench/ikigai-pipeline.bench.ts   (target ≤ 50 µs per run on one core)
import { pathToFileURL } from 'node:url';
import * as E from 'fp-ts/lib/Either.js';
import {
  DIMENSION_KEYS,
  ProfessionId,
  scoreIkigai,
  type DimensionKey,
  type DimensionRawScores,
  type IkigaiScoringInput,
} from '@kenali/domain';

export interface BenchResult {
  readonly name: string;
  readonly opsPerSec: number;
  readonly usPerOp: number;
}

const CANDIDATES = 30;

/** Deterministic pseudo-random r_raw (LCG) so every run scores the same session. */
const session = (): IkigaiScoringInput => {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const ids = Array.from({ length: CANDIDATES }, (_, i) => ProfessionId(100 + i * 7));
  const dimension = (index: number): DimensionRawScores => ({
    selected_profession_id: ids[index * 3],
    r_raw: ids.map((id) => ({ profession_id: id, r_raw: Math.round(next() * 100) / 100 })),
  });
  const dimensions = Object.fromEntries(DIMENSION_KEYS.map((key, i) => [key, dimension(i)])) as Record<
    DimensionKey,
    DimensionRawScores
  >;
  return {
    candidates: ids.map((id, i) => ({
      profession_id: id,
      profession_name: `Profesi ${id}`,
      congruence_score: 1 - i / 100,
      display_order: i + 1,
    })),
    dimensions,
  };
};

const runOnce = (input: IkigaiScoringInput): number => {
  const result = scoreIkigai(input, '2026-01-01T00:00:00Z');
  if (E.isLeft(result)) throw new Error(`benchmark input refused: ${result.left._tag}`);
  return result.right.top_profession1_id;
};

export const benchIkigaiPipeline = async (warmup = 5_000, iterations = 50_000): Promise<BenchResult> => {
  const input = session();
  let sink = 0; // keeps the optimiser from discarding the work
  for (let i = 0; i < warmup; i++) sink += runOnce(input);
  await Promise.resolve(); // let pending tasks settle so they do not land inside the timed loop
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += runOnce(input);
  const elapsedNs = Number(process.hrtime.bigint() - start);
  if (sink === 0) throw new Error('unreachable: the pipeline always returns a top profession');
  const usPerOp = elapsedNs / iterations / 1_000;
  return {
    name: `ikigai-pipeline (${CANDIDATES} candidates × 4 dimensions)`,
    opsPerSec: Math.round(1e6 / usPerOp),
    usPerOp: Math.round(usPerOp * 100) / 100,
  };
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchIkigaiPipeline();
  console.log(JSON.stringify(result));
}
