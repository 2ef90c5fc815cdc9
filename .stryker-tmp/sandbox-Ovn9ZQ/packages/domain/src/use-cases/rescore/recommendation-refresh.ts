// @ts-nocheck
import { presentProfessionScore } from '../../scoring/presentation.js';
import type { ProfessionScoreEntry } from '../../scoring/scores-data.js';
import type { RecommendationsData } from '../ikigai/recommendations-data.js';
import { jsonEqual } from './json-equal.js';

/**
 * The stored recommendation with the new scores of its (unchanged) top two professions: match_percentage and
 * score_breakdown are presentation values of the ranking, while the narrative texts stay those the AI wrote
 * for the same two professions. `null` when nothing in the document changes.
 */
export const refreshRecommendation = (
  data: RecommendationsData,
  ranked: readonly ProfessionScoreEntry[],
): RecommendationsData | null => {
  const entryOf = new Map(ranked.map((e) => [Number(e.profession_id), e]));
  const refreshed: RecommendationsData = {
    ...data,
    recommended_professions: data.recommended_professions.map((p) => {
      const entry = entryOf.get(Number(p.profession_id));
      if (!entry) return p;
      const presented = presentProfessionScore(entry);
      return {
        ...p,
        rank: entry.rank,
        match_percentage: presented.match_percentage,
        score_breakdown: presented.score_breakdown,
      };
    }),
  };
  return jsonEqual(refreshed, data) ? null : refreshed;
};
