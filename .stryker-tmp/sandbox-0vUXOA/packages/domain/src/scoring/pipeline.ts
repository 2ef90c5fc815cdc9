// @ts-nocheck
import * as E from 'fp-ts/lib/Either.js';
import { DIMENSION_KEYS, type DimensionKey } from '../model/dimension.js';
import { aggregateScores } from './aggregate.js';
import { rankScores } from './rank.js';
import { scoreDimension, type DimensionResult } from './score-dimension.js';
import type { DimensionScoreEntry, IkigaiScoringResult, NormalizationParams } from './scores-data.js';
import type { ScoringError } from './scoring-error.js';
import type { IkigaiScoringInput } from './scoring-input.js';
import { validateScoringInput, type CandidatePositions } from './validate-input.js';
import { SCORING_STRATEGY } from './weights.js';

/**
 * The Ikigai scoring pipeline of upstream §4.8 (steps 5–10) with decisions §4 (27–29): per-dimension min-max
 * normalisation, text + click scores, aggregation over every candidate, tie detection, stable ranking, and
 * the two JSONB documents of §4.9/§4.10. Pure: `calculatedAt` (ISO, UTC) is passed in, never read from a clock.
 */
export const scoreIkigai = (
  input: IkigaiScoringInput,
  calculatedAt: string,
): E.Either<ScoringError, IkigaiScoringResult> =>
  E.map((positions: CandidatePositions) => run(input, calculatedAt, positions))(validateScoringInput(input));

const run = (
  input: IkigaiScoringInput,
  calculatedAt: string,
  positions: CandidatePositions,
): IkigaiScoringResult => {
  const dimensionScores = {} as Record<DimensionKey, DimensionScoreEntry[]>;
  const normalizationParams = {} as Record<DimensionKey, NormalizationParams>;
  const byPosition = {} as Record<DimensionKey, DimensionResult['byPosition']>;
  const failedDimensions: DimensionKey[] = [];
  // Canonical dimension order everywhere, so stored documents are byte-stable whatever the input key order.
  for (const key of DIMENSION_KEYS) {
    const result = scoreDimension(input.candidates, input.dimensions[key], positions);
    dimensionScores[key] = result.entries;
    normalizationParams[key] = result.params;
    byPosition[key] = result.byPosition;
    if (result.failed) failedDimensions.push(key);
  }
  const { ranked, tieBreakingApplied, tieBreakingDetails } = rankScores(
    aggregateScores(input.candidates, byPosition),
  );
  // Validation guarantees at least one candidate, so rank 1 exists.
  const top1 = ranked[0].profession_id;
  const top2 = ranked.length > 1 ? ranked[1].profession_id : null;
  return {
    dimension_scores: {
      dimension_scores: dimensionScores,
      normalization_params: normalizationParams,
      metadata: {
        total_candidates_scored: input.candidates.length,
        scoring_strategy: SCORING_STRATEGY,
        fallback_used: failedDimensions.length > 0,
        failed_dimensions: failedDimensions,
        calculated_at: calculatedAt,
      },
    },
    total_scores: {
      profession_scores: ranked,
      metadata: {
        total_professions_ranked: ranked.length,
        tie_breaking_applied: tieBreakingApplied,
        tie_breaking_details: tieBreakingDetails,
        top_2_professions: [top1, top2],
        calculated_at: calculatedAt,
      },
    },
    top_profession1_id: top1,
    top_profession2_id: top2,
  };
};
