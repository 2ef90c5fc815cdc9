// @ts-nocheck
import type {
  DimensionAnswer,
  DimensionTexts,
  ProfessionId,
  StoredRecommendation,
  StoredScores,
} from '@kenali/domain';
import { DIMENSION_KEYS, buildRecommendationsData, scoreIkigai } from '@kenali/domain';
import * as E from 'fp-ts/lib/Either.js';
import { pick, suffix } from './random.js';

const REASONS = [
  'Saya senang mengolah data sampai polanya terlihat jelas.',
  'Saya sabar dan teliti saat memeriksa angka.',
  'Masyarakat butuh keputusan yang didasarkan pada bukti.',
  'Perusahaan mau membayar orang yang bisa membaca data.',
];

export const DimensionMother = {
  /** A not-selected answer with a valid (10–2000 character) reasoning text. */
  answer(overrides: Partial<DimensionAnswer> = {}): DimensionAnswer {
    return {
      selected_profession_id: null,
      selection_type: 'not_selected',
      reasoning_text: `${pick(REASONS)} (${suffix()})`,
      answered_at: '2026-03-01T09:00:00.000Z',
      ...overrides,
    };
  },

  texts(): DimensionTexts {
    return Object.fromEntries(DIMENSION_KEYS.map((key, i) => [key, REASONS[i]])) as DimensionTexts;
  },
};

/** Score documents as the pipeline produces them for `professions` (the first one ranks first). */
export const ScoresMother = {
  forProfessions(professions: readonly ProfessionId[], at: Date): StoredScores {
    const relevance = professions.map((id, i) => ({
      profession_id: id,
      r_raw: Math.max(0.05, 0.9 - i * 0.2),
    }));
    const dimension = { selected_profession_id: null, r_raw: relevance };
    const scored = scoreIkigai(
      {
        candidates: professions.map((id) => ({
          profession_id: id,
          profession_name: `Profesi ${id}`,
          congruence_score: 1,
        })),
        dimensions: {
          what_you_love: dimension,
          what_you_are_good_at: dimension,
          what_the_world_needs: dimension,
          what_you_can_be_paid_for: dimension,
        },
      },
      at.toISOString(),
    );
    if (E.isLeft(scored)) throw new Error(`ScoresMother: ${scored.left._tag}`);
    return {
      dimensionScores: scored.right.dimension_scores,
      totalScores: scored.right.total_scores,
      topProfession1: scored.right.top_profession1_id,
      topProfession2: scored.right.top_profession2_id,
      aiModelUsed: 'scripted-judge-1',
      totalApiCalls: 4,
      calculatedAt: at,
    };
  },
};

export const RecommendationMother = {
  /** The fallback document (no narrative) for stored scores. */
  fromScores(scores: StoredScores, at: Date, model = 'none'): StoredRecommendation {
    return {
      data: buildRecommendationsData({
        ranked: scores.totalScores.profession_scores,
        candidates: [],
        profiles: [],
        userCode: 'I',
        userCodeId: 2,
        answers: DimensionMother.texts(),
        narrative: undefined,
        generatedAt: at.toISOString(),
      }),
      topProfession1: scores.topProfession1,
      topProfession2: scores.topProfession2,
      aiModelUsed: model,
      generatedAt: at,
    };
  },
};
