// RIASEC submit computation: 72 answers → scores → code → expansion over a 1,000-profession catalogue.
// Run: npx tsc -b && node --import tsx bench/riasec-submit.bench.ts   (target ≤ 200 µs per submit on one core)
import { pathToFileURL } from 'node:url';
import {
  type CatalogueProfession,
  ProfessionId,
  RIASEC_LETTERS,
  RiasecCodeId,
  computeRiasecSubmit,
  shuffledQuestionIds,
} from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import type { BenchResult } from './ikigai-pipeline.bench.js';

/** Every 1–3 letter code, ids in the upstream seed layout. */
const allCodes = (): string[] => {
  const singles = [...RIASEC_LETTERS];
  const pairs = singles.flatMap((a) => singles.filter((b) => b !== a).map((b) => a + b));
  const triples = pairs.flatMap((ab) => singles.filter((c) => !ab.includes(c)).map((c) => ab + c));
  return [...singles, ...pairs, ...triples];
};

/** 1,000 professions spread over the 156 codes (deterministic). */
const catalogue = (codeIds: Map<string, number>): Map<string, CatalogueProfession[]> => {
  const codes = [...codeIds.keys()];
  const byCode = new Map<string, CatalogueProfession[]>();
  for (let id = 1; id <= 1000; id++) {
    const code = codes[(id * 37) % codes.length];
    const list = byCode.get(code) ?? [];
    list.push({ profession_id: ProfessionId(id), riasec_code_id: RiasecCodeId(codeIds.get(code) as number) });
    byCode.set(code, list);
  }
  return byCode;
};

export const benchRiasecSubmit = async (warmup = 2_000, iterations = 20_000): Promise<BenchResult> => {
  const codeIds = new Map(allCodes().map((code, i) => [code, i + 1]));
  const byCode = catalogue(codeIds);
  const questionIds = shuffledQuestionIds('bench-session');
  // Four profiles covering single, dual, triple and split-path expansion.
  const profiles = [
    [45, 56, 20, 22, 32, 46],
    [20, 25, 44, 50, 30, 22],
    [38, 35, 33, 20, 18, 25],
    [50, 22, 18, 47, 25, 20],
  ].map((scores) =>
    questionIds.map((id) => {
      const type = Math.floor((id - 1) / 12);
      const sum = scores[type];
      const index = (id - 1) % 12;
      const base = Math.floor(sum / 12);
      return {
        question_id: id,
        question_type: RIASEC_LETTERS[type],
        answer_value: base + (index < sum - base * 12 ? 1 : 0),
      };
    }),
  );
  const run = (i: number): number => {
    const result = computeRiasecSubmit({
      answers: profiles[i % profiles.length],
      questionIds,
      findProfessionsByCode: (code) => byCode.get(code) ?? [],
      findCodeId: (code) => (codeIds.has(code) ? RiasecCodeId(codeIds.get(code) as number) : undefined),
      generatedAt: '2026-01-01T00:00:00Z',
    });
    if (E.isLeft(result)) throw new Error(`benchmark input refused: ${result.left._tag}`);
    return result.right.total_candidates;
  };
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += run(i);
  await Promise.resolve();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += run(i);
  const elapsedNs = Number(process.hrtime.bigint() - start);
  if (sink < 0) console.log(sink);
  const usPerOp = elapsedNs / iterations / 1000;
  return {
    name: 'riasec submit computation (72 answers + expansion, 1,000 professions)',
    opsPerSec: 1e6 / usPerOp,
    usPerOp,
  };
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchRiasecSubmit();
  console.log(
    `${r.name}: ${r.usPerOp.toFixed(1)} µs/op, ${Math.round(r.opsPerSec).toLocaleString('en')} ops/s`,
  );
}
