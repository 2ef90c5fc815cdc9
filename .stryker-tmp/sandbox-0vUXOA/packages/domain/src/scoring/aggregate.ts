// @ts-nocheck
import type { DimensionKey } from '../model/dimension.js';
import type { DimensionScoreEntry, ProfessionScoreEntry } from './scores-data.js';
import type { ScoringCandidate } from './scoring-input.js';
import { round4 } from './round-half-even.js';
import { DEFAULT_CONGRUENCE_SCORE, UNKNOWN_PROFESSION_NAME } from './weights.js';

export type UnrankedScore = Omit<ProfessionScoreEntry, 'rank'>;

/** Per dimension, the entries indexed by candidate position (`undefined` = no entry in that dimension). */
export type EntriesByPosition = {
  readonly [K in DimensionKey]: readonly (DimensionScoreEntry | undefined)[];
};

/**
 * Upstream §4.8 step 7 for every candidate, in candidate order: a dimension where the profession has no
 * entry contributes 0, and avg_r_normalized averages only the dimensions where it has one (0 if none).
 * Sums use the stored 4-dp dimension totals, in canonical dimension order, then round again.
 */
export const aggregateScores = (
  candidates: readonly ScoringCandidate[],
  byPosition: EntriesByPosition,
): UnrankedScore[] =>
  candidates.map((candidate, i) => {
    const found = [
      byPosition.what_you_love[i],
      byPosition.what_you_are_good_at[i],
      byPosition.what_the_world_needs[i],
      byPosition.what_you_can_be_paid_for[i],
    ];
    let normSum = 0;
    let present = 0;
    for (const entry of found) {
      if (entry === undefined) continue;
      normSum += entry.r_normalized;
      present += 1;
    }
    const [love, goodAt, world, paid] = found.map((entry) => entry?.dimension_total ?? 0);
    return {
      profession_id: candidate.profession_id,
      profession_name: candidate.profession_name ?? UNKNOWN_PROFESSION_NAME,
      total_score: round4(love + goodAt + world + paid),
      intrinsic_score: round4(love + goodAt),
      extrinsic_score: round4(world + paid),
      congruence_score: round4(candidate.congruence_score ?? DEFAULT_CONGRUENCE_SCORE),
      avg_r_normalized: present === 0 ? 0 : round4(normSum / present),
      score_what_you_love: love,
      score_what_you_are_good_at: goodAt,
      score_what_the_world_needs: world,
      score_what_you_can_be_paid_for: paid,
    };
  });
