import * as E from 'fp-ts/lib/Either.js';
import type { ProfessionProfile } from '@kenali/domain';
import { createOfflineAi } from '../../packages/adapters/src/ai/offline/index.js';
import type { EvalCase } from './cases.js';

/** Scores every candidate of a case (higher = more relevant). */
export type Scorer = (c: EvalCase, candidates: readonly ProfessionProfile[]) => Promise<Map<number, number>>;

/** The offline engine as the service calls it: one relevance call per dimension answer. */
export const engineScorer = (): Scorer => {
  const ai = createOfflineAi();
  return async (c, candidates) => {
    const answer = await ai.relevance.judge(c.dimension, c.text, candidates)();
    if (E.isLeft(answer)) throw new Error(`${c.id}: ${answer.left.message}`);
    return new Map(answer.right.scores.map((s) => [s.profession_id as number, s.r_raw]));
  };
};

/** Every candidate equal: the metrics then equal the expectation of a random order. */
export const randomScorer: Scorer = (_c, candidates) =>
  Promise.resolve(new Map(candidates.map((p) => [p.profession_id as number, 0])));

// The baseline's own short list of function words, independent of the engine's lists.
const FUNCTION_WORDS = new Set(
  `yang dan di ke dari untuk dengan saya aku kamu ini itu ada atau juga karena agar supaya bisa akan
  sudah lebih sangat dalam pada oleh seperti sama yg ga gak tidak bukan buat jadi mau ingin suka senang`.split(
    /\s+/,
  ),
);

const words = (text: string): string[] =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));

const professionText = (p: ProfessionProfile): string =>
  [
    p.name,
    p.about_description,
    p.riasec_description,
    ...p.activities,
    ...p.hard_skills,
    ...p.soft_skills,
    ...p.tools,
    p.entry_level_path?.title ?? '',
    p.senior_level_path?.title ?? '',
  ].join(' ');

/** Plain exact-word overlap: distinct answer words found in the profession's text, no stemming, no synonyms. */
export const wordOverlapScorer: Scorer = (c, candidates) => {
  const answer = new Set(words(c.text));
  return Promise.resolve(
    new Map(
      candidates.map((p) => {
        const vocabulary = new Set(words(professionText(p)));
        return [p.profession_id, [...answer].filter((w) => vocabulary.has(w)).length];
      }),
    ),
  );
};
