// @ts-nocheck
import type { DimensionKey, ProfessionProfile, RelevanceAnswer, RelevanceJudge } from '@kenali/domain';
import { scoreDocuments, type FieldWeights } from './bm25.js';
import { calibrate, NEUTRAL_SCORE } from './calibrate.js';
import { OFFLINE_MODEL_ID, runOffline } from './offline-model.js';
import type { DocumentCache } from './profession-document.js';
import { queryTerms } from './query-terms.js';

const BASE_WEIGHTS: FieldWeights = {
  name: 3,
  about: 1,
  activities: 1.5,
  hard_skills: 1.5,
  soft_skills: 1,
  tools: 1,
  personality: 1,
  career: 0.5,
};

/** Each Ikigai question asks something different, so each leans on the fields that answer it (BM25F). */
export const DIMENSION_WEIGHTS: Readonly<Record<DimensionKey, FieldWeights>> = {
  what_you_love: { ...BASE_WEIGHTS, activities: 2, personality: 1.5 },
  what_you_are_good_at: { ...BASE_WEIGHTS, hard_skills: 2.5, soft_skills: 1.5, tools: 1.5 },
  what_the_world_needs: { ...BASE_WEIGHTS, about: 1.5 },
  what_you_can_be_paid_for: { ...BASE_WEIGHTS, about: 1.25, career: 1.5 },
};

/** r_raw per profession, in input order; everyone neutral when the answer has no content word. */
export const relevanceScores = (
  cache: DocumentCache,
  dimension: DimensionKey,
  answerText: string,
  professions: readonly ProfessionProfile[],
): number[] => {
  const terms = queryTerms(answerText);
  if (terms.length === 0) return professions.map(() => NEUTRAL_SCORE);
  const documents = professions.map((p) => cache.get(p));
  return calibrate(scoreDocuments(documents, terms, DIMENSION_WEIGHTS[dimension]));
};

/** First occurrence of each id: a duplicate would be counted twice in the document frequencies. */
const distinct = (professions: readonly ProfessionProfile[]): ProfessionProfile[] => {
  const byId = new Map<number, ProfessionProfile>();
  for (const p of professions) if (!byId.has(p.profession_id)) byId.set(p.profession_id, p);
  return [...byId.values()];
};

/** Call 2 offline: BM25F over the catalogue fields, calibrated per batch (see calibrate.ts). */
export const offlineRelevanceJudge = (cache: DocumentCache): RelevanceJudge => ({
  judge: (dimension, answerText, candidates) =>
    runOffline('relevance', (): RelevanceAnswer => {
      const professions = distinct(candidates);
      const scores = relevanceScores(cache, dimension, answerText, professions);
      return {
        model: OFFLINE_MODEL_ID,
        scores: professions.map((p, index) => ({
          profession_id: p.profession_id,
          r_raw: scores[index],
        })),
        missing: 0,
      };
    }),
});
