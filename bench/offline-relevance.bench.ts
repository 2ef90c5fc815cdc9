// The offline relevance call: 4 answers × 30 candidates, as one Ikigai submit asks for (issue 22).
// Run: npx tsc -b && node --import tsx bench/offline-relevance.bench.ts   (target ≤ 4,000 µs per submit)
import { pathToFileURL } from 'node:url';
import { DIMENSION_KEYS } from '@kenali/domain';
import { createOfflineAi } from '../packages/adapters/src/ai/offline/index.js';
import { DEMO_POOL_30 } from '../test/support/demo-profiles.js';
import type { BenchResult } from './ikigai-pipeline.bench.js';

// kenali's own sample answers, one per dimension.
const ANSWERS = [
  'aku suka gambar karakter dan bikin desain poster buat acara sekolah',
  'Saya teliti menghitung angka dan menyusun laporan yang rapi.',
  'Saya ingin orang sakit di desa saya cepat mendapat pertolongan.',
  'pengen kerja di startup, bikin aplikasi yang dipakai banyak orang',
];

export const benchOfflineRelevance = async (warmup = 50, iterations = 400): Promise<BenchResult> => {
  const ai = createOfflineAi();
  const submit = async () => {
    for (const [index, key] of DIMENSION_KEYS.entries())
      await ai.relevance.judge(key, ANSWERS[index], DEMO_POOL_30)();
  };
  for (let i = 0; i < warmup; i++) await submit();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await submit();
  const usPerOp = Number(process.hrtime.bigint() - start) / iterations / 1_000;
  return {
    name: 'offline relevance (4 answers × 30 candidates)',
    opsPerSec: Math.round(1e6 / usPerOp),
    usPerOp: Math.round(usPerOp * 100) / 100,
  };
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchOfflineRelevance()));
}
