// @ts-nocheck
import type { CandidateEntry } from '../../model/candidate.js';
import { DIMENSION_KEYS, type DimensionKey } from '../../model/dimension.js';
import type { DimensionTexts, Narrative } from '../../ports/ai-ports.js';
import type { ProfessionProfile } from '../../ports/profession-catalogue.js';
import { type ScoreBreakdown, presentProfessionScore } from '../../scoring/presentation.js';
import type { ProfessionScoreEntry } from '../../scoring/scores-data.js';

export interface RecommendedProfession {
  readonly rank: number;
  readonly profession_id: number;
  readonly profession_name: string;
  readonly match_percentage: number;
  readonly match_reasoning: string;
  readonly riasec_alignment: {
    readonly user_code: string;
    readonly profession_code: string;
    readonly congruence_type: string;
    readonly congruence_score: number;
  };
  readonly score_breakdown: ScoreBreakdown;
}

/** `career_recommendations.recommendations_data` (upstream §5.2, the Part 3 contract, decisions §4 (33–36)). */
export interface RecommendationsData {
  readonly ikigai_profile_summary: DimensionTexts;
  readonly recommended_professions: readonly RecommendedProfession[];
  readonly generation_context: {
    readonly user_riasec_code: string;
    readonly user_riasec_code_id: number;
    readonly user_riasec_classification_type: 'single' | 'dual' | 'triple';
    readonly total_candidates_evaluated: number;
    readonly top_2_selection_method: 'total_score_ranking';
    readonly ikigai_summary_generated_from: 'user_reasoning_text_abstraction';
    readonly match_reasoning_generated_from: 'profession_characteristics_mapping';
    readonly generation_timestamp: string;
    readonly narrative_fallback_used: boolean;
  };
  readonly points_awarded: null;
}

export interface RecommendationInput {
  readonly ranked: readonly ProfessionScoreEntry[];
  readonly candidates: readonly CandidateEntry[];
  readonly profiles: readonly ProfessionProfile[];
  readonly userCode: string;
  readonly userCodeId: number;
  readonly answers: DimensionTexts;
  /** Undefined when the narrative call failed: fallback texts are used and flagged. */
  readonly narrative: Narrative | undefined;
  readonly generatedAt: string;
}

const CLASSIFICATION = ['single', 'dual', 'triple'] as const;

/** Fallback summary: the user's own words, shortened, so the tab never shows an empty card. */
const fallbackSummary = (answers: DimensionTexts): DimensionTexts =>
  Object.fromEntries(
    DIMENSION_KEYS.map((key: DimensionKey) => {
      const text = answers[key].trim();
      return [key, text.length > 240 ? `${text.slice(0, 237).trimEnd()}...` : text];
    }),
  ) as DimensionTexts;

const fallbackReasoning = (entry: ProfessionScoreEntry, name: string): string =>
  `${name} berada di peringkat ${entry.rank} dengan skor ${presentProfessionScore(entry).match_percentage} dari 100, ` +
  `dihitung dari kecocokan keempat jawaban Ikigai kamu dengan profesi ini.`;

export const buildRecommendationsData = (input: RecommendationInput): RecommendationsData => {
  const top = input.ranked.slice(0, 2);
  const profileOf = new Map(input.profiles.map((p) => [Number(p.profession_id), p]));
  const candidateOf = new Map(input.candidates.map((c) => [Number(c.profession_id), c]));
  return {
    ikigai_profile_summary: input.narrative?.ikigai_profile_summary ?? fallbackSummary(input.answers),
    recommended_professions: top.map((entry) => {
      const id = Number(entry.profession_id);
      const profile = profileOf.get(id);
      const candidate = candidateOf.get(id);
      const name = profile?.name ?? entry.profession_name;
      const presented = presentProfessionScore(entry);
      return {
        rank: entry.rank,
        profession_id: id,
        profession_name: name,
        match_percentage: presented.match_percentage,
        match_reasoning: input.narrative
          ? (input.narrative.match_reasoning[String(id)] ?? '')
          : fallbackReasoning(entry, name),
        riasec_alignment: {
          user_code: input.userCode,
          profession_code: profile?.riasec_code ?? '-',
          congruence_type: candidate?.congruence_type ?? 'unknown',
          congruence_score: candidate?.congruence_score ?? entry.congruence_score,
        },
        score_breakdown: presented.score_breakdown,
      };
    }),
    generation_context: {
      user_riasec_code: input.userCode,
      user_riasec_code_id: input.userCodeId,
      user_riasec_classification_type:
        CLASSIFICATION[Math.min(Math.max(input.userCode.length, 1), 3) - 1] ?? 'triple',
      total_candidates_evaluated: input.ranked.length,
      top_2_selection_method: 'total_score_ranking',
      ikigai_summary_generated_from: 'user_reasoning_text_abstraction',
      match_reasoning_generated_from: 'profession_characteristics_mapping',
      generation_timestamp: input.generatedAt,
      narrative_fallback_used: input.narrative === undefined,
    },
    points_awarded: null,
  };
};
