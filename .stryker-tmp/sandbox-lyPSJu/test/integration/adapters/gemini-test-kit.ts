// @ts-nocheck
// Shared set-up for the Gemini adapter tests: sample professions, a fake server with fast retries,
// and Either assertions that fail loudly.
import { type AiError, type ProfessionProfile, ProfessionId } from '@kenali/domain';
import { expect } from 'chai';
import * as E from 'fp-ts/lib/Either.js';
import type * as TE from 'fp-ts/lib/TaskEither.js';
import {
  type GeminiAi,
  type GeminiAiOptions,
  createGeminiAi,
} from '../../../packages/adapters/src/ai/gemini/index.js';
import { type FakeGemini, type FakeGeminiOptions, startFakeGemini } from '../../support/fake-gemini.js';

export const MODEL = 'gemini-2.5-flash';

export const profession = (
  id: number,
  name: string,
  extra: Partial<ProfessionProfile> = {},
): ProfessionProfile => ({
  profession_id: ProfessionId(id),
  name,
  riasec_code: 'AIR',
  riasec_code_id: null,
  about_description: `${name} bekerja dengan data, orang, dan alat sesuai bidangnya.`,
  riasec_description: 'Kreatif dan analitis.',
  activities: [`Kegiatan inti ${name}`],
  hard_skills: [`Keahlian ${name}`],
  soft_skills: ['Komunikasi'],
  tools: ['Laptop'],
  entry_level_path: {
    title: 'Junior',
    experience_range: '0-2 tahun',
    salary_min: 5_000_000,
    salary_max: 8_000_000,
  },
  senior_level_path: {
    title: 'Lead',
    experience_range: '5+ tahun',
    salary_min: 15_000_000,
    salary_max: 25_000_000,
  },
  ...extra,
});

export const DESIGNER = profession(12, 'Desainer Grafis', {
  activities: ['Menggambar ilustrasi dan tata letak', 'Membuat identitas visual merek'],
  hard_skills: ['Ilustrasi digital', 'Tipografi'],
});
export const ACCOUNTANT = profession(15, 'Akuntan', {
  activities: ['Menyusun laporan keuangan', 'Memeriksa transaksi'],
  hard_skills: ['Pembukuan', 'Perpajakan'],
});
export const NURSE = profession(31, 'Perawat', { activities: ['Merawat pasien di rumah sakit'] });
export const CANDIDATES = [DESIGNER, ACCOUNTANT, NURSE];

export interface GeminiRig {
  readonly fake: FakeGemini;
  readonly ai: GeminiAi;
  /** A fresh adapter set (own circuit breaker) on the same fake. */
  build(options?: Partial<GeminiAiOptions>): GeminiAi;
}

/** Fast retries (a few ms) and a circuit breaker that only opens on purpose in these tests. */
export const startRig = async (fakeOptions: FakeGeminiOptions = {}): Promise<GeminiRig> => {
  const fake = await startFakeGemini({ apiKey: 'test-key', ...fakeOptions });
  const build = (options: Partial<GeminiAiOptions> = {}) =>
    createGeminiAi({
      apiKey: fake.apiKey,
      model: MODEL,
      baseUrl: fake.url,
      timeoutMs: 2_000,
      ...options,
      resilience: { initialBackoffMs: 5, maxBackoffMs: 20, breakerThreshold: 100, ...options.resilience },
    });
  return { fake, ai: build(), build };
};

export const expectRight = async <A>(task: TE.TaskEither<AiError, A>): Promise<A> => {
  const result = await task();
  if (E.isLeft(result)) expect.fail(`expected Right, got Left ${result.left.reason}: ${result.left.message}`);
  return result.right;
};

export const expectLeft = async <A>(
  task: TE.TaskEither<AiError, A>,
  reason: AiError['reason'],
): Promise<AiError> => {
  const result = await task();
  if (E.isRight(result)) expect.fail(`expected Left ${reason}, got Right ${JSON.stringify(result.right)}`);
  expect(result.left._tag).to.equal('AiError');
  expect(result.left.reason, result.left.message).to.equal(reason);
  return result.left;
};
